import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/global-id.js';
import { checkImport } from '../../server/src/modules/imports/import-check.js';
import type { ImportFile, ImportKind, ImportRow, ImportValue } from '../../server/src/modules/imports/import-types.js';
import { writeImport, type ImportActor } from '../../server/src/modules/imports/import-writer.js';
import { readDataVersion } from '../../server/src/db/data-version.js';
import type { EntityManager } from '@mikro-orm/knex';
import { rebuildSummaries } from '../../server/src/modules/stats/summary.js';
import { fixedClock } from '../../server/src/clock.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main as importCli } from '../../scripts/import-cli.js';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';
import { ImportJobs, jobJson, type JobJson } from '../../server/src/modules/imports/import-jobs.js';
import { ImportJob, type ImportJobState } from '../../server/src/modules/imports/import-job.entity.js';

// Importing a file's rows (issue 23), on both dialects: the check names every bad row and column and writes nothing;
// a valid file is written once, as one change; the same file again changes nothing; an edited row updates only that
// row; a record edited in the app since its export is a conflict.

const ACTOR: ImportActor = { key: 'officer:1', name: 'Import Tester' };

type Values = Record<string, ImportValue>;

/** The summary's non-empty rows, as text. */
async function summaryRows(em: EntityManager): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(
      'select a_dim, a_val, b_dim, b_val, month, verification, n, v, t from investment_summary where n <> 0 or v <> 0 or t <> 0 order by 1, 2, 3, 4, 5, 6',
      [],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => Object.values(r).map(String).join('|'));
}

/** A file as the reader hands it over: the columns are the keys of the first row. */
export function fileOf(kind: ImportKind, rows: Values[], parties?: Values[]): ImportFile {
  const sheet = (name: string, list: Values[]) => {
    const columns = [...new Set(list.flatMap((r) => Object.keys(r)))];
    return {
      name,
      columns,
      headers: Object.fromEntries(columns.map((c) => [c, c])),
      rows: list.map((values, i): ImportRow => ({ line: i + 2, values })),
    };
  };
  return { kind, format: 'xlsx', lang: 'en', records: sheet('Records', rows), ...(parties ? { parties: sheet('Parties', parties) } : {}) };
}

describe.each(DIALECTS)('import (%s)', (dialect) => {
  let server: TestServer;
  let park: { id: number; nameEn: string; slug: string };
  let org: { id: number; nameEn: string };
  let job = 0;

  const sql = async (query: string) => server.em().getConnection().execute<Record<string, unknown>[]>(query);
  /** Row counts and version sums of the tables an import writes, the audit rows and the change feed: any write shows. */
  async function fingerprint() {
    const out: Record<string, string> = {};
    for (const t of ['investment', 'deal', 'deal_party', 'organization', 'organization_sector', 'tenancy', 'audit_entry', 'change_log', 'investment_summary']) {
      const versioned = ['investment', 'deal', 'organization', 'tenancy'].includes(t);
      const [r] = await sql(`select count(*) as n${versioned ? ', sum(version) as v' : ''} from ${t}`);
      out[t] = JSON.stringify([r.n, r.v ?? null]);
    }
    return out;
  }
  const run = async (file: ImportFile) => {
    const em = server.em();
    const plan = await checkImport(em, file);
    if (plan.problems.length) return { plan, written: null };
    const written = await writeImport(server.em(), plan, {
      actor: ACTOR,
      requestId: 'test',
      clock: fixedClock('2026-11-24'),
      job: { id: ++job, fileName: 'test.xlsx' },
    });
    return { plan, written };
  };

  beforeAll(async () => {
    server = await createTestServer(dialect);
    const [p] = await sql('select id, name_en, slug from park order by id limit 1');
    park = { id: Number(p.id), nameEn: String(p.name_en), slug: String(p.slug) };
    const [o] = await sql(
      `select id, name_en from organization where name_en not in (select name_en from organization group by name_en having count(*) > 1) order by id limit 1`,
    );
    org = { id: Number(o.id), nameEn: String(o.name_en) };
  }, 120_000);
  afterAll(async () => server?.close());

  const investments = (n: number, edit: (i: number) => Values = () => ({})): Values[] =>
    Array.from({ length: n }, (_, i) => ({
      reference: `imp-${dialect}-${i}`,
      organization: org.nameEn,
      park: park.nameEn,
      sector: 'Logistics',
      stage: 'Signed',
      amount: 1000 + i,
      amountCurrency: 'USD',
      announcedOn: '2025-03-01',
      expectedJobs: 10,
      ...edit(i),
    }));

  it('refuses a file with bad rows, naming each row and column, and writes nothing', async () => {
    const before = await fingerprint();
    const { plan, written } = await run(
      fileOf(
        'investments',
        investments(4, (i): Values =>
          i === 1
            ? { park: 'Nowhere Park', amount: -5, announcedOn: '2025-02-30' }
            : i === 2
              ? { amountCurrency: 'XYZ', stage: 'Dreaming', sector: 'Basket weaving' }
              : i === 3
                ? { reference: `imp-${dialect}-0`, expectedJobs: 'many', organization: 'No Such Company' }
                : {},
        ),
      ),
    );
    expect(written).toBeNull();
    const got = plan.problems.map((p) => `${p.line}:${p.column}:${p.code}`).sort();
    expect(got).toEqual(
      [
        '3:park:UNKNOWN_PARK',
        '3:amount:NEGATIVE',
        '3:announcedOn:INVALID_DATE',
        '4:amountCurrency:UNKNOWN_CURRENCY',
        '4:stage:INVALID_VALUE',
        '4:sector:UNKNOWN_SECTOR',
        '5:reference:DUPLICATE_REFERENCE',
        '5:expectedJobs:INVALID_NUMBER',
        '5:organization:UNKNOWN_ORGANIZATION',
      ].sort(),
    );
    expect(await fingerprint()).toEqual(before);
  });

  it('imports a valid file as one change, and the same file again changes nothing', async () => {
    const file = fileOf('investments', investments(30));
    const beforeVersion = await readDataVersion(server.em());
    const { plan, written } = await run(file);
    expect(plan.problems).toEqual([]);
    expect(written).toEqual({ created: 30, updated: 0, unchanged: 0 });
    const rows = await sql(
      `select verification, recorded_by, amount_usd_minor, organization_id, park_id, sector_code, stage from investment where external_key like 'imp-${dialect}-%' order by id`,
    );
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatchObject({ verification: 'RECORDED', recorded_by: ACTOR.name, sector_code: 'LOGISTICS', stage: 'SIGNED' });
    expect(String(rows[0].amount_usd_minor)).toBe('100000');
    // One audit row per record and one for the import; one change-feed row per record.
    const [audits] = await sql(`select count(*) as n from audit_entry where actor_name = '${ACTOR.name}'`);
    expect(Number(audits.n)).toBe(31);
    const afterVersion = await readDataVersion(server.em());
    expect(afterVersion).not.toBe(beforeVersion);

    const first = await fingerprint();
    const again = await run(file);
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 30 });
    expect(await fingerprint()).toEqual(first);
    expect(await readDataVersion(server.em())).toBe(afterVersion);
  });

  it('updates exactly the rows that changed', async () => {
    const rows = investments(30, (i): Values => (i === 7 ? { stage: 'Operating', amount: 9999 } : {}));
    const before = await sql(`select external_key, version from investment where external_key like 'imp-${dialect}-%' order by external_key`);
    const { written } = await run(fileOf('investments', rows));
    expect(written).toEqual({ created: 0, updated: 1, unchanged: 29 });
    const after = await sql(`select external_key, version, stage from investment where external_key like 'imp-${dialect}-%' order by external_key`);
    const changed = after.filter((r, i) => Number(r.version) !== Number(before[i].version)).map((r) => r.external_key);
    expect(changed).toEqual([`imp-${dialect}-7`]);
  });

  it('reports a record edited since its export as a conflict and writes nothing', async () => {
    const [r] = await sql(`select id, version from investment where external_key = 'imp-${dialect}-3'`);
    await sql(`update investment set expected_jobs = 77, version = version + 1 where id = ${Number(r.id)}`);
    const before = await fingerprint();
    const file = fileOf('investments', [
      {
        id: toGlobalId('Investment', Number(r.id)),
        reference: `imp-${dialect}-3`,
        version: Number(r.version),
        park: park.slug,
        sector: 'LOGISTICS',
        stage: 'LEAD',
      },
      { reference: `imp-${dialect}-new`, park: park.slug, sector: 'LOGISTICS', stage: 'LEAD' },
    ]);
    const { plan, written } = await run(file);
    expect(written).toBeNull();
    expect(plan.problems.map((p) => `${p.line}:${p.column}:${p.code}`)).toEqual(['2:version:CONFLICT']);
    expect(await fingerprint()).toEqual(before);
  });

  it('keeps the statistics summary equal to one computed again from the investments, its triggers back on', async () => {
    // The imports above created, updated and (the conflict) rolled back investments; a plain write afterwards still
    // moves the summary through its triggers.
    await sql(`update investment set stage = 'OPERATING' where external_key = 'imp-${dialect}-11'`);
    const kept = await summaryRows(server.em());
    let rebuilt: string[] = [];
    await server
      .em()
      .transactional(async (tx) => {
        const ctx: unknown = tx.getTransactionContext();
        await rebuildSummaries((q) => tx.getConnection().execute(q, [], 'run', ctx), dialect);
        rebuilt = await summaryRows(tx);
        throw new Error('rollback');
      })
      .catch((err: unknown) => {
        if (!(err instanceof Error) || err.message !== 'rollback') throw err;
      });
    expect(rebuilt.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  });

  it('imports deals with their parties, and again changes nothing', async () => {
    const deals = [1, 2].map((i) => ({
      reference: `deal-${dialect}-${i}`,
      kind: 'Memorandum of understanding',
      titleZh: `备忘录${i}`,
      titleEn: `Memorandum ${i}`,
      signedOn: '2025-05-0' + i,
      park: park.slug,
      value: 5000,
      valueCurrency: 'CNY',
    }));
    const parties = [1, 2].map((i) => ({ deal: `deal-${dialect}-${i}`, organization: org.nameEn, role: 'Investor' }));
    const { plan, written } = await run(fileOf('deals', deals, parties));
    expect(plan.problems).toEqual([]);
    expect(written).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const [p] = await sql(`select count(*) as n from deal_party dp join deal d on d.id = dp.deal_id where d.external_key like 'deal-${dialect}-%'`);
    expect(Number(p.n)).toBe(2);
    // Each deal keeps the count of its named parties that the statistics add up.
    const counts = await sql(`select named_party_count as n from deal where external_key like 'deal-${dialect}-%'`);
    expect(counts.map((c) => Number(c.n))).toEqual([1, 1]);
    const first = await fingerprint();
    expect((await run(fileOf('deals', deals, parties))).written).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await fingerprint()).toEqual(first);
    // A new deal without parties is refused.
    const lone = await run(fileOf('deals', [{ ...deals[0], reference: `deal-${dialect}-lone` }], []));
    expect(lone.plan.problems.map((p) => `${p.line}:${p.column}:${p.code}`)).toEqual(['2:null:REQUIRED']);
  });

  describe('organizations and tenancies', () => {
    const organizations = (edit: (i: number) => Values = () => ({})): Values[] =>
      [
        {
          nameZh: `导入机构甲${dialect}`,
          nameEn: `Import Org A ${dialect}`,
          nameRu: `Импорт А ${dialect}`,
          kind: 'Company',
          country: 'CN',
          sectors: 'Logistics; NEW_ENERGY',
        },
        { nameZh: `导入机构乙${dialect}`, nameEn: `Import Org B ${dialect}`, nameRu: null, kind: '国有企业', country: 'Germany', sectors: null },
        {
          nameZh: `导入机构丙${dialect}`,
          nameEn: `Import Org C ${dialect}`,
          nameRu: null,
          kind: 'RESEARCH_INSTITUTE',
          country: 'Россия',
          sectors: 'logistics',
        },
      ].map((r, i) => ({ reference: `org-${dialect}-${i}`, website: 'https://example.org', descriptionEn: null, ...r, ...edit(i) }));
    const tenancies = (edit: (i: number) => Values = () => ({})): Values[] =>
      [
        // By the imported organization's reference, and by another's exact English name; parks by code and name.
        { organization: `org-${dialect}-0`, park: park.slug, status: 'Moved in', signedOn: '2025-01-10', movedInOn: '2025-03-01', leasedAreaM2: 1200.5 },
        { organization: org.nameEn, park: park.nameEn, status: '已签约', signedOn: '2025-06-01', movedInOn: null, leasedAreaM2: null },
      ].map((r, i) => ({ reference: `ten-${dialect}-${i}`, exitedOn: null, ...r, ...edit(i) }));
    const problemsOf = (plan: { problems: { line: number; column: string | null; code: string }[] }) =>
      plan.problems.map((p) => `${p.line}:${p.column}:${p.code}`).sort();

    it('imports organizations with their sectors, country, kind and translation marks, audited; again changes nothing', async () => {
      const [a0] = await sql(`select count(*) as n from audit_entry where actor_name = '${ACTOR.name}'`);
      const { plan, written } = await run(fileOf('organizations', organizations()));
      expect(plan.problems).toEqual([]);
      expect(written).toEqual({ created: 3, updated: 0, unchanged: 0 });
      const rows = await sql(
        `select id, external_key, kind, country, verification, recorded_by, name_ru, name_ru_by from organization where external_key like 'org-${dialect}-%' order by external_key`,
      );
      expect(rows.map((r) => [r.external_key, r.kind, r.country, r.verification, r.recorded_by, r.name_ru_by])).toEqual([
        [`org-${dialect}-0`, 'COMPANY', 'CN', 'RECORDED', ACTOR.name, ACTOR.name],
        [`org-${dialect}-1`, 'STATE_OWNED_ENTERPRISE', 'DE', 'RECORDED', ACTOR.name, null],
        [`org-${dialect}-2`, 'RESEARCH_INSTITUTE', 'RU', 'RECORDED', ACTOR.name, null],
      ]);
      const sectorsOf = async (id: unknown) =>
        (await sql(`select sector_code from organization_sector where organization_id = ${Number(id)} order by sector_code`)).map((r) => r.sector_code);
      expect(await sectorsOf(rows[0].id)).toEqual(['LOGISTICS', 'NEW_ENERGY']);
      expect(await sectorsOf(rows[1].id)).toEqual([]);
      expect(await sectorsOf(rows[2].id)).toEqual(['LOGISTICS']);
      // One audit row per organization (its sectors in the snapshot, as the mutations write them) and one for the import.
      const audits = (await sql(`select record_type, record_id, after from audit_entry where actor_name = '${ACTOR.name}' order by id desc limit 4`)).reverse();
      expect(audits.map((a) => a.record_type)).toEqual(['Organization', 'Organization', 'Organization', 'Import']);
      const [a1] = await sql(`select count(*) as n from audit_entry where actor_name = '${ACTOR.name}'`);
      expect(Number(a1.n) - Number(a0.n)).toBe(4);
      const after = (a: Record<string, unknown>) => (typeof a.after === 'string' ? JSON.parse(a.after) : a.after) as Record<string, unknown>;
      expect(after(audits[0])).toMatchObject({ nameEn: `Import Org A ${dialect}`, sectors: ['LOGISTICS', 'NEW_ENERGY'] });

      const first = await fingerprint();
      const version = await readDataVersion(server.em());
      expect((await run(fileOf('organizations', organizations()))).written).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect(await fingerprint()).toEqual(first);
      expect(await readDataVersion(server.em())).toBe(version);

      // Only the sectors of one row changed: that organization alone is updated (its version steps).
      const edited = await run(
        fileOf(
          'organizations',
          organizations((i): Values => (i === 1 ? { sectors: 'Finance;Logistics' } : {})),
        ),
      );
      expect(edited.written).toEqual({ created: 0, updated: 1, unchanged: 2 });
      expect(await sectorsOf(rows[1].id)).toEqual(['FINANCE', 'LOGISTICS']);
      const versions = await sql(`select version from organization where external_key like 'org-${dialect}-%' order by external_key`);
      expect(versions.map((v) => Number(v.version))).toEqual([1, 2, 1]);
    });

    it('imports tenancies naming organizations by reference and by exact name; again changes nothing', async () => {
      const { plan, written } = await run(fileOf('tenancies', tenancies()));
      expect(plan.problems).toEqual([]);
      expect(written).toEqual({ created: 2, updated: 0, unchanged: 0 });
      const rows = await sql(
        `select t.external_key, o.external_key as org_key, t.organization_id, t.park_id, t.status, t.signed_on, t.moved_in_on, t.leased_area_m2, t.verification
           from tenancy t join organization o on o.id = t.organization_id where t.external_key like 'ten-${dialect}-%' order by t.external_key`,
      );
      expect(rows.map((r) => [r.org_key, Number(r.park_id), r.status, r.verification, r.leased_area_m2 === null ? null : Number(r.leased_area_m2)])).toEqual([
        [`org-${dialect}-0`, park.id, 'MOVED_IN', 'RECORDED', 1200.5],
        [expect.anything(), park.id, 'SIGNED', 'RECORDED', null],
      ]);
      expect(Number(rows[1].organization_id)).toBe(org.id);
      const first = await fingerprint();
      expect((await run(fileOf('tenancies', tenancies()))).written).toEqual({ created: 0, updated: 0, unchanged: 2 });
      expect(await fingerprint()).toEqual(first);
      // An edited row: only that tenancy changes.
      const edited = await run(
        fileOf(
          'tenancies',
          tenancies((i): Values => (i === 1 ? { status: 'Left', exitedOn: '2026-01-31' } : {})),
        ),
      );
      expect(edited.written).toEqual({ created: 0, updated: 1, unchanged: 1 });
    });

    it('refuses bad rows (unknown country, kind, sector, park or organization; dates out of order; a moved tenancy) and writes nothing', async () => {
      const before = await fingerprint();
      const orgs = await run(
        fileOf(
          'organizations',
          organizations((i): Values =>
            i === 0
              ? { reference: `org-${dialect}-new`, country: 'Atlantis', kind: 'Pirate ship' }
              : i === 2
                ? { sectors: 'Logistics; Basket weaving', website: 'example', nameEn: null }
                : {},
          ),
        ),
      );
      expect(orgs.written).toBeNull();
      expect(problemsOf(orgs.plan)).toEqual([
        '2:country:INVALID_VALUE',
        '2:kind:INVALID_VALUE',
        '4:nameEn:REQUIRED',
        '4:sectors:UNKNOWN_SECTOR',
        '4:website:INVALID_VALUE',
      ]);
      const tens = await run(
        fileOf('tenancies', [
          ...tenancies((i): Values => (i === 0 ? { park: 'Nowhere Park', movedInOn: '2024-12-31' } : { organization: 'No Such Company', status: 'Dreaming' })),
          {
            reference: `ten-${dialect}-new`,
            organization: `org-${dialect}-1`,
            park: park.slug,
            status: 'Left',
            signedOn: '2025-01-01',
            exitedOn: '2024-06-30',
          },
        ]),
      );
      expect(tens.written).toBeNull();
      expect(problemsOf(tens.plan)).toEqual(
        ['2:park:UNKNOWN_PARK', '2:movedInOn:DATE_ORDER', '3:organization:UNKNOWN_ORGANIZATION', '3:status:INVALID_VALUE', '4:exitedOn:DATE_ORDER'].sort(),
      );
      // An update cannot move a tenancy to another tenant (as the tenancy mutations).
      const moved = await run(
        fileOf(
          'tenancies',
          tenancies((i): Values => (i === 0 ? { organization: `org-${dialect}-2` } : {})),
        ),
      );
      expect(problemsOf(moved.plan)).toEqual(['2:organization:INVALID_VALUE']);
      expect(await fingerprint()).toEqual(before);
    });

    it('reports an organization or a tenancy edited since its export as a conflict and writes nothing', async () => {
      for (const [kind, table, ref, rows] of [
        ['organizations', 'organization', `org-${dialect}-0`, organizations()],
        ['tenancies', 'tenancy', `ten-${dialect}-0`, tenancies()],
      ] as const) {
        const [r] = await sql(`select id, version from ${table} where external_key = '${ref}'`);
        await sql(`update ${table} set version = version + 1 where id = ${Number(r.id)}`);
        const before = await fingerprint();
        const type = kind === 'organizations' ? 'Organization' : 'Tenancy';
        const file = fileOf(kind, [{ id: toGlobalId(type, Number(r.id)), version: Number(r.version), ...rows[0] }, ...rows.slice(1)]);
        const { plan, written } = await run(file);
        expect(written).toBeNull();
        expect(problemsOf(plan)).toEqual(['2:version:CONFLICT']);
        expect(await fingerprint()).toEqual(before);
      }
    });
  });

  describe('over HTTP', () => {
    let token: string;
    beforeAll(async () => {
      ({ token } = await signedIn(server));
    });

    const csvOf = (rows: Values[]) => {
      const columns = Object.keys(rows[0]);
      const cell = (v: ImportValue) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
      return Buffer.from(`\uFEFF${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(','))].join('\r\n')}\r\n`);
    };
    const xlsxOf = async (rows: Values[]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Investments');
      const columns = Object.keys(rows[0]);
      sheet.addRow(columns);
      for (const r of rows) sheet.addRow(columns.map((c) => r[c] ?? null));
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    /** Uploads a file and polls its job to the end. */
    async function upload(kind: string, bytes: Buffer, fileName: string, { dryRun = false, as = token } = {}): Promise<JobJson> {
      const res = await fetch(`${server.url}/import/${kind}?fileName=${encodeURIComponent(fileName)}${dryRun ? '&dryRun=1' : ''}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${as}`, 'content-type': 'application/octet-stream' },
        body: bytes,
      });
      expect(res.status, await res.clone().text()).toBe(202);
      let { job } = (await res.json()) as { job: JobJson };
      for (let i = 0; i < 600 && (job.state === 'CHECKING' || job.state === 'WRITING'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        ({ job } = (await (await fetch(`${server.url}/import/jobs/${job.id}`, { headers: { authorization: `Bearer ${as}` } })).json()) as { job: JobJson });
      }
      return job;
    }
    const rows = (prefix: string, n: number): Values[] =>
      investments(n).map((r, i) => ({ ...r, reference: `${prefix}-${i}`, amount: 250.5 + i, amountCurrency: 'EUR' }));

    it('imports an XLSX file and a CSV of the same data alike; the rows are visible through GraphQL', async () => {
      const data = rows(`web-${dialect}`, 12);
      const [xlsx, csv] = [await xlsxOf(data), csvOf(data)];
      const dryX = await upload('investments', xlsx, 'a.xlsx', { dryRun: true });
      const dryC = await upload('investments', csv, 'a.csv', { dryRun: true });
      expect(dryX).toMatchObject({ state: 'DONE', dryRun: true, rows: 12, written: { created: 12, updated: 0, unchanged: 0 }, problemCount: 0 });
      expect(dryC.written).toEqual(dryX.written);
      const done = await upload('investments', xlsx, 'a.xlsx');
      expect(done).toMatchObject({ state: 'DONE', written: { created: 12, updated: 0, unchanged: 0 } });
      const again = await upload('investments', csv, 'a.csv');
      expect(again).toMatchObject({ state: 'DONE', written: { created: 0, updated: 0, unchanged: 12 } });
      const [r] = await sql(`select id from investment where external_key = 'web-${dialect}-3'`);
      const res = await server.gql<{ node: { stage: string; amount: { amount: string; currency: string } } }>(
        `query ($id: ID!) { node(id: $id) { ... on Investment { stage amount { amount currency } } } }`,
        { id: toGlobalId('Investment', Number(r.id)) },
      );
      expect(res.data?.node).toEqual({ stage: 'SIGNED', amount: { amount: '253.5', currency: 'EUR' } });
    });

    it('refuses a file with a bad row and reports it by row and column, also as a CSV in the asked language', async () => {
      const data = rows(`bad-${dialect}`, 3);
      data[1] = { ...data[1], park: 'Atlantis' };
      const before = await fingerprint();
      const job = await upload('investments', await xlsxOf(data), 'bad.xlsx');
      expect(job).toMatchObject({ state: 'REFUSED', problemCount: 1, fileError: null });
      expect(job.problems[0]).toMatchObject({ line: 3, column: 'park', header: 'park', code: 'UNKNOWN_PARK' });
      expect(await fingerprint()).toEqual(before);
      const report = await fetch(`${server.url}/import/jobs/${job.id}/report.csv?lang=zh`, { headers: { authorization: `Bearer ${token}` } });
      expect(report.status).toBe(200);
      const text = Buffer.from(await report.arrayBuffer()).toString('utf8');
      expect(text.startsWith('\uFEFF工作表,行,列,代码,问题')).toBe(true);
      expect(text).toContain(',3,park,UNKNOWN_PARK,');
      const notSheet = await upload('investments', Buffer.from('%PDF-1.4 not a sheet\u0000'), 'x.pdf');
      expect(notSheet).toMatchObject({ state: 'REFUSED', fileError: { code: 'NOT_A_SPREADSHEET' } });
    });

    it('re-imports an export unchanged (investments and deals)', async () => {
      expect((await upload('investments', csvOf(rows(`exp-${dialect}`, 5)), 'seed.csv')).state).toBe('DONE');
      for (const [kind, lang] of [
        ['investments', 'zh'],
        ['deals', 'ru'],
      ]) {
        const res = await fetch(`${server.url}/export/${kind}.xlsx?lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status).toBe(200);
        const before = await fingerprint();
        const job = await upload(kind, Buffer.from(await res.arrayBuffer()), `${kind}.xlsx`);
        expect([job.problems.slice(0, 3), job.fileError]).toEqual([[], null]);
        expect(job).toMatchObject({ state: 'DONE', written: { created: 0, updated: 0 } });
        expect(job.written.unchanged).toBeGreaterThan(0);
        expect(await fingerprint()).toEqual(before);
      }
    });

    it('accepts organizations and tenancies files', async () => {
      const orgs = [
        { reference: `web-org-${dialect}`, nameZh: `网络机构${dialect}`, nameEn: `Web Org ${dialect}`, kind: 'Alliance', country: 'KZ', sectors: 'Trade' },
      ];
      expect(await upload('organizations', csvOf(orgs), 'orgs.csv')).toMatchObject({ state: 'DONE', written: { created: 1, updated: 0, unchanged: 0 } });
      const ten = [{ reference: `web-ten-${dialect}`, organization: `Web Org ${dialect}`, park: park.slug, status: 'SIGNED', signedOn: '2025-02-01' }];
      expect(await upload('tenancies', await xlsxOf(ten), 'ten.xlsx', { dryRun: true })).toMatchObject({ state: 'DONE', written: { created: 1 } });
    });

    it('is for signed-in officers only, and refuses a file over the limit', async () => {
      const post = (as?: string, body: Buffer = Buffer.from('x')) =>
        fetch(`${server.url}/import/investments`, { method: 'POST', headers: as ? { authorization: `Bearer ${as}` } : {}, body });
      expect((await post()).status).toBe(401);
      const admin = await signedIn(server, 'ADMIN');
      const key = await apiKey(server, admin.token, 'OFFICER');
      const refused = await post(key);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) as string } });
      expect((await fetch(`${server.url}/import/jobs/1`)).status).toBe(401);
      const big = await post(token, Buffer.alloc(21 * 1024 * 1024, 0x41));
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: { code: string } }).error.code).toBe('TOO_LARGE');
      expect((await fetch(`${server.url}/import/jobs/999999`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    });
  });

  it('imports 2,000 rows with memory bounded by a batch', async () => {
    const file = fileOf(
      'investments',
      investments(2000, (i) => ({ reference: `big-${dialect}-${i}` })),
    );
    const heap = () => process.memoryUsage().heapUsed;
    const start = heap();
    let peak = start;
    const sample = () => void (peak = Math.max(peak, heap()));
    const plan = await checkImport(server.em(), file, sample);
    expect(plan.problems).toEqual([]);
    const written = await writeImport(server.em(), plan, {
      actor: ACTOR,
      requestId: 'test',
      clock: fixedClock('2026-11-24'),
      job: { id: ++job, fileName: 'big.xlsx' },
      progress: sample,
    });
    expect(written).toEqual({ created: 2000, updated: 0, unchanged: 0 });
    // The plan and one batch of records at a time: far below what 2,000 managed entities with their audit rows cost.
    const growthMb = (peak - start) / 1024 / 1024;
    if (process.env.LOG_IMPORT_MEMORY) console.log(`2,000-row import (${dialect}): heap grew ${growthMb.toFixed(1)} MB at its peak`);
    expect(growthMb).toBeLessThan(150);
    const [n] = await sql(`select count(*) as n from investment where external_key like 'big-${dialect}-%'`);
    expect(Number(n.n)).toBe(2000);
  });

  it('the command line exits 0 on a good file and 1 on a bad one, writing nothing then', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const good = join(dir, 'good.csv');
    const bad = join(dir, 'bad.csv');
    const csv = (list: Values[]) => {
      const columns = Object.keys(list[0]);
      return [columns.join(','), ...list.map((r) => columns.map((c) => String(r[c] ?? '')).join(','))].join('\n');
    };
    await writeFile(good, csv(investments(3, (i) => ({ reference: `cli-${dialect}-${i}` }))));
    await writeFile(bad, csv(investments(3, (i) => ({ reference: `cli-bad-${dialect}-${i}`, amount: i === 2 ? -1 : 5 }))));
    const io = () => {
      const text = { out: '', err: '' };
      return { text, io: { out: { write: (s: string) => (text.out += s) }, err: { write: (s: string) => (text.err += s) }, orm: server.orm } };
    };
    const before = await fingerprint();
    const refused = io();
    expect(await importCli([bad, '--kind', 'investments'], refused.io)).toBe(1);
    expect(refused.text.err).toContain('row 4, column "amount": NEGATIVE');
    expect(await fingerprint()).toEqual(before);
    const dry = io();
    expect(await importCli([good, '--kind', 'investments', '--dry-run'], dry.io)).toBe(0);
    expect(await fingerprint()).toEqual(before);
    const done = io();
    expect(await importCli([good, '--kind=investments'], done.io)).toBe(0);
    expect(done.text.out).toContain('Imported: created 3, updated 0, unchanged 0 of 3 rows');
    expect(await importCli([good], io().io)).toBe(2);
    const orgs = join(dir, 'orgs.csv');
    await writeFile(orgs, csv([{ reference: `cli-org-${dialect}`, nameZh: '命令行机构', nameEn: `CLI Org ${dialect}`, kind: 'Company' }]));
    const orgRun = io();
    expect(await importCli([orgs, '--kind', 'organizations', '--dry-run'], orgRun.io)).toBe(0);
  });

  it('marks jobs a stopped server left running FAILED at start-up (on PostgreSQL, only those older than other processes could be running)', async () => {
    const em = server.em();
    const now = Date.now();
    const job = (state: ImportJobState, hoursAgo: number) =>
      em.create(ImportJob, {
        kind: 'investments',
        fileName: `${state}-${hoursAgo}.csv`,
        actor: 'officer:1',
        actorName: 'Wang',
        dryRun: false,
        state,
        problems: null,
        fileError: null,
        content: null,
        createdAt: new Date(now - hoursAgo * 3600_000),
      });
    const [writing, oldChecking, done] = [job('WRITING', 0), job('CHECKING', 7), job('DONE', 7)];
    await em.flush();
    const marked = await new ImportJobs(server.orm, fixedClock('2026-06-01'), undefined).failInterrupted(dialect);
    const states = async () => {
      const fresh = server.em();
      return Promise.all([writing, oldChecking, done].map(async (j) => (await fresh.findOneOrFail(ImportJob, { id: j.id })).state));
    };
    if (dialect === 'sqlite') {
      // One process per SQLite database: whatever was running at start-up was interrupted.
      expect([marked, ...(await states())]).toEqual([2, 'FAILED', 'FAILED', 'DONE']);
    } else {
      expect([marked, ...(await states())]).toEqual([1, 'WRITING', 'FAILED', 'DONE']);
    }
    const failed = await server.em().findOneOrFail(ImportJob, { id: oldChecking.id });
    expect(jobJson(failed).fileError?.code).toBe('INTERRUPTED');
  });
});
