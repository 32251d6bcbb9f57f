import { defineEntity, MikroORM, p } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refusal } from '../../../test/helpers/refusal.js';
import { buildWhere, checkFilterSize, listSelection, MAX_FILTER_DEPTH, MAX_FILTER_TERMS, MAX_SEARCH_LENGTH, type FilterSpec } from './filters.js';
import { toGlobalId } from './global-id.js';
import { ID_ORDER } from './pagination.js';

// What each filter operator becomes in SQL terms (the MikroORM condition), and what each refusal says and where.
// The integration tests (test/integration/filters.test.ts) run the same filters against both databases.

const organization: FilterSpec = {
  country: { kind: 'match', prop: 'country' },
};
const spec: FilterSpec = {
  stage: { kind: 'match', prop: 'stage' },
  announcedOn: { kind: 'range', prop: 'announcedOn' },
  amountUsd: { kind: 'moneyUsd', prop: 'amountUsdMinor' },
  id: { kind: 'id', type: 'Park' },
  organization: { kind: 'relation', prop: 'organization', spec: () => organization },
  tenants: { kind: 'some', prop: 'tenancies', via: 'organization', spec: () => organization },
  parties: { kind: 'some', prop: 'parties', spec: () => organization },
  focusSector: { kind: 'someMatch', prop: 'focusSectors', column: 'sector' },
  text: { kind: 'search', columns: ['name'] },
};

describe('buildWhere', () => {
  test('no filter, null fields and empty objects match everything', () => {
    expect(buildWhere(spec, undefined)).toEqual({});
    expect(buildWhere(spec, null)).toEqual({});
    expect(buildWhere(spec, { stage: null, announcedOn: undefined, organization: {} })).toEqual({});
  });

  test('match: eq, in, isNull true and false', () => {
    expect(buildWhere(spec, { stage: { eq: 'LEAD' } })).toEqual({ stage: { $eq: 'LEAD' } });
    expect(buildWhere(spec, { stage: { in: ['LEAD', 'SIGNED'] } })).toEqual({ stage: { $in: ['LEAD', 'SIGNED'] } });
    expect(buildWhere(spec, { stage: { isNull: true } })).toEqual({ stage: { $eq: null } });
    expect(buildWhere(spec, { stage: { isNull: false } })).toEqual({ stage: { $ne: null } });
    expect(buildWhere(spec, { stage: { eq: 'LEAD', isNull: false } })).toEqual({ stage: { $eq: 'LEAD', $ne: null } });
  });

  test('range: every bound, and isNull', () => {
    expect(buildWhere(spec, { announcedOn: { eq: 'e', gt: 'a', gte: 'b', lt: 'c', lte: 'd' } })).toEqual({
      announcedOn: { $eq: 'e', $gt: 'a', $gte: 'b', $lt: 'c', $lte: 'd' },
    });
    expect(buildWhere(spec, { announcedOn: { isNull: true } })).toEqual({ announcedOn: { $eq: null } });
    expect(buildWhere(spec, { announcedOn: { isNull: false, gte: 'b' } })).toEqual({ announcedOn: { $gte: 'b', $ne: null } });
  });

  test('money in USD major units compares with the stored USD minor units', () => {
    expect(buildWhere(spec, { amountUsd: { gte: '1000000', lt: '12.5' } })).toEqual({ amountUsdMinor: { $gte: 100000000n, $lt: 1250n } });
    expect(refusal(() => buildWhere(spec, { amountUsd: { gte: '12,5' } }))).toMatchObject({
      message: '"12,5" is not a decimal number',
      code: 'BAD_USER_INPUT',
      field: 'filter.amountUsd',
    });
    expect(refusal(() => buildWhere(spec, { amountUsd: { lt: '1.005' } }))).toMatchObject({
      message: 'USD has 2 decimal places; "1.005" has more',
      field: 'filter.amountUsd',
    });
  });

  test('global IDs become database ids; another type’s ID is refused at its path', () => {
    expect(buildWhere(spec, { id: { eq: toGlobalId('Park', 3), in: [toGlobalId('Park', 4)] } })).toEqual({ id: { $eq: 3, $in: [4] } });
    const deal = toGlobalId('Deal', 3);
    expect(refusal(() => buildWhere(spec, { id: { in: [toGlobalId('Park', 1), deal] } }, 'where'))).toMatchObject({
      message: `"${deal}" is not the ID of a Park`,
      code: 'BAD_USER_INPUT',
      field: 'where.id',
    });
  });

  test('several fields are all required', () => {
    expect(buildWhere(spec, { stage: { eq: 'LEAD' }, announcedOn: { gte: '2026-01-01' } })).toEqual({
      $and: [{ stage: { $eq: 'LEAD' } }, { announcedOn: { $gte: '2026-01-01' } }],
    });
  });

  test('and, or, not; an empty and/or matches nothing', () => {
    expect(buildWhere(spec, { or: [{ stage: { eq: 'LEAD' } }, { stage: { eq: 'SIGNED' } }] })).toEqual({
      $or: [{ stage: { $eq: 'LEAD' } }, { stage: { $eq: 'SIGNED' } }],
    });
    expect(buildWhere(spec, { and: [{ stage: { eq: 'LEAD' } }] })).toEqual({ $and: [{ stage: { $eq: 'LEAD' } }] });
    expect(buildWhere(spec, { or: [] })).toEqual({ $or: [{ id: { $in: [] } }] });
    expect(buildWhere(spec, { and: [] })).toEqual({ $and: [{ id: { $in: [] } }] });
    expect(buildWhere(spec, { not: { stage: { eq: 'LEAD' } } })).toEqual({ $not: { stage: { $eq: 'LEAD' } } });
  });

  test('relations: to-one, to-many (directly and via a relation), and a column of to-many rows', () => {
    expect(buildWhere(spec, { organization: { country: { eq: 'KZ' } } })).toEqual({ organization: { country: { $eq: 'KZ' } } });
    expect(buildWhere(spec, { tenants: { country: { eq: 'KZ' } } })).toEqual({ tenancies: { $some: { organization: { country: { $eq: 'KZ' } } } } });
    expect(buildWhere(spec, { parties: { country: { in: ['KZ'] } } })).toEqual({ parties: { $some: { country: { $in: ['KZ'] } } } });
    expect(buildWhere(spec, { focusSector: { eq: 'ENERGY' } })).toEqual({ focusSectors: { $some: { sector: { $eq: 'ENERGY' } } } });
  });

  test('unknown fields are refused by name and path, inherited names included', () => {
    expect(refusal(() => buildWhere(spec, { stag: { eq: 'LEAD' } }))).toEqual({
      message: 'Unknown filter field "stag"',
      code: 'BAD_USER_INPUT',
      field: 'filter.stag',
    });
    expect(refusal(() => buildWhere(spec, { toString: { eq: 'x' } }))).toMatchObject({ message: 'Unknown filter field "toString"', field: 'filter.toString' });
    expect(refusal(() => buildWhere(spec, JSON.parse('{"__proto__": {"eq": "x"}}') as Record<string, unknown>))).toMatchObject({
      message: 'Unknown filter field "__proto__"',
    });
    expect(refusal(() => buildWhere(spec, { or: [{}, { organization: { city: { eq: 'x' } } }] }))).toMatchObject({
      field: 'filter.or.1.organization.city',
    });
  });

  test('text with a NUL character is refused; a search is at most MAX_SEARCH_LENGTH characters', () => {
    expect(refusal(() => buildWhere(spec, { stage: { in: ['LEAD', 'A\u0000'] } }))).toMatchObject({
      message: 'Text may not contain NUL characters',
      field: 'filter.stage',
    });
    expect(refusal(() => buildWhere(spec, { text: 'a\u0000' }))).toMatchObject({ message: 'Text may not contain NUL characters', field: 'filter.text' });
    expect(refusal(() => buildWhere(spec, { text: 'x'.repeat(MAX_SEARCH_LENGTH + 1) }))).toMatchObject({
      message: `A search has at most ${MAX_SEARCH_LENGTH} characters`,
      field: 'filter.text',
    });
    const search = buildWhere(spec, { text: 'x'.repeat(MAX_SEARCH_LENGTH) }) as { $or: object[] };
    expect(search.$or).toHaveLength(1);
    // An empty search is a condition (it matches every row), not a skipped field.
    expect((buildWhere(spec, { text: '' }) as { $or: object[] }).$or).toHaveLength(1);
  });
});

describe('filter size', () => {
  const nested = (depth: number): Record<string, unknown> => (depth <= 1 ? { stage: { eq: 'LEAD' } } : { not: nested(depth - 1) });

  test(`nesting: ${MAX_FILTER_DEPTH} levels pass, one more is refused where it starts`, () => {
    expect(() => checkFilterSize(nested(MAX_FILTER_DEPTH))).not.toThrow();
    expect(refusal(() => checkFilterSize(nested(MAX_FILTER_DEPTH + 1)))).toEqual({
      message: `A filter may nest at most ${MAX_FILTER_DEPTH} levels deep (each and/or element, not and relation adds one)`,
      code: 'BAD_USER_INPUT',
      field: `filter${'.not'.repeat(MAX_FILTER_DEPTH)}`,
    });
    // and/or elements and relations are levels too.
    const viaOr = (depth: number): Record<string, unknown> => (depth <= 1 ? { stage: { eq: 'LEAD' } } : { or: [viaOr(depth - 1)] });
    expect(() => checkFilterSize(viaOr(MAX_FILTER_DEPTH))).not.toThrow();
    expect(() => checkFilterSize(viaOr(MAX_FILTER_DEPTH + 1))).toThrow(/nest at most/);
    expect(() => checkFilterSize(nested(MAX_FILTER_DEPTH - 1))).not.toThrow();
    expect(() => checkFilterSize({ not: nested(MAX_FILTER_DEPTH - 1), organization: { country: { eq: 'KZ' } } })).not.toThrow();
  });

  test(`terms: ${MAX_FILTER_TERMS} conditions pass, one more is refused at the one over`, () => {
    const terms = (n: number) => ({ or: Array.from({ length: n }, () => ({ stage: { in: ['LEAD', 'SIGNED'] } })) });
    expect(() => checkFilterSize(terms(MAX_FILTER_TERMS))).not.toThrow();
    expect(refusal(() => checkFilterSize(terms(MAX_FILTER_TERMS + 1)))).toEqual({
      message: `A filter may hold at most ${MAX_FILTER_TERMS} conditions`,
      code: 'BAD_USER_INPUT',
      field: `filter.or.${MAX_FILTER_TERMS}.stage`,
    });
    // An empty element counts as one condition; several fields of one element count one each.
    const empties = { or: Array.from({ length: MAX_FILTER_TERMS + 1 }, () => ({})) };
    expect(refusal(() => checkFilterSize(empties, 'where'))).toMatchObject({ field: `where.or.${MAX_FILTER_TERMS}` });
    const pairs = { and: Array.from({ length: MAX_FILTER_TERMS / 2 }, () => ({ stage: { eq: 'LEAD' }, announcedOn: { gte: '2026-01-01' } })) };
    expect(() => checkFilterSize(pairs)).not.toThrow();
    expect(() => checkFilterSize({ ...pairs, stage: { eq: 'LEAD' } })).toThrow(/at most 200 conditions/);
  });

  test('what counts as one condition: an operator object (whatever its operators), a list; null fields and an empty not count none', () => {
    const allOps = { eq: 'a', in: ['a'], isNull: false, gt: 'a', gte: 'a', lt: 'z', lte: 'z' };
    const each = (n: number, element: Record<string, unknown>) => ({ or: Array.from({ length: n }, () => element) });
    expect(() => checkFilterSize(each(MAX_FILTER_TERMS, { announcedOn: allOps }))).not.toThrow();
    expect(() => checkFilterSize({ ...each(MAX_FILTER_TERMS - 1, { stage: { eq: 'LEAD' } }), tags: ['a', 'b', 'c'] })).not.toThrow();
    expect(() => checkFilterSize({ ...each(MAX_FILTER_TERMS, { stage: { eq: 'LEAD' } }), stage: null, announcedOn: undefined, not: {} })).not.toThrow();
    // A relation holding a field and an operator: both count.
    const mixed = { organization: { country: { eq: 'KZ' }, eq: 'x' } };
    expect(() => checkFilterSize(each(MAX_FILTER_TERMS / 2, mixed))).not.toThrow();
    expect(() => checkFilterSize(each(MAX_FILTER_TERMS / 2 + 1, mixed))).toThrow(/at most 200 conditions/);
  });

  test('relations nest like not: each adds a level', () => {
    const relation = (depth: number): Record<string, unknown> => (depth <= 1 ? { stage: { eq: 'LEAD' } } : { organization: relation(depth - 1) });
    expect(() => checkFilterSize(relation(MAX_FILTER_DEPTH))).not.toThrow();
    expect(refusal(() => checkFilterSize(relation(MAX_FILTER_DEPTH + 1)))).toMatchObject({ field: `filter${'.organization'.repeat(MAX_FILTER_DEPTH)}` });
  });

  test('buildWhere checks the size before building', () => {
    expect(() => buildWhere(spec, nested(MAX_FILTER_DEPTH + 1))).toThrow(/nest at most/);
  });
});

describe('listSelection', () => {
  test('nothing asked: no selection; otherwise a key per filter and order, the condition and the order', () => {
    expect(listSelection(spec, ID_ORDER, {})).toBeUndefined();
    expect(listSelection(spec, ID_ORDER, { filter: null, orderBy: [] })).toBeUndefined();
    const filter = { stage: { eq: 'LEAD' } };
    const selected = listSelection(spec, ID_ORDER, { filter });
    expect(selected?.key).toBe(JSON.stringify([filter, null]));
    expect(selected?.where()).toEqual({ stage: { $eq: 'LEAD' } });
    expect(selected?.order).toBeUndefined();
    const ordered = listSelection(spec, ID_ORDER, { orderBy: Object.keys(ID_ORDER).slice(0, 1) });
    expect(ordered?.key).toBe(JSON.stringify([null, Object.keys(ID_ORDER).slice(0, 1)]));
    expect(ordered?.order).toBeDefined();
    expect(ordered?.where()).toEqual({});
  });
});

describe('search, in SQL', () => {
  const Note = defineEntity({
    name: 'Note',
    properties: { id: p.integer().primary().autoincrement(), title: p.string(), body: p.string().nullable() },
  });
  const notes = { search: { kind: 'search', columns: ['title', 'body'] } } satisfies FilterSpec;
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [Note], debug: false, allowGlobalContext: true });
    await orm.schema.createSchema();
    const em = orm.em.fork();
    for (const [title, body] of [
      ['Alpha Logistics', null],
      ['50%_off', 'discount'],
      ['5000 off', null],
      ['a\\b path', null],
      ['Energy', 'New ALPHA park'],
    ] as const)
      em.create(Note, { title, body });
    await em.flush();
  });
  afterAll(() => orm.close());
  const titles = async (text: string) => (await orm.em.fork().find(Note, buildWhere(notes, { search: text }), { orderBy: { id: 'asc' } })).map((n) => n.title);

  test('case-insensitive substring of any column', async () => {
    expect(await titles('alpha')).toEqual(['Alpha Logistics', 'Energy']);
    expect(await titles('DISCOUNT')).toEqual(['50%_off']);
    expect(await titles('')).toHaveLength(5);
  });

  test('%, _ and \\ are taken literally', async () => {
    expect(await titles('%')).toEqual(['50%_off']);
    expect(await titles('0_')).toEqual([]);
    expect(await titles('%_')).toEqual(['50%_off']);
    expect(await titles('\\')).toEqual(['a\\b path']);
  });
});
