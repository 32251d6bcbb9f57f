// Re-pricing a currency's stored USD amounts after an exchange-rate change: set-based SQL that gives exactly what the
// row-by-row conversion (convertToUsdMinor at rateOn) gives, in the rate change's own transaction, with a number of
// statements that does not grow with the rows, and the statistics' summary kept in step.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/global-id.js';
import { ExchangeRate } from '../../server/src/modules/money/exchange-rate.entity.js';
import { loadRateTable, rateOn } from '../../server/src/modules/money/exchange-rate.repository.js';
import { convertToUsdMinor } from '../../server/src/modules/money/money.js';
import { MoneyService } from '../../server/src/modules/money/money.service.js';
import { sqlDialect } from '../../server/src/modules/stats/grouped-query.js';
import { rebuildSummaries } from '../../server/src/modules/stats/summary.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, fieldOf, type TestServer } from '../helpers/server.js';

/** Every money column set: table, prefix (snake case) and the date column that picks the rate. */
const COLUMN_SETS = [
  { table: 'park', prefix: 'planned_investment', date: 'figures_as_of' },
  { table: 'park', prefix: 'expected_annual_output', date: 'figures_as_of' },
  { table: 'park', prefix: 'expected_annual_profit', date: 'figures_as_of' },
  { table: 'investment', prefix: 'amount', date: 'announced_on' },
  { table: 'investment', prefix: 'expected_annual_output', date: 'announced_on' },
  { table: 'deal', prefix: 'value', date: 'signed_on' },
] as const;

/** Before the first rate, on each rate's first day and the day before, between rates, after the last, no date. */
const DATES = [
  null,
  '2019-06-30',
  '2022-12-31',
  '2023-01-01',
  '2023-08-09',
  '2024-03-14',
  '2024-03-15',
  '2024-12-31',
  '2025-06-30',
  '2025-07-01',
  '2026-11-20',
];

/** KZT's rates in this test: the source's 0.0021 from 2023-01-01, then two more (one with all twelve decimals). */
const KZT_RATES = [
  { validFrom: '2024-03-15', usdPerUnit: '0.00205' },
  { validFrom: '2025-07-01', usdPerUnit: '0.002123456789' },
];

const UpdateRate = `mutation RepriceUpdateRate($i: UpdateExchangeRateInput!) { updateExchangeRate(input: $i) { id version usdPerUnit } }`;
const DeleteRate = `mutation RepriceDeleteRate($id: ID!, $v: Int!) { deleteExchangeRate(id: $id, version: $v) { id } }`;

type Row = Record<string, unknown>;
const run = (em: EntityManager, sql: string, params: unknown[] = []) => em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());

/** mulberry32: the same amounts on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An amount in minor units: small ones (a tenge), ties of each rate, ordinary ones and the largest a form accepts. */
function amounts(count: number): (bigint | null)[] {
  const next = random(17);
  const ties = [...['0.0021', ...KZT_RATES.map((r) => r.usdPerUnit)].map(tieOf), 1n, 2n, 237n, 2n ** 53n - 1n, 4_300_000_000n, 123_456_789_012n];
  return Array.from({ length: count }, (_, i) => {
    if (i < ties.length) return ties[i];
    if (i % 11 === 0) return null;
    const digits = 1 + Math.floor(next() * 15);
    return BigInt(Math.floor(next() * 10 ** digits));
  });
}

/** A KZT amount whose USD cents at `usdPerUnit` end in exactly one half (rounded away from zero): m * N ≡ D / 2 (mod D). */
function tieOf(usdPerUnit: string): bigint {
  const [whole, fraction] = usdPerUnit.split('.');
  const numerator = BigInt(whole + fraction);
  const divisor = 10n ** BigInt(fraction.length); // KZT has 2 decimals and cents 2: they cancel
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = gcd(numerator, divisor);
  const [n, d, half] = [numerator / g, divisor / g, divisor / 2n / g];
  // n's inverse modulo d by the extended Euclidean algorithm.
  let [r0, r1, s0, s1] = [n % d, d, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  const m = (((half * s0) % d) + d) % d;
  if (((m * numerator) % divisor) * 2n !== divisor) throw new Error(`no tie at ${usdPerUnit}`);
  return m;
}

/** Puts `count` rows of each money column set in KZT, spread over DATES and amounts (ids in order). */
async function inKzt(em: EntityManager, count: number) {
  const values = amounts(count);
  for (const set of COLUMN_SETS) {
    const ids = (await run(em, `select id from ${set.table} order by id limit ${count}`)).map((r) => Number(r.id));
    for (const [i, id] of ids.entries()) {
      const minor = values[(i * 7 + set.prefix.length) % values.length];
      await run(
        em,
        `update ${set.table} set ${set.prefix}_minor = ?, ${set.prefix}_currency = ?, ${set.prefix}_usd_minor = null, ${set.date} = ? where id = ?`,
        [
          minor === null ? null : minor.toString(),
          minor === null ? null : 'KZT',
          DATES[(i + set.prefix.length) % DATES.length] ?? (set.table === 'deal' ? '2026-11-20' : null), // a deal is always dated
          id,
        ],
      );
    }
  }
}

/** Every stored KZT amount whose USD equivalent differs from convertToUsdMinor at rateOn (empty when all agree). */
async function disagreements(em: EntityManager, currency = 'KZT') {
  const table = await loadRateTable(em);
  const wrong: string[] = [];
  let checked = 0;
  for (const set of COLUMN_SETS) {
    const rows = await run(
      em,
      `select id, ${set.prefix}_minor as minor, ${set.prefix}_usd_minor as usd, ${set.date} as day from ${set.table} where ${set.prefix}_currency = ?`,
      [currency],
    );
    for (const r of rows) {
      checked++;
      const day = r.day instanceof Date ? r.day.toISOString().slice(0, 10) : typeof r.day === 'string' ? r.day : null;
      const rate = rateOn(table, currency, day);
      const expected = rate ? convertToUsdMinor(BigInt(r.minor as string), currency, rate.usdPerUnit).toString() : null;
      const stored = r.usd == null ? null : BigInt(r.usd as string).toString();
      if (stored !== expected) wrong.push(`${set.table}.${set.prefix} #${String(r.id)} ${String(r.minor)} on ${day}: ${stored} ≠ ${expected}`);
    }
  }
  return { wrong, checked };
}

/** The summary's non-empty rows, as text. */
async function summaryRows(em: EntityManager) {
  const rows = await run(
    em,
    'select a_dim, a_val, b_dim, b_val, month, verification, n, v, t from investment_summary where n <> 0 or v <> 0 or t <> 0 order by 1, 2, 3, 4, 5, 6',
  );
  return rows.map((r) => Object.values(r).map(String).join('|'));
}

/** Whether the summary equals one computed again from the base tables (the rebuild rolled back). */
async function summaryIsRight(em: EntityManager): Promise<boolean> {
  const kept = await summaryRows(em);
  let rebuilt: string[] = [];
  await em
    .transactional(async (tx) => {
      const ctx: unknown = tx.getTransactionContext();
      await rebuildSummaries((sql) => tx.getConnection().execute(sql, [], 'run', ctx), sqlDialect(tx));
      rebuilt = await summaryRows(tx);
      throw new Error('rollback');
    })
    .catch((err: unknown) => {
      if (!(err instanceof Error) || err.message !== 'rollback') throw err;
    });
  expect(rebuilt.length).toBeGreaterThan(0);
  return JSON.stringify(kept) === JSON.stringify(rebuilt);
}

describe.each(DIALECTS)('re-pricing a currency on %s', (dialect) => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await createTestServer(dialect, { demo: true });
    admin = (await signedIn(server, 'ADMIN')).token;
    const em = server.em();
    for (const r of KZT_RATES) em.create(ExchangeRate, { currency: 'KZT', ...r, note: 'test', approximate: false, enteredOn: '2026-11-24' });
    await em.flush();
    await inKzt(server.em(), 300);
  });
  afterAll(async () => {
    await server?.close();
  });

  /**
   * server.gql, sent again once when the connection it reused had just been closed by the server: the server runs in
   * this process, and the long database work between two requests (synchronous on SQLite) lets the server's
   * keep-alive timer close an idle socket that the client's timer would have retired first. Such a request never
   * reached the server.
   */
  const gql = async (query: string, variables: Record<string, unknown>) => {
    try {
      return await server.gql(query, variables, admin);
    } catch (err) {
      const code = (err as { cause?: { code?: string } }).cause?.code;
      if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw err;
      return server.gql(query, variables, admin);
    }
  };

  const kztRate = async (validFrom: string) => server.em().findOneOrFail(ExchangeRate, { currency: 'KZT', validFrom });

  it('gives every row what the row-by-row conversion gives: before the first rate, on first days, between, after the last, no date, ties', async () => {
    const em = server.em();
    const before = await disagreements(em);
    expect(before.wrong.length).toBeGreaterThan(100); // the setup cleared the USD amounts
    const changed = await new MoneyService(server.em()).recomputeUsdAmounts('KZT');
    expect(changed).toBe(before.wrong.length);
    const after = await disagreements(server.em());
    expect(after.wrong).toEqual([]);
    expect(after.checked).toBeGreaterThan(800);
    expect(await new MoneyService(server.em()).recomputeUsdAmounts('KZT')).toBe(0);
    expect(await summaryIsRight(server.em())).toBe(true);
  });

  it('follows a rate changed and deleted through the API, with the summary in step', async () => {
    const rate = await kztRate('2024-03-15');
    const res = await gql(UpdateRate, { i: { id: toGlobalId('ExchangeRate', rate.id), version: rate.version, usdPerUnit: '0.0019875' } });
    expect(res.errors).toBeUndefined();
    expect((await disagreements(server.em())).wrong).toEqual([]);
    expect(await summaryIsRight(server.em())).toBe(true);
    const updated = await kztRate('2024-03-15');
    const gone = await gql(DeleteRate, { id: toGlobalId('ExchangeRate', updated.id), v: updated.version });
    expect(gone.errors).toBeUndefined();
    expect((await disagreements(server.em())).wrong).toEqual([]);
    expect(await summaryIsRight(server.em())).toBe(true);
  });

  it('is atomic with the rate change: when re-pricing fails, the rate, its audit row and every amount stay as they were', async () => {
    const em = server.em();
    const failing =
      dialect === 'sqlite'
        ? [`create trigger reprice_fails before update of value_usd_minor on deal begin select raise(abort, 'refused by the test'); end`]
        : [
            `create or replace function reprice_fails() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
            `create trigger reprice_fails before update of value_usd_minor on deal for each row execute function reprice_fails()`,
          ];
    for (const sql of failing) await em.getConnection().execute(sql, [], 'run');
    const state = async () => ({
      rates: await run(server.em(), `select id, valid_from, usd_per_unit, version from exchange_rate where currency = 'KZT' order by id`),
      audit: await run(server.em(), 'select count(*) as n from audit_entry'),
      amounts: await run(server.em(), `select id, amount_usd_minor, expected_annual_output_usd_minor, version from investment order by id`),
      summary: await summaryRows(server.em()),
      changes: await run(server.em(), 'select count(*) as n from change_log'),
    });
    try {
      const before = await state();
      const rate = await kztRate('2023-01-01');
      const refused = await gql(UpdateRate, { i: { id: toGlobalId('ExchangeRate', rate.id), version: rate.version, usdPerUnit: '0.0025' } });
      expect(refused.errors?.length).toBe(1);
      expect(fieldOf(refused, 'updateExchangeRate') ?? null).toBeNull();
      expect(await state()).toEqual(before);
      const deleted = await gql(DeleteRate, { id: toGlobalId('ExchangeRate', rate.id), v: rate.version });
      expect(deleted.errors?.length).toBe(1);
      expect(await state()).toEqual(before);
    } finally {
      const drop = dialect === 'sqlite' ? ['drop trigger reprice_fails'] : ['drop trigger reprice_fails on deal', 'drop function reprice_fails()'];
      for (const sql of drop) await server.em().getConnection().execute(sql, [], 'run');
    }
    // Without the failing trigger the same change goes through, and the amounts follow it.
    const rate = await kztRate('2023-01-01');
    const res = await gql(UpdateRate, { i: { id: toGlobalId('ExchangeRate', rate.id), version: rate.version, usdPerUnit: '0.0025' } });
    expect(res.errors).toBeUndefined();
    expect((await disagreements(server.em())).wrong).toEqual([]);
  });

  it('sends the same number of statements for a hundred rows as for thousands', async () => {
    // CNY's rates have few digits: every amount converts in SQL (no row-by-row remainder on SQLite).
    const change = async (usdPerUnit: string) => {
      const rate = await server.em().findOneOrFail(ExchangeRate, { currency: 'CNY', validFrom: '2025-01-01' });
      let errors: unknown;
      const n = await server.countStatements(async () => {
        errors = (await gql(UpdateRate, { i: { id: toGlobalId('ExchangeRate', rate.id), version: rate.version, usdPerUnit } })).errors;
      });
      expect(errors).toBeUndefined();
      return n;
    };
    const em = server.em();
    const rows = async () => Number((await run(server.em(), `select count(*) as n from investment where amount_currency = 'CNY'`))[0].n);
    // At least one CNY amount dated after the changed rate's first day in every column set, then every row in CNY.
    for (const set of COLUMN_SETS) {
      await run(
        em,
        `update ${set.table} set ${set.prefix}_currency = 'CNY', ${set.prefix}_minor = 1000, ${set.date} = ? where id = (select min(id) from ${set.table})`,
        ['2026-01-01'],
      );
    }
    const few = await change('0.1381');
    const fewRows = await rows();
    for (const set of COLUMN_SETS) {
      await run(em, `update ${set.table} set ${set.prefix}_currency = 'CNY', ${set.prefix}_minor = coalesce(${set.prefix}_minor, 123456)`);
    }
    const many = await change('0.1383');
    expect(await rows()).toBeGreaterThan(fewRows * 2);
    expect(many).toBe(few);
    expect((await disagreements(server.em(), 'CNY')).wrong).toEqual([]);
    expect(await summaryIsRight(server.em())).toBe(true);
  });
});
