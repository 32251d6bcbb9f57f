import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../graphql/schema.js';
import { requiredRoles } from '../graphql/authorization.js';
import { anonymous, type Actor } from '../modules/access/actor.js';
import { originAllowed, roleRefusals } from './subscriptions.js';

const schema = buildSchema();
const roles = requiredRoles(schema);
const reader: Actor = { kind: 'apiKey', role: 'READER', id: 1, name: 'key', key: 'apiKey:1', allowListOnly: false };
const officer: Actor = { kind: 'officer', role: 'OFFICER', id: 2, name: 'officer', key: 'officer:2', allowListOnly: false };

describe('roleRefusals (@requires checked when a subscription starts, for every field it selects)', () => {
  const codes = (doc: string, actor: Actor) => roleRefusals(schema, roles, parse(doc), actor).map((e) => [e.message.split(':')[0], e.extensions.code]);

  it('refuses each officer-only field to anonymous callers (UNAUTHENTICATED) and weaker roles (FORBIDDEN), inside fragments too', () => {
    const doc = `{ auditLog { totalCount } ...F } fragment F on Query { apiKeys { totalCount } parks { totalCount } }`;
    expect(codes(doc, anonymous('203.0.113.9'))).toEqual([
      ['Query.auditLog', 'UNAUTHENTICATED'],
      ['Query.apiKeys', 'UNAUTHENTICATED'],
    ]);
    expect(codes(doc, reader)).toEqual([
      ['Query.auditLog', 'FORBIDDEN'],
      ['Query.apiKeys', 'FORBIDDEN'],
    ]);
    expect(codes(doc, officer)).toEqual([['Query.apiKeys', 'FORBIDDEN']]);
  });

  it('lets every caller subscribe to the public subscriptions', () => {
    expect(codes(`subscription { dealSigned { id park { id } parties { organization { id } } } }`, anonymous('x'))).toEqual([]);
  });
});

describe('originAllowed (the Origin of a WebSocket upgrade)', () => {
  const listed = new Set(['https://tools.example']);
  it('allows tools without Origin, listed origins and the site itself; refuses every other page', () => {
    expect(originAllowed(undefined, 'parkscope.example', listed)).toBe(true);
    expect(originAllowed('https://tools.example', 'parkscope.example', listed)).toBe(true);
    expect(originAllowed('https://parkscope.example', 'parkscope.example', listed)).toBe(true);
    expect(originAllowed('https://evil.example', 'parkscope.example', listed)).toBe(false);
    expect(originAllowed('https://parkscope.example.evil', 'parkscope.example', listed)).toBe(false);
    expect(originAllowed('null', 'parkscope.example', listed)).toBe(false);
  });
});
