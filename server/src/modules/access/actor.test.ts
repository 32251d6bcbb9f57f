import { describe, expect, it } from 'vitest';
import { refusal } from '../../../../test/helpers/refusal.js';
import type { Role } from '../../domain/vocabulary.js';
import { anonymous, hasRole, isOfficer, officerIdOf, requireRole, sameActor, type Actor } from './actor.js';

const officer = (id: number, role: Role = 'OFFICER'): Actor => ({ kind: 'officer', role, id, name: 'o', key: `officer:${id}`, allowListOnly: false });
const key = (id: number, role: Role = 'OFFICER'): Actor => ({ kind: 'apiKey', role, id, name: 'k', key: `apiKey:${id}`, allowListOnly: false });

describe('actor identity', () => {
  it('compares kind and id: officer 2 and API key 2 are different callers', () => {
    expect(sameActor(officer(2), officer(2))).toBe(true);
    expect(sameActor(officer(2), key(2))).toBe(false);
    expect(sameActor(key(2), key(3))).toBe(false);
    expect(sameActor(key(3), key(3))).toBe(true);
    expect(sameActor(anonymous('1.2.3.4'), anonymous('1.2.3.4'))).toBe(false);
    expect(isOfficer(officer(2), 2)).toBe(true);
    expect(isOfficer(key(2), 2)).toBe(false);
    expect(officerIdOf(officer(7))).toBe(7);
    expect(officerIdOf(key(7))).toBeNull();
  });

  it('never takes the command line (an officer without id) for an officer, even one of its own kind', () => {
    const cli: Actor = { kind: 'officer', role: 'ADMIN', id: null, name: 'command line', key: 'cli', allowListOnly: false };
    expect(sameActor(cli, { kind: 'officer', id: null })).toBe(false);
    expect(officerIdOf(cli)).toBeNull();
  });

  it('names an anonymous caller by address, with the lowest role', () => {
    expect(anonymous('203.0.113.9')).toEqual({
      kind: 'anonymous',
      role: 'ANONYMOUS',
      id: null,
      name: 'anonymous',
      key: 'ip:203.0.113.9',
      allowListOnly: false,
    });
  });
});

describe('roles', () => {
  const ROLES: Role[] = ['ANONYMOUS', 'READER', 'OFFICER', 'ADMIN'];

  it('rank ANONYMOUS < READER < OFFICER < ADMIN: a role holds itself and every weaker one', () => {
    for (const [i, held] of ROLES.entries()) {
      expect(ROLES.map((needed) => hasRole(officer(1, held), needed))).toEqual(ROLES.map((_, j) => j <= i));
    }
  });

  it('refuse an anonymous caller as UNAUTHENTICATED and anyone else as FORBIDDEN, naming both roles', () => {
    expect(() => requireRole(officer(1, 'OFFICER'), 'OFFICER')).not.toThrow();
    expect(() => requireRole(officer(1, 'ADMIN'), 'OFFICER')).not.toThrow();
    expect(refusal(() => requireRole(anonymous('1.2.3.4'), 'READER'))).toEqual({
      message: 'Sign in (or send an API key) to do this',
      code: 'UNAUTHENTICATED',
      field: undefined,
    });
    expect(refusal(() => requireRole(officer(1, 'OFFICER'), 'ADMIN'))).toEqual({
      message: 'This needs the ADMIN role; you have OFFICER',
      code: 'FORBIDDEN',
      field: undefined,
    });
    expect(refusal(() => requireRole(key(1, 'READER'), 'OFFICER'))).toEqual({
      message: 'This needs the OFFICER role; this API key has READER',
      code: 'FORBIDDEN',
      field: undefined,
    });
  });
});
