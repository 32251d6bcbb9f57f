import { defineEntity, MikroORM, p, type InferEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Actor } from '../access/actor.js';
import { AuditEntry, IdempotencyKey } from '../audit/audit.entities.js';
import { recordProps } from '../common/record.props.js';
import { Citation, Source } from '../provenance/source.entity.js';
import { fieldOfProp, RecordWriter, snapshot } from './record-writer.js';
import { assignPresent, definedOnly, deletedPayload, has, RecordWrites, sectorsOf } from './record-writes.js';

// The one path of every record write, on a small record type of its own in an in-memory SQLite database: roles,
// idempotency keys on the server's clock, version conflicts, quotes that hold fields, translations and audit rows.

const Shelf = defineEntity({ name: 'Shelf', properties: { id: p.integer().primary().autoincrement(), label: p.string() } });
const Note = defineEntity({
  name: 'Note',
  properties: {
    ...recordProps(),
    name: p.string(),
    nameRu: p.string().nullable(),
    nameRuBy: p.string().nullable(),
    nameRuAt: p.datetime().nullable(),
    searchName: p.string().nullable(),
    amountMinor: p.bigint('bigint').nullable(),
    amountUsdMinor: p.bigint('bigint').nullable(),
    day: p.date().nullable(),
    shelf: () => p.manyToOne(Shelf).ref().nullable(),
    tags: () => p.oneToMany(Tag).mappedBy('note'),
  },
});
const Tag = defineEntity({
  name: 'Tag',
  properties: { id: p.integer().primary().autoincrement(), note: () => p.manyToOne(Note).ref(), text: p.string() },
});
type NoteEntity = InferEntity<typeof Note>;

const officer: Actor = { kind: 'officer', role: 'OFFICER', id: 7, name: 'Officer Seven', key: 'officer:7', allowListOnly: false };
const reader: Actor = { kind: 'apiKey', role: 'READER', id: 2, name: 'API key reader', key: 'apiKey:2', allowListOnly: false };
const T0 = new Date('2026-03-01T10:00:00.000Z');
const HOUR = 3_600_000;

let orm: MikroORM;
let now: Date;
beforeAll(async () => {
  orm = await MikroORM.init({
    driver: LibSqlDriver,
    dbName: ':memory:',
    entities: [Shelf, Note, Tag, AuditEntry, IdempotencyKey, Citation, Source],
    debug: false,
    allowGlobalContext: true,
  });
  await orm.schema.createSchema();
  await orm.em.getConnection().execute('create table note_sector (note_id integer, sector_code text)');
});
afterAll(() => orm.close());
beforeEach(async () => {
  now = T0;
  for (const table of ['citation', 'source', 'tag', 'note', 'shelf', 'audit_entry', 'idempotency_key'])
    await orm.em.getConnection().execute(`delete from ${table}`);
});

const em = () => orm.em.fork() as EntityManager;
const writer = (actor: Actor = officer) => new RecordWriter(em(), actor, 'req-1', () => now);
const NOTE = { type: 'Note', entity: Note };
const audits = () => em().find(AuditEntry, {}, { orderBy: { id: 'asc' } });
const reload = (id: number) => em().findOneOrFail(Note, { id });

/** What a test creates a note from (as a mutation's input would give it). */
interface NoteInput {
  name?: string;
  nameRu?: string | null;
  day?: string;
}

function create(input: NoteInput, more: { key?: string | null; operation?: string; w?: RecordWriter } = {}) {
  return (more.w ?? writer()).create({
    ...NOTE,
    operation: more.operation ?? 'createNote',
    input,
    idempotencyKey: more.key,
    build: async (e) => e.create(Note, { name: 'n', verification: 'VERIFIED', ...input }),
  });
}

/** A thrown GraphQL error's message and extensions. */
async function refused(p: Promise<unknown>) {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof GraphQLError)) throw new Error(`expected a GraphQL error, got ${String(err)}`);
  return { message: err.message, ...err.extensions };
}

async function quote(subjectId: number, fields: string[]) {
  const e = em();
  const source = e.create(Source, { key: `s${subjectId}-${fields.join()}`, publisherZh: 'p', publisherEn: 'p' });
  const c = e.create(Citation, { source, subjectType: 'Note', subjectId, quote: 'q', fields });
  await e.flush();
  return toGlobalId('Citation', c.id);
}

describe('snapshots', () => {
  it('hold the own columns as JSON values: references as ids, bigints as text, dates as ISO; bookkeeping left out', async () => {
    const e = em();
    const shelf = e.create(Shelf, { label: 's' });
    await e.flush();
    const note = e.create(Note, {
      name: 'a',
      nameRu: 'а',
      nameRuBy: 'x',
      nameRuAt: T0,
      verification: 'DEMO',
      amountMinor: 2n ** 60n,
      day: '2026-01-02',
      shelf,
      searchName: 'a',
    });
    e.create(Tag, { note, text: 't' });
    await e.flush();
    expect(snapshot(note)).toEqual({
      id: note.id,
      externalKey: null,
      verification: 'DEMO',
      recordedBy: null,
      recordedAt: null,
      name: 'a',
      nameRu: 'а',
      amountMinor: String(2n ** 60n),
      amountUsdMinor: null,
      day: '2026-01-02',
      shelf: shelf.id,
    });
    note.recordedAt = T0;
    expect(snapshot(note).recordedAt).toBe('2026-03-01T10:00:00.000Z');
  });

  it('name the GraphQL field each column feeds', () => {
    expect(['amountUsdMinor', 'amountMinor', 'amountCurrency', 'nameZh', 'landAreaMu', 'stage'].map(fieldOfProp)).toEqual([
      'amount',
      'amount',
      'amount',
      'name',
      'landArea',
      'stage',
    ]);
  });
});

describe('creating', () => {
  it('needs the role asked for (OFFICER by default)', async () => {
    expect(await refused(create({}, { w: writer(reader) }))).toMatchObject({ code: 'FORBIDDEN' });
    const admin = writer().create({ ...NOTE, role: 'ADMIN', operation: 'x', input: {}, build: () => Promise.reject(new Error('not reached')) });
    expect(await refused(admin)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await em().count(Note)).toBe(0);
  });

  it('records the record as RECORDED by the actor at the clock’s time, its translation as entered by them, and an audit row', async () => {
    const note = await create({ name: 'a', nameRu: 'а' }, {});
    const row = await reload(note.id);
    expect(row).toMatchObject({ verification: 'RECORDED', recordedBy: 'Officer Seven', recordedAt: T0, nameRuBy: 'Officer Seven', nameRuAt: T0 });
    const plain = await reload((await create({ name: 'b' })).id);
    expect(plain).toMatchObject({ nameRu: null, nameRuBy: null, nameRuAt: null });
    const [first] = await audits();
    expect(first).toMatchObject({
      at: T0,
      actor: 'officer:7',
      actorName: 'Officer Seven',
      operation: 'CREATE',
      recordType: 'Note',
      recordId: note.id,
      before: null,
      requestId: 'req-1',
    });
    expect(first.after).toEqual({ ...snapshot(row), recordedAt: T0.toISOString() });
    expect(await em().count(IdempotencyKey)).toBe(0);
  });

  it('adds the extra snapshot of related rows to the audit row', async () => {
    const note = await writer().create({
      ...NOTE,
      operation: 'x',
      input: {},
      extra: async (_e, id) => ({ parties: [id] }),
      build: async (e) => e.create(Note, { name: 'n', verification: 'DEMO' }),
    });
    const [entry] = await audits();
    expect(entry.after).toMatchObject({ name: 'n', parties: [note.id] });
  });

  it('takes idempotency keys of 8 to 200 characters, trimmed', async () => {
    for (const key of ['1234567', ' 1234567 ', 'k'.repeat(201)]) {
      expect(await refused(create({}, { key }))).toEqual({
        message: 'An idempotency key has 8 to 200 characters',
        code: 'BAD_USER_INPUT',
        field: 'idempotencyKey',
      });
    }
    for (const key of ['12345678', 'k'.repeat(200)]) await create({}, { key });
    expect((await em().find(IdempotencyKey, {}, { orderBy: { id: 'asc' } })).map((k) => k.key.length)).toEqual([8, 200]);
  });

  it('answers a retry with the same key and input (keys in any order) with the first record for 24 hours, then creates anew', async () => {
    const first = await create({ name: 'a', day: '2026-01-01' }, { key: ' retry-key-1 ' });
    const keyRow = await em().findOneOrFail(IdempotencyKey, { key: 'retry-key-1' });
    expect(keyRow).toMatchObject({
      actor: 'officer:7',
      operation: 'createNote',
      recordType: 'Note',
      recordId: first.id,
      expiresAt: new Date(T0.getTime() + 24 * HOUR),
    });
    now = new Date(T0.getTime() + 24 * HOUR - 1000);
    expect((await create({ day: '2026-01-01', name: 'a' }, { key: 'retry-key-1' })).id).toBe(first.id);
    // Another caller's key of the same text is theirs alone.
    const other = await create({ name: 'a', day: '2026-01-01' }, { key: 'retry-key-1', w: writer({ ...officer, id: 8, key: 'officer:8' }) });
    expect(other.id).not.toBe(first.id);
    expect(await em().count(Note)).toBe(2);
    now = new Date(T0.getTime() + 25 * HOUR);
    const again = await create({ name: 'a', day: '2026-01-01' }, { key: 'retry-key-1' });
    expect(again.id).not.toBe(first.id);
    // The expired keys went when the new one was kept.
    expect((await em().find(IdempotencyKey, {}, { orderBy: { id: 'asc' } })).map((k) => [k.actor, k.recordId])).toEqual([
      ['officer:8', other.id],
      ['officer:7', again.id],
    ]);
  });

  it('refuses the same key with another input or another operation', async () => {
    await create({ name: 'a' }, { key: 'reused-key' });
    for (const p of [create({ name: 'b' }, { key: 'reused-key' }), create({ name: 'a' }, { key: 'reused-key', operation: 'createOther' })]) {
      expect(await refused(p)).toEqual({
        message: 'This idempotency key was already used with a different request; use a new key for a new record',
        code: 'IDEMPOTENCY_KEY_REUSED',
        field: 'idempotencyKey',
      });
    }
    expect(await em().count(Note)).toBe(1);
  });
});

describe('updating', () => {
  const update = (
    id: number,
    version: number,
    apply: (note: NoteEntity, e: EntityManager) => void | Promise<void>,
    more: { removeSources?: string[]; extra?: () => Promise<Record<string, unknown>> } = {},
  ) => writer().update({ ...NOTE, id, version, removeSources: more.removeSources, extra: more.extra, apply: async (e, note) => apply(note, e) });

  it('refuses an unknown record and a stale version, changing nothing', async () => {
    const note = await create({ name: 'a' });
    expect(await refused(update(note.id + 1, 1, () => {}))).toEqual({ message: 'No Note with this ID', code: 'NOT_FOUND', field: 'id' });
    expect(await refused(update(note.id, 2, (n) => void (n.name = 'b')))).toEqual({
      message: 'This Note was changed by someone else (version 1, you had 2); reload it and try again',
      code: 'CONFLICT',
      currentVersion: 1,
    });
    expect((await reload(note.id)).name).toBe('a');
    expect(await em().count(AuditEntry)).toBe(1);
  });

  it('turns a write that lost the race into a CONFLICT with the version now stored', async () => {
    const note = await create({ name: 'a' });
    const lost = update(note.id, 1, async (n, e) => {
      n.name = 'b';
      await e.getConnection().execute('update note set version = version + 1 where id = ?', [note.id], 'run', e.getTransactionContext());
    });
    expect(await refused(lost)).toEqual({
      message: 'The record was changed by someone else meanwhile; reload it and try again',
      code: 'CONFLICT',
      currentVersion: 1,
    });
  });

  it('audits a change with the record before and after; a write that changes nothing leaves no audit row', async () => {
    const note = await create({ name: 'a', nameRu: 'а' });
    now = new Date(T0.getTime() + HOUR);
    await update(note.id, 1, (n) => void (n.name = 'b'));
    await update(note.id, 2, () => {});
    const entries = await audits();
    expect(entries.map((a) => a.operation)).toEqual(['CREATE', 'UPDATE']);
    expect(entries[1]).toMatchObject({ at: now, actor: 'officer:7', before: { name: 'a' }, after: { name: 'b' }, recordId: note.id });
    expect(await reload(note.id)).toMatchObject({ version: 2, nameRuBy: 'Officer Seven', nameRuAt: T0 });
  });

  it('marks a changed or cleared translation with who and when; an unchanged one keeps its mark', async () => {
    const note = await create({ name: 'a', nameRu: 'а' });
    now = new Date(T0.getTime() + HOUR);
    await update(note.id, 1, (n) => void (n.name = 'b'));
    expect(await reload(note.id)).toMatchObject({ nameRuBy: 'Officer Seven', nameRuAt: T0 });
    await writer({ ...officer, name: 'Other' }).update({ ...NOTE, id: note.id, version: 2, apply: async (_e, n) => void (n.nameRu = 'б') });
    // Who recorded the record stays: only a VERIFIED record that loses its last quote is recorded anew.
    expect(await reload(note.id)).toMatchObject({
      nameRu: 'б',
      nameRuBy: 'Other',
      nameRuAt: now,
      verification: 'RECORDED',
      recordedBy: 'Officer Seven',
      recordedAt: T0,
    });
    await update(note.id, 3, (n) => void (n.nameRu = null));
    expect(await reload(note.id)).toMatchObject({ nameRu: null, nameRuBy: null, nameRuAt: null });
  });

  it('a change to related rows only still bumps the version and is audited', async () => {
    const note = await create({ name: 'a' });
    let parties = ['x'];
    await update(note.id, 1, () => void (parties = ['y']), { extra: async () => ({ parties }) });
    expect((await reload(note.id)).version).toBe(2);
    const [, entry] = await audits();
    expect(entry).toMatchObject({ operation: 'UPDATE', before: { parties: ['x'] }, after: { parties: ['y'] } });
  });

  it('refuses to change a field a quote supports, under the input’s name, until the quote is removed', async () => {
    const note = await create({ name: 'a' });
    await em().nativeUpdate(Note, { id: note.id }, { verification: 'VERIFIED', amountMinor: 5n });
    const { version } = await reload(note.id);
    await quote(note.id, ['amount', 'day']);
    expect(await refused(update(note.id, version, (n) => void ((n.amountMinor = 6n), (n.amountUsdMinor = 1n))))).toEqual({
      message: 'input.amount: "amount" is supported by a quote of the source; remove that quote (removeSources) to change it',
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
      fieldErrors: [
        {
          field: 'input.amount',
          reason: 'SUPPORTED_BY_QUOTE',
          message: '"amount" is supported by a quote of the source; remove that quote (removeSources) to change it',
          params: { quotedField: 'amount' },
        },
      ],
    });
    await update(note.id, version, (n) => void (n.name = 'b'));
    expect(await reload(note.id)).toMatchObject({ name: 'b', amountMinor: 5n, verification: 'VERIFIED' });
  });

  it('removes the quotes asked for; a VERIFIED record left without quotes becomes RECORDED by the actor', async () => {
    const note = await create({ name: 'a' });
    await em().nativeUpdate(Note, { id: note.id }, { verification: 'VERIFIED', recordedBy: null, recordedAt: null });
    const { version } = await reload(note.id);
    const q1 = await quote(note.id, ['name']);
    const q2 = await quote(note.id, ['day']);
    now = new Date(T0.getTime() + HOUR);
    await update(note.id, version, (n) => void (n.name = 'b'), { removeSources: [q1, q1] });
    expect(await reload(note.id)).toMatchObject({ name: 'b', verification: 'VERIFIED', recordedBy: null });
    await update(note.id, version + 1, () => {}, { removeSources: [q2] });
    expect(await reload(note.id)).toMatchObject({ verification: 'RECORDED', recordedBy: 'Officer Seven', recordedAt: now, version: version + 2 });
    expect(await em().count(Citation)).toBe(0);
    expect((await audits()).map((a) => a.operation)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it('refuses quotes that are not the record’s or not quote IDs', async () => {
    const note = await create({ name: 'a' });
    const other = await create({ name: 'z' });
    const mine = await quote(note.id, ['name']);
    const theirs = await quote(other.id, ['name']);
    expect(await refused(update(note.id, 1, () => {}, { removeSources: [mine, toGlobalId('Note', 1)] }))).toEqual({
      message: `"${toGlobalId('Note', 1)}" is not the ID of a source quote`,
      code: 'BAD_USER_INPUT',
      field: 'input.removeSources.1',
    });
    expect(await refused(update(note.id, 1, () => {}, { removeSources: [mine, theirs] }))).toEqual({
      message: 'Some of removeSources are not quotes of this Note',
      code: 'BAD_USER_INPUT',
      field: 'input.removeSources',
    });
    expect(await em().count(Citation)).toBe(2);
  });
});

describe('deleting', () => {
  const remove = (id: number, version: number, more: { references?: string[]; cleanup?: (e: EntityManager) => Promise<void> } = {}) =>
    writer().remove({ ...NOTE, id, version, references: more.references && (async () => more.references!), cleanup: more.cleanup });

  it('deletes the record read at its version, audits it and answers its id and type', async () => {
    const note = await create({ name: 'a' });
    const cleaned: number[] = [];
    expect(await remove(note.id, 1, { references: [], cleanup: async () => void cleaned.push(note.id) })).toEqual({ id: note.id, type: 'Note' });
    expect(cleaned).toEqual([note.id]);
    expect(await em().count(Note)).toBe(0);
    const [, entry] = await audits();
    expect(entry).toMatchObject({ operation: 'DELETE', recordId: note.id, before: { name: 'a' }, after: null });
  });

  it('refuses a quoted record, a referred-to record and a stale version, deleting nothing', async () => {
    const note = await create({ name: 'a' });
    expect(await refused(remove(note.id, 2))).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await refused(remove(note.id, 1, { references: ['Deal 1', 'Deal 2'] }))).toEqual({
      message: 'This Note is still referred to by Deal 1, Deal 2; change or delete those first',
      code: 'CONFLICT',
      reason: 'IN_USE',
    });
    await quote(note.id, ['name']);
    expect(await refused(remove(note.id, 1))).toEqual({
      message: 'This Note is supported by quotes; remove its sources (update with removeSources) before deleting it',
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await em().count(Note)).toBe(1);
    expect(await em().count(AuditEntry)).toBe(1);
  });

  it('a delete that lost the race is a CONFLICT with the version stored', async () => {
    const note = await create({ name: 'a' });
    const cleanup = async (e: EntityManager) => {
      await e.getConnection().execute('update note set version = version + 1 where id = ?', [note.id], 'run', e.getTransactionContext());
    };
    expect(await refused(remove(note.id, 1, { cleanup }))).toEqual({
      message: 'The record was changed by someone else meanwhile; reload it and try again',
      code: 'CONFLICT',
      currentVersion: 1,
    });
    expect(await em().count(Note)).toBe(1);
  });
});

describe('helpers of every record type’s writes', () => {
  it('assign only the keys an input holds (null clears), and keep only defined values for a create', () => {
    const row: Record<string, unknown> = { a: 1, b: 2, c: 3 };
    assignPresent(row, { a: 9, b: undefined }, { a: 10, b: undefined, c: 30 });
    expect(row).toEqual({ a: 10, b: null, c: 3 });
    expect(has({ a: undefined }, 'a')).toBe(true);
    expect(has(Object.create({ a: 1 }) as object, 'a')).toBe(false);
    expect(definedOnly({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
    expect(deletedPayload({ id: 4, type: 'Park' })).toEqual({ id: toGlobalId('Park', 4) });
  });

  it('read a record’s sector codes in order from its pivot table', async () => {
    const e = em();
    await e.getConnection().execute("insert into note_sector values (1, 'RETAIL'), (1, 'ENERGY'), (2, 'FOOD')");
    expect(await sectorsOf('note_sector', 'note_id')(e, 1)).toEqual({ sectors: ['ENERGY', 'RETAIL'] });
  });

  it('write on the server’s clock when given one', async () => {
    class NoteWrites extends RecordWrites {
      make() {
        return this.writer.create({ ...NOTE, operation: 'x', input: {}, build: async (e) => e.create(Note, { name: 'n', verification: 'DEMO' }) });
      }
    }
    const at = new Date('2027-01-01T00:00:00.000Z');
    const note = await new NoteWrites(
      em(),
      officer,
      'r',
      fixedClock('2027-01-01', () => at),
    ).make();
    expect((await reload(note.id)).recordedAt).toEqual(at);
  });
});
