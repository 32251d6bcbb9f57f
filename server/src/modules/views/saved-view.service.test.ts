import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../db/entities.js';
import type { Role } from '../../domain/vocabulary.js';
import type { Actor } from '../access/actor.js';
import { Officer } from '../access/access.entities.js';
import { AuditEntry } from '../audit/audit.entities.js';
import { SavedView } from './saved-view.entity.js';
import { SavedViewService } from './saved-view.service.js';

// Saved views' rules on an in-memory database: what a name, a path and a URL query may be (trimmed, 120 and 2,000
// characters at most), who deletes a view, and the audit row a deletion leaves.

let orm: MikroORM;
const officers: Record<'li' | 'wang' | 'admin', number> = { li: 0, wang: 0, admin: 0 };

const officer = (id: number, role: Role = 'OFFICER'): Actor => ({
  kind: 'officer',
  role,
  id,
  name: `officer ${id}`,
  key: `officer:${id}`,
  allowListOnly: false,
});
const apiKey = (id: number, role: Role = 'OFFICER'): Actor => ({ kind: 'apiKey', role, id, name: `API key ${id}`, key: `apiKey:${id}`, allowListOnly: false });
const views = (actor: Actor, em: EntityManager = orm.em.fork() as EntityManager) => new SavedViewService(em, actor);

/** The error `promise` rejects with, as a client reads it. */
async function refusedWith(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  const err = (await promise.then(
    () => {
      throw new Error('not refused');
    },
    (e: unknown) => e,
  )) as { message: string; extensions: Record<string, unknown> };
  return { message: err.message, ...err.extensions };
}

const NAME_RULE = 'a name of 1 to 120 characters';
const QUERY_RULE = 'a URL query of at most 2000 characters';

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  for (const [who, role] of [
    ['li', 'OFFICER'],
    ['wang', 'OFFICER'],
    ['admin', 'ADMIN'],
  ] as const) {
    const o = em.create(Officer, { email: `${who}@example.org`, name: who, role, passwordHash: 'x' });
    await em.flush();
    officers[who] = o.id;
  }
});

afterAll(async () => {
  await orm?.close(true);
});

describe('saving a view', () => {
  it('keeps the trimmed name, the path and the query without its leading "?"', async () => {
    const view = await views(officer(officers.li)).save({ name: '  KZ pipeline \t', path: '/deals', query: '?countries=KZ&next=a?b' });
    const stored = await orm.em.fork().findOneOrFail(SavedView, { id: view.id });
    expect({ name: stored.name, path: stored.path, query: stored.query, officer: stored.officer.id }).toEqual({
      name: 'KZ pipeline',
      path: '/deals',
      query: 'countries=KZ&next=a?b',
      officer: officers.li,
    });
    // Only a leading "?" is the address bar's: one inside the query is kept.
    expect((await views(officer(officers.li)).save({ name: 'inner', path: '/', query: 'next=a?b' })).query).toBe('next=a?b');
  });

  it('accepts a name of exactly 120 characters (after trimming) and a query of exactly 2000 (after its "?")', async () => {
    const name = 'n'.repeat(120);
    const query = 'q'.repeat(2000);
    const view = await views(officer(officers.li)).save({ name: ` ${name} `, path: '/', query: `?${query}` });
    expect([view.name, view.query]).toEqual([name, query]);
  });

  it('refuses an empty or blank name, a 121-character name, another path and a 2001-character query, each by field', async () => {
    const save = (input: { name: string; path: string; query: string }) => refusedWith(views(officer(officers.li)).save(input));
    expect(await save({ name: ' \t ', path: '/admin', query: `${'q '.repeat(1000)}q` })).toEqual({
      message: `input.name: ${NAME_RULE}; input.path: one of /, /deals; input.query: ${QUERY_RULE}`,
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      fieldErrors: [
        { field: 'input.name', reason: 'REQUIRED', message: NAME_RULE, params: {} },
        { field: 'input.path', reason: 'NOT_ONE_OF', message: 'one of /, /deals', params: { allowed: ['/', '/deals'] } },
        // Too long and full of spaces: only the length is reported.
        { field: 'input.query', reason: 'TOO_LONG', message: QUERY_RULE, params: { max: 2000, length: 2001 } },
      ],
    });
    expect((await save({ name: 'n'.repeat(121), path: '/', query: `?${'q'.repeat(1999)} ` })).fieldErrors).toEqual([
      { field: 'input.name', reason: 'TOO_LONG', message: NAME_RULE, params: { max: 120, length: 121 } },
      { field: 'input.query', reason: 'INVALID_CHARACTERS', message: 'a URL query without spaces, quotes or angle brackets', params: {} },
    ]);
  });

  it('refuses a query with a space, a quote or an angle bracket', async () => {
    for (const query of ['a b', 'a"b', 'a<b', 'a>b', 'a\tb']) {
      const refused = await refusedWith(views(officer(officers.li)).save({ name: 'x', path: '/', query }));
      expect(refused.fieldErrors, query).toEqual([
        { field: 'input.query', reason: 'INVALID_CHARACTERS', message: 'a URL query without spaces, quotes or angle brackets', params: {} },
      ]);
    }
  });

  it('is for signed-in officers: an API key, even an OFFICER one, and a reader are refused', async () => {
    expect(await refusedWith(views(apiKey(officers.li)).save({ name: 'x', path: '/', query: '' }))).toEqual({
      message: 'Views are saved by signed-in officers; an API key has no colleagues to share them with',
      code: 'FORBIDDEN',
    });
    expect((await refusedWith(views(officer(officers.li, 'READER')).save({ name: 'x', path: '/', query: '' }))).code).toBe('FORBIDDEN');
  });
});

describe('the list of saved views', () => {
  it('shows everyone’s views, newest first', async () => {
    const em = orm.em.fork() as EntityManager;
    await em.nativeDelete(SavedView, {});
    await views(officer(officers.li)).save({ name: 'first', path: '/', query: '' });
    await views(officer(officers.wang)).save({ name: 'second', path: '/', query: '' });
    await views(officer(officers.li)).save({ name: 'third', path: '/deals', query: '' });
    const page = await views(officer(officers.wang)).list({});
    expect(page.nodes.map((v) => v.name)).toEqual(['third', 'second', 'first']);
    expect(await page.totalCount()).toBe(3);
  });
});

describe('deleting a saved view', () => {
  const save = async (who: number) => (await views(officer(who)).save({ name: `view of ${who}`, path: '/', query: 'a=1' })).id;
  const exists = async (id: number) => (await orm.em.fork().count(SavedView, { id })) === 1;

  it('is done by its owner, and leaves an audit row with the view as it was', async () => {
    const id = await save(officers.li);
    expect(await views(officer(officers.li)).remove(id)).toEqual({ id });
    expect(await exists(id)).toBe(false);
    const audit = await orm.em.fork().findOneOrFail(AuditEntry, { recordType: 'SavedView', recordId: id });
    expect({ operation: audit.operation, actor: audit.actor, before: audit.before, after: audit.after }).toEqual({
      operation: 'DELETE',
      actor: `officer:${officers.li}`,
      before: { name: `view of ${officers.li}`, path: '/', query: 'a=1', officer: officers.li },
      after: null,
    });
  });

  it('is refused to another officer and to an API key with the owner’s id, and allowed to an admin', async () => {
    const id = await save(officers.li);
    const refused = { message: 'Only whoever saved a view (or an admin) may delete it', code: 'FORBIDDEN' };
    expect(await refusedWith(views(officer(officers.wang)).remove(id))).toEqual(refused);
    expect(await refusedWith(views(apiKey(officers.li)).remove(id))).toEqual(refused);
    expect(await exists(id)).toBe(true);
    expect(await views(officer(officers.admin, 'ADMIN')).remove(id)).toEqual({ id });
    expect(await exists(id)).toBe(false);
  });

  it('of a view that does not exist is NOT_FOUND', async () => {
    expect(await refusedWith(views(officer(officers.li)).remove(987654))).toEqual({ message: 'No saved view has this ID', code: 'NOT_FOUND', field: 'id' });
  });

  it('happens with its officer: removing an officer removes their views', async () => {
    const em = orm.em.fork();
    const gone = em.create(Officer, { email: 'gone@example.org', name: 'gone', role: 'OFFICER', passwordHash: 'x' });
    await em.flush();
    const id = await save(gone.id);
    await orm.em.fork().nativeDelete(Officer, { id: gone.id });
    expect(await exists(id)).toBe(false);
  });
});
