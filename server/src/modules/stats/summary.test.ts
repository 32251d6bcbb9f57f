import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { mergeRows, rebuildSummaries, splitPeriod, summaryPlan, summarySelection, suspendSummaries, withSummaryDelta } from './summary.js';
import { period } from './periods.js';
import type { GroupRow } from './grouped-query.js';

const split = (from: string, to: string) => {
  const { months, edges } = splitPeriod(period(from, to));
  return { months, edges: edges.map((e) => `${e.sign > 0 ? '+' : '-'}${e.period.from}..${e.period.to}`) };
};

describe('a period as the summary months plus or minus a few days of records', () => {
  it('takes whole months as they are', () => {
    expect(split('2025-01-01', '2025-03-31')).toEqual({ months: ['2025-01', '2025-03'], edges: [] });
    expect(split('2024-02-01', '2024-02-29')).toEqual({ months: ['2024-02', '2024-02'], edges: [] });
  });

  it('subtracts the day before "the last 12 months" and adds today', () => {
    expect(split('2025-12-02', '2026-12-01')).toEqual({ months: ['2025-12', '2026-11'], edges: ['-2025-12-01..2025-12-01', '+2026-12-01..2026-12-01'] });
  });

  it('adds the covered days of a month mostly outside the period, subtracts the uncovered days of one mostly inside', () => {
    expect(split('2025-03-20', '2025-06-10')).toEqual({ months: ['2025-04', '2025-05'], edges: ['+2025-03-20..2025-03-31', '+2025-06-01..2025-06-10'] });
    expect(split('2025-03-14', '2026-02-09')).toEqual({ months: ['2025-03', '2026-01'], edges: ['-2025-03-01..2025-03-13', '+2026-02-01..2026-02-09'] });
    expect(split('2025-03-05', '2025-05-28')).toEqual({ months: ['2025-03', '2025-05'], edges: ['-2025-03-01..2025-03-04', '-2025-05-29..2025-05-31'] });
  });

  it('needs no month when both ends are mostly outside', () => {
    expect(split('2025-03-25', '2025-04-05')).toEqual({ months: null, edges: ['+2025-03-25..2025-03-31', '+2025-04-01..2025-04-05'] });
  });

  it('inside one month: the days themselves, or the month less the days around them', () => {
    expect(split('2025-03-10', '2025-03-12')).toEqual({ months: null, edges: ['+2025-03-10..2025-03-12'] });
    expect(split('2025-03-02', '2025-03-30')).toEqual({ months: ['2025-03', '2025-03'], edges: ['-2025-03-01..2025-03-01', '-2025-03-31..2025-03-31'] });
    expect(split('2024-02-15', '2024-02-29')).toEqual({ months: ['2024-02', '2024-02'], edges: ['-2024-02-01..2024-02-14'] });
  });

  it('from a month’s first day, or from the middle: the cheaper side of the tie-break, exactly', () => {
    expect(split('2025-03-01', '2025-03-20')).toEqual({ months: ['2025-03', '2025-03'], edges: ['-2025-03-21..2025-03-31'] });
    expect(split('2025-03-15', '2025-05-31')).toEqual({ months: ['2025-03', '2025-05'], edges: ['-2025-03-01..2025-03-14'] });
  });

  it('crosses a year', () => {
    expect(split('2025-12-20', '2026-02-28')).toEqual({ months: ['2026-01', '2026-02'], edges: ['+2025-12-20..2025-12-31'] });
    expect(split('2025-11-01', '2026-01-05')).toEqual({ months: ['2025-11', '2025-12'], edges: ['+2026-01-01..2026-01-05'] });
    expect(split('2025-12-31', '2026-01-01')).toEqual({ months: null, edges: ['+2025-12-31..2025-12-31', '+2026-01-01..2026-01-01'] });
  });
});

describe('which statistics the summary answers', () => {
  const park = toGlobalId('Park', 3);

  it('the filter bar: park, sector, stage, country and kind by eq or in, with provenance', () => {
    const plan = summaryPlan({ park: { id: { in: [park] } }, verification: { in: ['VERIFIED', 'RECORDED'] } }, ['SECTOR'], [undefined]);
    expect(plan).toEqual({
      values: new Map([['park', ['3']]]),
      verification: ['VERIFIED', 'RECORDED'],
      pair: ['park', 'sector'],
      groups: [{ dimension: 'sector' }],
    });
    expect(summaryPlan({ organization: { kind: { eq: 'COMPANY' } } }, ['QUARTER'], ['QUARTER'])).toMatchObject({
      pair: ['kind', ''],
      values: new Map([['kind', ['COMPANY']]]),
      groups: [{ grain: 'QUARTER' }],
    });
    expect(summaryPlan({}, ['SOURCE_COUNTRY', 'STAGE'], [undefined, undefined])).toMatchObject({ pair: ['country', 'stage'] });
    expect(summaryPlan(null, [], [])).toMatchObject({ pair: ['', ''] });
  });

  it('not three dimensions, nor any other condition', () => {
    expect(summaryPlan({ park: { id: { eq: park } }, sector: { eq: 'LOGISTICS' } }, ['STAGE'], [undefined])).toBeNull();
    expect(summaryPlan({ sector: { isNull: false } }, [], [])).toBeNull();
    expect(summaryPlan({ sector: { in: [] } }, [], [])).toBeNull();
    expect(summaryPlan({ sector: { eq: 'LOGISTICS', in: ['TRADE'] } }, [], [])).toBeNull();
    expect(summaryPlan({ amountUsd: { gte: '1' } }, [], [])).toBeNull();
    expect(summaryPlan({ park: { slug: { eq: 'x' } } }, [], [])).toBeNull();
    expect(summaryPlan({ organization: { name: { eq: 'x' } } }, [], [])).toBeNull();
    expect(summaryPlan({ or: [{ sector: { eq: 'TRADE' } }] }, [], [])).toBeNull();
    expect(summaryPlan({ park: { id: { eq: toGlobalId('Event', 3) } } }, [], [])).toBeNull();
  });
});

describe('what of a filter the summary can answer', () => {
  const park = (n: number) => toGlobalId('Park', n);

  it('conditions left empty or null count as absent; a list by its values, an eq as one value', () => {
    expect(summarySelection({ sector: {}, stage: null, organization: {}, verification: undefined })).toEqual({ values: new Map(), verification: null });
    expect(summarySelection({ organization: { country: {}, kind: { eq: 'COMPANY', in: null } } })).toEqual({
      values: new Map([['kind', ['COMPANY']]]),
      verification: null,
    });
    expect(summarySelection({ park: { id: { in: [park(2), park(10)] } }, stage: { in: ['LEAD', 'SIGNED'] }, verification: { eq: 'DEMO' } })).toEqual({
      values: new Map([
        ['park', ['2', '10']],
        ['stage', ['LEAD', 'SIGNED']],
      ]),
      verification: ['DEMO'],
    });
    expect(summarySelection(undefined)).toEqual({ values: new Map(), verification: null });
    expect(summarySelection({ sector: { eq: 'TRADE', in: undefined } })).toEqual({ values: new Map([['sector', ['TRADE']]]), verification: null });
    expect(summarySelection({ organization: { country: { eq: 'RU' } } })).toEqual({ values: new Map([['country', ['RU']]]), verification: null });
  });

  it('anything but one eq or a non-empty in list is left to the records', () => {
    for (const condition of [
      'LOGISTICS',
      7,
      [],
      ['LOGISTICS'],
      { in: 'LOGISTICS' },
      { in: [] },
      { ne: 'LOGISTICS' },
      { nin: ['LOGISTICS'] },
      { isNull: true },
      { eq: 'TRADE', in: ['TRADE'] },
    ]) {
      const filter = { sector: condition };
      expect(summarySelection(filter), JSON.stringify(filter)).toBeNull();
    }
    expect(summarySelection({ park: 3 })).toBeNull();
    expect(summarySelection({ park: { id: null } })).toBeNull();
    expect(summarySelection({ organization: 7 })).toBeNull();
    expect(summarySelection({ park: { id: 'UGFyazoz' } })).toBeNull();
    expect(summarySelection({ organization: 'RU' })).toBeNull();
    expect(summarySelection({ organization: { country: 'RU' } })).toBeNull();
    expect(summarySelection({ organization: { country: { eq: 'RU' }, kind: { isNull: false } } })).toBeNull();
    expect(summarySelection({ or: [] })).toBeNull();
    expect(summarySelection({ park: { id: { in: [park(1), 'not an id'] } } })).toBeNull();
  });

  it('an announcement range only where the caller accepts one, both ends days in order', () => {
    const range = { gte: '2025-03-01', lte: '2025-03-31' };
    expect(summarySelection({ announcedOn: range })).toBeNull();
    expect(summarySelection({ announcedOn: range }, { announced: true })).toEqual({
      values: new Map(),
      verification: null,
      announced: { from: '2025-03-01', to: '2025-03-31', days: 31 },
    });
    expect(summarySelection({ announcedOn: { gte: '2025-03-01', lte: '2025-03-01' } }, { announced: true })?.announced).toEqual({
      from: '2025-03-01',
      to: '2025-03-01',
      days: 1,
    });
    for (const announcedOn of [
      { gte: '2025-03-02', lte: '2025-03-01' },
      { gte: '2025-03-01' },
      { lte: '2025-03-01' },
      { gte: '2025-3-1', lte: '2025-03-31' },
      { gte: '2025-03-01', lte: '2025-02-30' },
      { gte: 20250301, lte: '2025-03-31' },
      { gte: '2025-03-01', lte: 20250331 },
      { gte: '2025-03-01', lte: '2025-03-31', gt: '2025-03-05' },
      { eq: '2025-03-01' },
      'x',
    ]) {
      expect(summarySelection({ announcedOn }, { announced: true }), JSON.stringify(announcedOn)).toBeNull();
    }
  });

  it('a grouping by a time grain, a filter-bar dimension, or nothing else', () => {
    expect(summaryPlan({}, ['EVENT'], [undefined])).toBeNull();
    expect(summaryPlan({}, ['MONTH', 'PARK'], ['MONTH', undefined])).toEqual({
      values: new Map(),
      verification: null,
      pair: ['park', ''],
      groups: [{ grain: 'MONTH' }, { dimension: 'park' }],
    });
    expect(summaryPlan({}, ['ORGANIZATION_KIND', 'SECTOR'], [undefined, undefined])).toMatchObject({
      pair: ['sector', 'kind'],
      groups: [{ dimension: 'kind' }, { dimension: 'sector' }],
    });
    // Two filtered dimensions and a calendar grouping: a grain is no dimension of the summary.
    expect(summaryPlan({ park: { id: { eq: park(1) } }, sector: { eq: 'TRADE' } }, ['MONTH'], ['MONTH'])).toMatchObject({
      pair: ['park', 'sector'],
      groups: [{ grain: 'MONTH' }],
    });
    // A dimension both filtered and grouped by counts once.
    expect(summaryPlan({ stage: { eq: 'LEAD' }, park: { id: { eq: park(1) } } }, ['STAGE'], [undefined])).toMatchObject({ pair: ['park', 'stage'] });
  });
});

describe('adding up months and days', () => {
  const row = (keys: (string | null)[], count: number, usd: bigint): GroupRow => ({
    keys,
    count,
    valued: count,
    usdMinor: usd,
    sums: {},
    distinct: {},
    demo: false,
  });

  it('subtracts days, drops groups left empty and keeps the demo mark only while DEMO records remain', () => {
    const merged = mergeRows([
      { rows: [row(['A', 'DEMO'], 3, 300n), row(['A', 'RECORDED'], 1, 50n), row(['B', 'DEMO'], 2, 20n)], sign: 1 },
      { rows: [row(['A', 'DEMO'], 3, 300n), row(['B', 'DEMO'], 2, 20n)], sign: -1 },
      { rows: [row(['C', 'VERIFIED'], 1, 7n)], sign: 1 },
    ]);
    expect(merged).toEqual([
      { ...row(['A'], 1, 50n), demo: false },
      { ...row(['C'], 1, 7n), demo: false },
    ]);
    expect(mergeRows([{ rows: [row([null, 'DEMO'], 2, 0n), row([null, 'VERIFIED'], 1, 5n)], sign: 1 }])).toEqual([
      { ...row([null], 3, 5n), valued: 3, demo: true },
    ]);
  });
});

describe('the statements that keep the summary', () => {
  /** The statements a function runs, in order. */
  async function statements(run: (exec: (sql: string) => Promise<unknown>) => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    await run(async (sql) => seen.push(sql));
    return seen;
  }
  const COUNTED = 'park_id, sector_code, organization_id, stage, announced_on, verification, amount_usd_minor';
  const INSERT = 'insert into investment_summary (a_dim, a_val, b_dim, b_val, month, verification, n, v, t) ';
  /** SQLite's statements with PostgreSQL's month of a date. */
  const pg = (sql: string) => sql.replace(/substr\(([A-Za-z]+\.announced_on), 1, 7\)/g, "to_char($1, 'YYYY-MM')");
  const one = (sql: string, pattern: RegExp) => {
    const m = pattern.exec(sql);
    if (!m) throw new Error(`not matched: ${sql.slice(0, 120)}`);
    return m.slice(1);
  };

  it('SQLite: triggers dropped, the summary added up again from the records per combination, the triggers back', async () => {
    const sql = await statements((exec) => rebuildSummaries(exec, 'sqlite'));
    expect(sql.slice(0, 7)).toEqual([
      'drop trigger if exists investment_summary_insert',
      'drop trigger if exists investment_summary_delete',
      'drop trigger if exists investment_summary_update',
      'drop trigger if exists organization_investment_summary',
      'delete from investment_summary',
      'drop table if exists investment_summary_fine',
      'create temporary table investment_summary_fine as select cast(i.park_id as text) as park, i.sector_code as sector, ' +
        "o.country as country, i.stage as stage, o.kind as kind, coalesce(substr(i.announced_on, 1, 7), '') as month, " +
        'i.verification as verification, 1 * count(*) as n, 1 * count(i.amount_usd_minor) as v, ' +
        '1 * coalesce(sum(i.amount_usd_minor), 0) as t from investment i left join organization o on o.id = i.organization_id ' +
        'group by 1, 2, 3, 4, 5, 6, 7',
    ]);
    // Nothing, each of the five dimensions, each of their ten pairs.
    const combos = sql
      .slice(7, 23)
      .map((s) =>
        one(
          s,
          /^insert into investment_summary \(a_dim, a_val, b_dim, b_val, month, verification, n, v, t\) select '(\w*)', (.+?), '(\w*)', (.+?), month, verification, sum\(n\), sum\(v\), sum\(t\) from investment_summary_fine group by 2, 4, 5, 6$/,
        ),
      );
    expect(combos.map(([a, , b]) => `${a}+${b}`)).toEqual([
      '+',
      'park+',
      'sector+',
      'country+',
      'stage+',
      'kind+',
      'park+sector',
      'park+country',
      'park+stage',
      'park+kind',
      'sector+country',
      'sector+stage',
      'sector+kind',
      'country+stage',
      'country+kind',
      'stage+kind',
    ]);
    for (const [a, av, b, bv] of combos) {
      expect(av).toBe(a ? `coalesce(${a}, '')` : "''");
      expect(bv).toBe(b ? `coalesce(${b}, '')` : "''");
    }
    expect(sql[23]).toBe('drop table investment_summary_fine');
    expect(sql).toHaveLength(28);
    const [added] = one(sql[24], /^create trigger investment_summary_insert after insert on investment begin (.+); end$/);
    const [taken] = one(sql[25], /^create trigger investment_summary_delete after delete on investment begin (.+); end$/);
    expect(sql[26]).toBe(`create trigger investment_summary_update after update of ${COUNTED} on investment begin ${taken}; ${added}; end`);
    const [orgTaken, orgAdded] = one(
      sql[27],
      /^create trigger organization_investment_summary after update of country, kind on organization when OLD.country is not NEW.country or OLD.kind is not NEW.kind begin (.+); (insert .+); end$/,
    );
    // A row's contribution: its keys (the investor's country and kind joined), one record, valued when it has an amount.
    expect(added).toBe(
      INSERT +
        "select c.a_dim, case c.a_dim when 'park' then coalesce(s.park, '') when 'sector' then coalesce(s.sector, '') " +
        "when 'country' then coalesce(s.country, '') when 'stage' then coalesce(s.stage, '') when 'kind' then coalesce(s.kind, '') else '' end, " +
        "c.b_dim, case c.b_dim when 'park' then coalesce(s.park, '') when 'sector' then coalesce(s.sector, '') " +
        "when 'country' then coalesce(s.country, '') when 'stage' then coalesce(s.stage, '') when 'kind' then coalesce(s.kind, '') else '' end, " +
        's.month, s.verification, sum(s.n), sum(s.v), sum(s.t) ' +
        'from (select cast(NEW.park_id as text) as park, NEW.sector_code as sector, o.country as country, NEW.stage as stage, o.kind as kind, ' +
        "coalesce(substr(NEW.announced_on, 1, 7), '') as month, NEW.verification as verification, 1 as n, " +
        '1 * (case when NEW.amount_usd_minor is null then 0 else 1 end) as v, 1 * coalesce(NEW.amount_usd_minor, 0) as t ' +
        'from (select 1 as one) z left join organization o on o.id = NEW.organization_id) s ' +
        "cross join (select '' as a_dim, '' as b_dim union all select 'park' as a_dim, '' as b_dim union all select 'sector' as a_dim, '' as b_dim " +
        "union all select 'country' as a_dim, '' as b_dim union all select 'stage' as a_dim, '' as b_dim union all select 'kind' as a_dim, '' as b_dim " +
        "union all select 'park' as a_dim, 'sector' as b_dim union all select 'park' as a_dim, 'country' as b_dim union all select 'park' as a_dim, 'stage' as b_dim " +
        "union all select 'park' as a_dim, 'kind' as b_dim union all select 'sector' as a_dim, 'country' as b_dim union all select 'sector' as a_dim, 'stage' as b_dim " +
        "union all select 'sector' as a_dim, 'kind' as b_dim union all select 'country' as a_dim, 'stage' as b_dim union all select 'country' as a_dim, 'kind' as b_dim " +
        "union all select 'stage' as a_dim, 'kind' as b_dim) c where true group by 1, 2, 3, 4, 5, 6 " +
        'on conflict (a_dim, a_val, b_dim, b_val, month, verification) do update set ' +
        'n = investment_summary.n + excluded.n, v = investment_summary.v + excluded.v, t = investment_summary.t + excluded.t',
    );
    // The old row taken away: the same with OLD and every figure negative.
    expect(taken).toBe(
      added
        .replaceAll('NEW.', 'OLD.')
        .replace('1 as n, 1 * (case', '-1 as n, -1 * (case')
        .replace('1 * coalesce(OLD.amount_usd_minor', '-1 * coalesce(OLD.amount_usd_minor'),
    );
    // An investor changing country or kind: its investments taken away as they were and added back as they are.
    const investments = (row: string, sign: string) =>
      `select cast(i.park_id as text) as park, i.sector_code as sector, ${row}.country as country, i.stage as stage, ${row}.kind as kind, ` +
      `coalesce(substr(i.announced_on, 1, 7), '') as month, i.verification as verification, ${sign} * count(*) as n, ` +
      `${sign} * count(i.amount_usd_minor) as v, ${sign} * coalesce(sum(i.amount_usd_minor), 0) as t ` +
      `from investment i where i.organization_id = ${row}.id group by 1, 2, 3, 4, 5, 6, 7`;
    const rowsOf = (contribution: string) => one(contribution, /^insert .+? from \((select .+?)\) s cross join /)[0];
    expect(rowsOf(orgTaken)).toBe(investments('OLD', '-1'));
    expect(rowsOf(orgAdded)).toBe(investments('NEW', '1'));
    expect(orgAdded.replace(rowsOf(orgAdded), '')).toBe(added.replace(rowsOf(added), ''));
    expect(orgTaken.replace(rowsOf(orgTaken), '')).toBe(added.replace(rowsOf(added), ''));
    expect(await statements((exec) => suspendSummaries(exec, 'sqlite'))).toEqual(sql.slice(0, 4));
  });

  it('PostgreSQL: the same contributions in a row trigger and an organization trigger, months by to_char', async () => {
    const lite = await statements((exec) => rebuildSummaries(exec, 'sqlite'));
    const sql = await statements((exec) => rebuildSummaries(exec, 'postgresql'));
    const drops = ['drop trigger if exists investment_summary_row on investment', 'drop trigger if exists organization_investment_summary on organization'];
    const [added] = one(lite[24], /begin (.+); end$/);
    const [taken] = one(lite[25], /begin (.+); end$/);
    const [orgTaken, orgAdded] = one(lite[27], /begin (.+); (insert .+); end$/);
    expect(pg(lite[6])).toContain("coalesce(to_char(i.announced_on, 'YYYY-MM'), '') as month");
    expect(pg(added)).toContain("coalesce(to_char(NEW.announced_on, 'YYYY-MM'), '') as month");
    expect(sql).toEqual([
      ...drops,
      'delete from investment_summary',
      'drop table if exists investment_summary_fine',
      pg(lite[6]),
      ...lite.slice(7, 24),
      'create or replace function investment_summary_row() returns trigger language plpgsql as $$ begin ' +
        `if tg_op <> 'INSERT' then ${pg(taken)}; end if; if tg_op <> 'DELETE' then ${pg(added)}; end if; return null; end $$`,
      `create trigger investment_summary_row after insert or delete or update of ${COUNTED} on investment for each row execute function investment_summary_row()`,
      'create or replace function organization_investment_summary() returns trigger language plpgsql as $$ begin ' +
        `${pg(orgTaken)}; ${pg(orgAdded)}; return null; end $$`,
      'create trigger organization_investment_summary after update of country, kind on organization for each row ' +
        'when (OLD.country is distinct from NEW.country or OLD.kind is distinct from NEW.kind) execute function organization_investment_summary()',
    ]);
    expect(await statements((exec) => suspendSummaries(exec, 'postgresql'))).toEqual(drops);
  });

  it('a set-based change: the listed investments taken out as one set, changed with the update trigger off, added back', async () => {
    const lite = await statements((exec) => rebuildSummaries(exec, 'sqlite'));
    const [liteAdded] = one(lite[24], /begin (.+); end$/);
    for (const dialect of ['sqlite', 'postgresql'] as const) {
      const seen: string[] = [];
      await withSummaryDelta(
        async (sql) => seen.push(sql),
        dialect,
        'repriced',
        async () => seen.push('change'),
      );
      const month = dialect === 'sqlite' ? 'substr(i.announced_on, 1, 7)' : "to_char(i.announced_on, 'YYYY-MM')";
      const listed = (sign: string) =>
        `select cast(i.park_id as text) as park, i.sector_code as sector, o.country as country, i.stage as stage, o.kind as kind, ` +
        `coalesce(${month}, '') as month, i.verification as verification, ${sign} * count(*) as n, ` +
        `${sign} * count(i.amount_usd_minor) as v, ${sign} * coalesce(sum(i.amount_usd_minor), 0) as t ` +
        'from investment i join repriced d on d.id = i.id left join organization o on o.id = i.organization_id group by 1, 2, 3, 4, 5, 6, 7';
      const added = dialect === 'sqlite' ? liteAdded : pg(liteAdded);
      const rowsOf = (contribution: string) => one(contribution, /^insert .+? from \((select .+?)\) s cross join /)[0];
      expect(seen).toHaveLength(5);
      expect(seen[0]).toBe(
        dialect === 'sqlite' ? 'drop trigger if exists investment_summary_update' : 'alter table investment disable trigger investment_summary_row',
      );
      expect(seen[1]).toBe(added.replace(rowsOf(added), listed('-1')));
      expect(seen[2]).toBe('change');
      expect(seen[3]).toBe(added.replace(rowsOf(added), listed('1')));
      expect(seen[4]).toBe(dialect === 'sqlite' ? lite[26] : 'alter table investment enable trigger investment_summary_row');
    }
  });
});
