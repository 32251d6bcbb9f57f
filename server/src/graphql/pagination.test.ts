import { defineEntity, MikroORM, p, type InferEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { refusal } from '../../../test/helpers/refusal.js';
import {
  ChildConnections,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  ID_ORDER,
  listOrder,
  MAX_PAGE_SIZE,
  pageWindow,
  paginate,
  type ChildLink,
  type Connection,
  type OrderKey,
  type PageArgs,
} from './pagination.js';

// The one pagination every list uses, on a small table of its own in an in-memory SQLite database: every order
// walked page by page forwards and backwards, NULLs last both ways, ties broken by id, for top-level lists and for
// lists nested under each parent (batched), against the same rows sorted here in plain TypeScript.

const Shelf = defineEntity({ name: 'Shelf', properties: { id: p.integer().primary().autoincrement() } });
const Item = defineEntity({
  name: 'Item',
  properties: {
    id: p.integer().primary().autoincrement(),
    shelf: () => p.manyToOne(Shelf).ref().nullable(),
    label: p.string().nullable(),
    amountMinor: p.bigint('bigint').nullable(),
    stage: p.string().nullable(),
  },
});
const Placement = defineEntity({
  name: 'Placement',
  properties: {
    id: p.integer().primary().autoincrement(),
    shelf: () => p.manyToOne(Shelf).ref(),
    item: () => p.manyToOne(Item).ref(),
  },
});
type ItemEntity = InferEntity<typeof Item>;

const STAGES = ['LEAD', 'TALKS', 'SIGNED'] as const;
const ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  LABEL_ASC: { prop: 'label', dir: 'asc' },
  LABEL_DESC: { prop: 'label', dir: 'desc' },
  AMOUNT_ASC: { prop: 'amountMinor', dir: 'asc', bigint: true },
  AMOUNT_DESC: { prop: 'amountMinor', dir: 'desc', bigint: true },
  STAGE_ASC: { prop: 'stage', dir: 'asc', rank: STAGES },
  STAGE_DESC: { prop: 'stage', dir: 'desc', rank: STAGES },
};

// Shelf 1 holds items 1–9 (nulls in every column, ties on each), shelf 2 items 10–12, shelf 3 none. Amounts pass
// 2^32 so they are bigints in the cursor, not 32-bit integers.
const BIG = 2n ** 40n + 1n;
const ROWS: { shelf: number; label: string | null; amountMinor: bigint | null; stage: string | null }[] = [
  { shelf: 1, label: 'b', amountMinor: 5n, stage: 'SIGNED' },
  { shelf: 1, label: null, amountMinor: BIG + 1n, stage: 'LEAD' },
  { shelf: 1, label: 'a', amountMinor: null, stage: null },
  { shelf: 1, label: 'b', amountMinor: BIG, stage: 'TALKS' },
  { shelf: 1, label: 'c', amountMinor: 5n, stage: 'LEAD' },
  { shelf: 1, label: null, amountMinor: null, stage: 'SIGNED' },
  { shelf: 1, label: 'a', amountMinor: 7n, stage: null },
  { shelf: 1, label: 'Z', amountMinor: 1n, stage: 'TALKS' },
  { shelf: 1, label: 'b', amountMinor: null, stage: 'LEAD' },
  { shelf: 2, label: null, amountMinor: 3n, stage: 'TALKS' },
  { shelf: 2, label: 'a', amountMinor: null, stage: null },
  { shelf: 2, label: 'a', amountMinor: 3n, stage: 'LEAD' },
];
const rowsOf = (shelf?: number) => ROWS.map((r, i) => ({ ...r, id: i + 1 })).filter((r) => shelf === undefined || r.shelf === shelf);

/** The expected order, computed here: each key's direction, NULLs last either way, then id in the last key's direction. */
function expectedIds(rows: ReturnType<typeof rowsOf>, ...names: string[]): number[] {
  const keys = names.map((n) => ORDER[n]);
  const value = (key: OrderKey, r: (typeof rows)[number]) => {
    const v = r[key.prop as 'label' | 'amountMinor' | 'stage' | 'id'];
    if (v === null) return null;
    return key.rank ? key.rank.indexOf(v as string) : v;
  };
  return [...rows]
    .sort((x, y) => {
      for (const key of keys) {
        const a = value(key, x);
        const b = value(key, y);
        if (a === b) continue;
        if (a === null) return 1;
        if (b === null) return -1;
        return (a < b ? -1 : 1) * (key.dir === 'asc' ? 1 : -1);
      }
      return (x.id - y.id) * (keys.at(-1)!.dir === 'asc' ? 1 : -1);
    })
    .map((r) => r.id);
}

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [Shelf, Item, Placement], debug: false, allowGlobalContext: true });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  const shelves = [1, 2, 3].map(() => em.create(Shelf, {}));
  await em.flush();
  const items = ROWS.map((r) => em.create(Item, { ...r, shelf: shelves[r.shelf - 1] }));
  await em.flush();
  // Placements: shelf 1 shows items 12, 3 and 7 (item 3 twice: a link row counts once); shelf 2 shows item 1.
  for (const [s, i] of [
    [1, 12],
    [1, 3],
    [1, 3],
    [1, 7],
    [2, 1],
  ] as const)
    em.create(Placement, { shelf: shelves[s - 1], item: items[i - 1] });
  await em.flush();
});
afterAll(() => orm.close());

const em = () => orm.em.fork() as EntityManager;
const ids = (c: Connection<ItemEntity>) => c.nodes.map((n) => n.id);

/** Every page of a list, forwards (first/after) or backwards (last/before), with the pageInfo of each. */
async function walk(page: (args: PageArgs) => Promise<Connection<ItemEntity>>, size: number, backward: boolean) {
  const pages: { ids: number[]; hasNextPage: boolean; hasPreviousPage: boolean }[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 20; guard++) {
    const c: Connection<ItemEntity> = await page(backward ? { last: size, before: cursor } : { first: size, after: cursor });
    expect(c.edges.map((e) => e.node.id)).toEqual(ids(c));
    expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
    expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)?.cursor ?? null);
    pages.push({ ids: ids(c), hasNextPage: c.pageInfo.hasNextPage, hasPreviousPage: c.pageInfo.hasPreviousPage });
    const more = backward ? c.pageInfo.hasPreviousPage : c.pageInfo.hasNextPage;
    if (!more) return pages;
    cursor = backward ? c.pageInfo.startCursor : c.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

/** Checks a walk in both directions against the expected order and each page's flags. */
async function expectWalks(page: (args: PageArgs) => Promise<Connection<ItemEntity>>, expected: number[], size: number) {
  const forwards = await walk(page, size, false);
  expect(forwards.flatMap((p) => p.ids)).toEqual(expected);
  forwards.forEach((p, i) => {
    expect(p.hasPreviousPage).toBe(i > 0);
    expect(p.hasNextPage).toBe(i < forwards.length - 1);
  });
  const backwards = await walk(page, size, true);
  expect(backwards.reverse().flatMap((p) => p.ids)).toEqual(expected);
  backwards.forEach((p, i) => {
    expect(p.hasPreviousPage).toBe(i > 0);
    expect(p.hasNextPage).toBe(i < backwards.length - 1);
  });
  expect(forwards.length).toBe(Math.max(1, Math.ceil(expected.length / size)));
}

describe('top-level lists', () => {
  test('by id, in pages of 2, forwards and backwards', async () => {
    await expectWalks(
      (args) => paginate(em(), Item, () => ({}), args),
      rowsOf().map((r) => r.id),
      2,
    );
  });

  for (const name of Object.keys(ORDER))
    test(`ordered ${name}: every page, both ways, NULLs last, ties by id`, async () => {
      const order = listOrder([name], ORDER);
      await expectWalks((args) => paginate(em(), Item, () => ({}), args, order), expectedIds(rowsOf(), name), 3);
    });

  test('pages of one row: every row’s cursor, those of rows without a value too, both ways', async () => {
    for (const names of [['LABEL_ASC'], ['AMOUNT_DESC'], ['STAGE_ASC'], ['STAGE_DESC', 'LABEL_ASC']]) {
      const order = listOrder(names, ORDER);
      await expectWalks((args) => paginate(em(), Item, () => ({}), args, order), expectedIds(rowsOf(), ...names), 1);
    }
  });

  test('two keys: the second breaks ties of the first, NULLs last in each', async () => {
    const order = listOrder(['STAGE_DESC', 'LABEL_ASC'], ORDER);
    expect(order?.name).toBe('STAGE_DESC,LABEL_ASC');
    const expected = expectedIds(rowsOf(), 'STAGE_DESC', 'LABEL_ASC');
    // By hand: SIGNED (b: 1, null: 6), TALKS (Z: 8, b: 4, null: 10), LEAD (a: 12, b: 9, c: 5, null: 2), no stage (a: 3, 7, 11).
    expect(expected).toEqual([1, 6, 8, 4, 10, 12, 9, 5, 2, 3, 7, 11]);
    await expectWalks((args) => paginate(em(), Item, () => ({}), args, order), expected, 4);
  });

  test('a filter applies to every page and to the total', async () => {
    const where = () => ({ shelf: 2 });
    await expectWalks((args) => paginate(em(), Item, where, args), [10, 11, 12], 2);
    const c = await paginate(em(), Item, where, { first: 1 });
    expect(await c.totalCount()).toBe(3);
    expect(await (await paginate(em(), Item, () => ({}), { first: 1 }, listOrder(['LABEL_ASC'], ORDER))).totalCount()).toBe(12);
  });

  test('first: 0 and last: 0 answer no rows, and the total when asked (one request for a count)', async () => {
    for (const args of [{ first: 0 }, { last: 0 }]) {
      for (const order of [undefined, listOrder(['LABEL_ASC'], ORDER)]) {
        const none = await paginate(em(), Item, () => ({}), args, order);
        expect(ids(none)).toEqual([]);
        expect(none.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
        expect(await none.totalCount()).toBe(ROWS.length);
      }
    }
  });

  test('first: 0 and last: 0 ask the database for no page, and say no page lies beyond', async () => {
    for (const args of [{ first: 0 }, { last: 0 }]) {
      for (const order of [undefined, listOrder(['LABEL_ASC'], ORDER)]) {
        const manager = em();
        const find = vi.spyOn(manager, 'find');
        const none = await paginate(manager, Item, () => ({}), args, order);
        expect(find).not.toHaveBeenCalled();
        expect(none.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
      }
    }
  });

  test('a filter applies to every page of a custom order', async () => {
    const order = listOrder(['LABEL_ASC'], ORDER);
    // Shelf 2: items 11 and 12 are labelled a (tie by id), item 10 has no label (last).
    await expectWalks((args) => paginate(em(), Item, () => ({ shelf: 2 }), args, order), [11, 12, 10], 2);
  });

  test('no page size: DEFAULT_PAGE_SIZE rows', async () => {
    expect(DEFAULT_PAGE_SIZE).toBeGreaterThan(ROWS.length);
    expect(ids(await paginate(em(), Item, () => ({}), {}))).toHaveLength(ROWS.length);
  });

  test('after and before together: the rows between the two', async () => {
    const order = listOrder(['AMOUNT_ASC'], ORDER);
    const expected = expectedIds(rowsOf(), 'AMOUNT_ASC');
    const all = await paginate(em(), Item, () => ({}), { first: 100 }, order);
    const between = await paginate(em(), Item, () => ({}), { after: all.edges[1].cursor, before: all.edges[6].cursor }, order);
    expect(ids(between)).toEqual(expected.slice(2, 6));
    const byId = await paginate(em(), Item, () => ({}), { first: 100 });
    const between2 = await paginate(em(), Item, () => ({}), { after: byId.edges[2].cursor, before: byId.edges[5].cursor });
    expect(ids(between2)).toEqual([4, 5]);
    expect(between2.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });
});

describe('nested lists, batched', () => {
  const OF_SHELF: ChildLink<ItemEntity> = { name: 'item.shelf', entity: Item, parentProp: 'shelf' };
  const SHOWN_ON: ChildLink<ItemEntity> = { name: 'item.placement', entity: Item, via: Placement, parentProp: 'shelf', childProp: 'item' };

  for (const name of ['ID_ASC', 'LABEL_ASC', 'LABEL_DESC', 'AMOUNT_DESC', 'STAGE_ASC'])
    test(`each shelf's items ordered ${name}, in one batch: every page both ways`, async () => {
      const order = listOrder([name], ORDER);
      const selection = { key: name, where: () => ({}), order };
      for (const shelf of [1, 2, 3]) {
        await expectWalks(
          async (args) => {
            const children = new ChildConnections(em());
            const [mine] = await Promise.all([children.load(OF_SHELF, shelf, args, selection), children.load(OF_SHELF, 4 - shelf, args, selection)]);
            return mine;
          },
          expectedIds(rowsOf(shelf), name),
          2,
        );
      }
    });

  test('one statement for the pages of many parents; totals per parent', async () => {
    const children = new ChildConnections(em());
    const order = listOrder(['LABEL_ASC'], ORDER);
    const [one, two, three] = await Promise.all([1, 2, 3].map((s) => children.load(OF_SHELF, s, { first: 2 }, { key: 'x', where: () => ({}), order })));
    expect([ids(one), ids(two), ids(three)]).toEqual([expectedIds(rowsOf(1), 'LABEL_ASC').slice(0, 2), expectedIds(rowsOf(2), 'LABEL_ASC').slice(0, 2), []]);
    expect(await Promise.all([one, two, three].map((c) => c.totalCount()))).toEqual([9, 3, 0]);
    expect(three.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  test('first: 0 and last: 0: no rows and no page beyond for any parent, each parent’s total when asked', async () => {
    for (const args of [{ first: 0 }, { last: 0 }]) {
      const children = new ChildConnections(em());
      const selection = { key: 'none', where: () => ({}), order: listOrder(['LABEL_ASC'], ORDER) };
      const [one, two] = await Promise.all([children.load(OF_SHELF, 1, args, selection), children.load(OF_SHELF, 2, args, selection)]);
      for (const c of [one, two]) {
        expect(ids(c)).toEqual([]);
        expect(c.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
      }
      expect([await one.totalCount(), await two.totalCount()]).toEqual([9, 3]);
    }
  });

  test('one request’s lists under the same parent with other links, arguments or filters stay apart', async () => {
    const children = new ChildConnections(em());
    const lead = { key: 'lead', where: () => ({ stage: 'LEAD' }) };
    const talks = { key: 'talks', where: () => ({ stage: 'TALKS' }) };
    const lists = await Promise.all([
      children.load(OF_SHELF, 1, { first: 1 }),
      children.load(OF_SHELF, 1, { first: 2 }),
      children.load(SHOWN_ON, 1, { first: 2 }),
      children.load(OF_SHELF, 1, { first: 10 }, lead),
      children.load(OF_SHELF, 1, { first: 10 }, talks),
    ]);
    expect(lists.map(ids)).toEqual([[1], [1, 2], [3, 7], [2, 5, 9], [4, 8]]);
  });

  test('a filter applies to each parent’s page and total', async () => {
    const children = new ChildConnections(em());
    const selection = { key: 'signed', where: () => ({ stage: 'LEAD' }) };
    const [one, two] = await Promise.all([children.load(OF_SHELF, 1, { first: 10 }, selection), children.load(OF_SHELF, 2, { first: 10 }, selection)]);
    expect([ids(one), ids(two)]).toEqual([[2, 5, 9], [12]]);
    expect([await one.totalCount(), await two.totalCount()]).toEqual([3, 1]);
  });

  test('through a link table: distinct children per parent, paged and counted', async () => {
    const order = listOrder(['AMOUNT_ASC'], ORDER);
    const selection = { key: 'via', where: () => ({}), order };
    // Shelf 1 shows items 12 (3), 7 (7) and 3 (no amount); shelf 2 shows item 1.
    await expectWalks((args) => new ChildConnections(em()).load(SHOWN_ON, 1, args, selection), [12, 7, 3], 2);
    const children = new ChildConnections(em());
    const [one, two, three] = await Promise.all([1, 2, 3].map((s) => children.load(SHOWN_ON, s, { first: 5 })));
    expect([ids(one), ids(two), ids(three)]).toEqual([[3, 7, 12], [1], []]);
    expect(await Promise.all([one, two, three].map((c) => c.totalCount()))).toEqual([3, 1, 0]);
  });
});

describe('arguments and cursors', () => {
  test('page sizes from 0 to MAX_PAGE_SIZE; first and last not both', () => {
    expect(pageWindow({ first: 0 })).toEqual({ backward: false, limit: 0, after: undefined, before: undefined });
    expect(pageWindow({ first: MAX_PAGE_SIZE }).limit).toBe(MAX_PAGE_SIZE);
    expect(pageWindow({ last: MAX_PAGE_SIZE })).toMatchObject({ backward: true, limit: MAX_PAGE_SIZE });
    expect(pageWindow({})).toMatchObject({ backward: false, limit: DEFAULT_PAGE_SIZE });
    expect(refusal(() => pageWindow({ first: MAX_PAGE_SIZE + 1 }))).toEqual({
      message: `\`first\` must be between 0 and ${MAX_PAGE_SIZE}; got ${MAX_PAGE_SIZE + 1}`,
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(refusal(() => pageWindow({ last: -1 }))).toEqual({
      message: `\`last\` must be between 0 and ${MAX_PAGE_SIZE}; got -1`,
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
    expect(refusal(() => pageWindow({ first: 1, last: 1 }))).toEqual({
      message: 'Pass either `first` or `last`, not both',
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  test('before alone pages backwards; after with before pages forwards', () => {
    const c = encodeCursor(5);
    expect(pageWindow({ before: c })).toMatchObject({ backward: true, limit: DEFAULT_PAGE_SIZE, before: { id: 5 } });
    expect(pageWindow({ before: c, after: encodeCursor(2) })).toMatchObject({ backward: false, after: { id: 2 }, before: { id: 5 } });
    expect(pageWindow({ first: 3, before: c })).toMatchObject({ backward: false, limit: 3 });
  });

  test('a cursor from another list order, or no cursor at all, is refused at its argument', () => {
    const ordered = encodeCursor(3, { name: 'LABEL_ASC', values: ['a'] });
    expect(pageWindow({ after: ordered }, 'LABEL_ASC').after).toEqual({ id: 3, o: 'LABEL_ASC', v: ['a'] });
    for (const [cursor, order] of [
      [ordered, 'LABEL_DESC'],
      [ordered, undefined],
      [encodeCursor(3), 'LABEL_ASC'],
      ['not-a-cursor', undefined],
      [Buffer.from('{"id":1.5}').toString('base64url'), undefined],
      [Buffer.from('{"id":1,"o":"LABEL_ASC","v":"a"}').toString('base64url'), 'LABEL_ASC'],
    ] as const) {
      expect(refusal(() => pageWindow({ before: cursor }, order))).toEqual({
        message: `"${cursor}" is not a cursor from this list in this order`,
        code: 'BAD_USER_INPUT',
        field: 'before',
      });
    }
    expect(refusal(() => pageWindow({ after: 'x' }))).toMatchObject({ field: 'after' });
  });

  test('a ranked order’s cursor whose position is not a whole number is refused', async () => {
    const order = listOrder(['STAGE_ASC'], ORDER);
    const forged = encodeCursor(2, { name: 'STAGE_ASC', values: ['LEAD'] });
    await expect(paginate(em(), Item, () => ({}), { after: forged }, order)).rejects.toMatchObject({
      message: 'This cursor does not come from this list in this order',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });

  test('no order asked: none; orders resolve through the list’s table', () => {
    expect(listOrder(undefined, ORDER)).toBeUndefined();
    expect(listOrder([], ORDER)).toBeUndefined();
    expect(listOrder(['AMOUNT_DESC', 'ID_ASC'], ORDER)).toEqual({ name: 'AMOUNT_DESC,ID_ASC', keys: [ORDER.AMOUNT_DESC, ORDER.ID_ASC] });
  });
});
