import { describe, expect, it } from 'vitest';
import { anonymous, isOfficer, officerIdOf, sameActor, type Actor } from './actor.js';

const officer = (id: number): Actor => ({ kind: 'officer', role: 'OFFICER', id, name: 'o', key: `officer:${id}`, allowListOnly: false });
const key = (id: number): Actor => ({ kind: 'apiKey', role: 'OFFICER', id, name: 'k', key: `apiKey:${id}`, allowListOnly: false });

describe('actor identity', () => {
  it('compares kind and id: officer 2 and API key 2 are different callers', () => {
    expect(sameActor(officer(2), officer(2))).toBe(true);
    expect(sameActor(officer(2), key(2))).toBe(false);
    expect(sameActor(key(2), key(3))).toBe(false);
    expect(sameActor(anonymous('1.2.3.4'), anonymous('1.2.3.4'))).toBe(false);
    expect(isOfficer(officer(2), 2)).toBe(true);
    expect(isOfficer(key(2), 2)).toBe(false);
    expect(officerIdOf(officer(7))).toBe(7);
    expect(officerIdOf(key(7))).toBeNull();
  });
});
