import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEAL_EXPORT } from '../deals/deal.export.js';
import { INVESTMENT_EXPORT } from '../investments/investment.export.js';
import { EXPORT_LANGS, type ExportLang } from '../common/filter-sentences.js';
import { dateCell, moneyCell, type Cell } from '../common/spreadsheet-cells.js';
import { writeCsv, writeXlsx } from '../common/spreadsheet-writer.js';
import { checkUnzippedSize, readImportFile } from './import-file.js';
import { ImportFileError, type ImportFile, type ImportKind } from './import-types.js';

/** An XLSX built from rows of cells (first row the header); `edit` changes the sheet before it is written. */
async function xlsx(sheets: Record<string, unknown[][]>, edit?: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  edit?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csv = (rows: (string | number | null)[][], sep = ',') => rows.map((r) => r.map((c) => (c == null ? '' : String(c))).join(sep)).join('\r\n') + '\r\n';

/** The file error a read throws (its code and where), or a failure when it reads. */
async function refusal(bytes: Buffer, name: string, kind: ImportKind = 'investments', limits = {}) {
  try {
    await readImportFile(bytes, name, kind, limits);
  } catch (e) {
    if (e instanceof ImportFileError) return { code: e.code, message: e.message, where: e.where };
    throw e;
  }
  throw new Error('read without an error');
}

const HEADER = ['Reference', 'Investor', 'Park', 'Sector', 'Stage', 'Amount', 'Amount currency', 'Announced on', 'Expected jobs'];
const ROWS = [
  ['INV-1', 'Example Co.', 'SCO Energy Valley', 'LOGISTICS', 'Signed', 1500.25, 'CNY', '2025-06-30', 120],
  ['INV-2', '示例公司', '上合能谷', '物流', '意向', null, null, null, null],
];

/** Every value as text, so XLSX numbers and CSV's numeric text compare (the check parses both alike). */
const asText = (file: ImportFile) =>
  file.records.rows.map((r) => ({ line: r.line, values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v == null ? v : String(v)])) }));

describe('reading an import file', () => {
  it('reads an XLSX and a CSV of the same data to the same rows, keyed by column, with the lines a spreadsheet shows', async () => {
    const book = await readImportFile(
      await xlsx({ Investments: [HEADER, ...ROWS] }, (b) => {
        b.worksheets[0].getCell('H2').value = new Date(Date.UTC(2025, 5, 30));
        b.worksheets[0].getCell('H2').numFmt = 'yyyy-mm-dd';
      }),
      'investments.xlsx',
      'investments',
    );
    expect(book.format).toBe('xlsx');
    expect(book.lang).toBe('en');
    expect(book.records.columns).toEqual(['reference', 'organization', 'park', 'sector', 'stage', 'amount', 'amountCurrency', 'announcedOn', 'expectedJobs']);
    expect(book.records.headers.amountCurrency).toBe('Amount currency');
    expect(book.records.rows[0]).toEqual({
      line: 2,
      values: {
        reference: 'INV-1',
        organization: 'Example Co.',
        park: 'SCO Energy Valley',
        sector: 'LOGISTICS',
        stage: 'Signed',
        amount: 1500.25,
        amountCurrency: 'CNY',
        announcedOn: '2025-06-30',
        expectedJobs: 120,
      },
    });
    const text = await readImportFile(Buffer.from(csv([HEADER, ...ROWS])), 'investments.csv', 'investments');
    expect(text.format).toBe('csv');
    expect(text.records.rows[0].values.amount).toBe('1500.25'); // CSV numbers stay text: the check parses them
    expect(asText(text)).toEqual(asText(book));
  });

  it('reads CSV with or without a BOM, separated by commas, semicolons or tabs, and Chinese Excel’s GB18030', async () => {
    const zh = [
      ['编号', '投资方', '园区', '产业', '阶段', '金额', '金额币种', '公布日期'],
      ['INV-9', '示例科技有限公司', '上合能谷', '物流', '已签约', '2000', 'CNY', '2025/6/3'],
    ];
    const plain = await readImportFile(Buffer.from(csv(zh)), 'a.csv', 'investments');
    expect(plain.lang).toBe('zh');
    expect(plain.records.rows[0].values).toMatchObject({ reference: 'INV-9', organization: '示例科技有限公司', stage: '已签约', announcedOn: '2025-06-03' });
    const bom = await readImportFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(zh))]), 'a.csv', 'investments');
    const gb = await readImportFile(iconv.encode(csv(zh), 'gb18030'), 'a.csv', 'investments');
    const semicolons = await readImportFile(Buffer.from(csv(zh, ';')), 'a.csv', 'investments');
    const tabs = await readImportFile(Buffer.from(csv(zh, '\t')), 'a.txt', 'investments');
    for (const other of [bom, gb, semicolons, tabs]) expect(other.records).toEqual(plain.records);
  });

  it('refuses text in neither UTF-8 nor GB18030 with ENCODING, and says how to save it', async () => {
    // Latin-1 "Société" with a lone 0xE9 followed by ASCII: not UTF-8, and not clean GB18030 either.
    const latin1 = Buffer.concat([Buffer.from('Reference,Park,Sector,Stage\r\nA,Soci'), Buffer.from([0xe9, 0x7f]), Buffer.from(',X,SIGNED\r\n')]);
    const refused = await refusal(latin1, 'a.csv');
    expect(refused.code).toBe('ENCODING');
    expect(refused.message).toContain('CSV UTF-8');
  });

  it('recognises headers whatever their case, spacing or full-width brackets, and drops an export’s read-only columns', async () => {
    const file = await readImportFile(
      Buffer.from(
        csv([
          ['  reference ', 'PARK', '产业（代码）', 'stage', 'Provenance', 'Amount (USD)'],
          ['R1', 'P', 'LOGISTICS', 'LEAD', 'Verified', '1'],
        ]),
      ),
      'a.csv',
      'investments',
    );
    expect(file.records.columns).toEqual(['reference', 'park', 'sector', 'stage']);
    expect(file.records.headers.sector).toBe('产业（代码）');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'a.csv', 'EMPTY'],
    ['blank text', Buffer.from('\r\n\r\n'), 'a.csv', 'EMPTY'],
    ['headers and no rows', Buffer.from(csv([HEADER])), 'a.csv', 'EMPTY'],
    ['a PDF', Buffer.from('%PDF-1.4\n\0\0binary'), 'a.pdf', 'NOT_A_SPREADSHEET'],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.xls', 'NOT_A_SPREADSHEET'],
    ['a text file named .xlsx', Buffer.from('hello'), 'a.xlsx', 'NOT_A_SPREADSHEET'],
    ['a zip that is not a workbook', Buffer.from(zipSync({ 'readme.txt': new TextEncoder().encode('hi') })), 'a.xlsx', 'NOT_A_SPREADSHEET'],
    ['unbalanced quotes', Buffer.from('Reference,Park,Sector,Stage\r\n"A,B,C,D\r\n'), 'a.csv', 'NOT_A_SPREADSHEET'],
  ])('refuses %s', async (_what, bytes, name, code) => {
    expect((await refusal(bytes, name)).code).toBe(code);
  });

  it('refuses missing and unknown columns, naming them in the file’s language', async () => {
    const missing = await refusal(
      Buffer.from(
        csv([
          ['编号', '投资方', '园区'],
          ['A', 'B', 'C'],
        ]),
      ),
      'a.csv',
    );
    expect(missing).toMatchObject({ code: 'MISSING_COLUMNS', where: { columns: ['产业', '阶段'] } });
    const noReference = await refusal(
      Buffer.from(
        csv([
          ['Park', 'Sector', 'Stage'],
          ['A', 'B', 'C'],
        ]),
      ),
      'a.csv',
    );
    expect(noReference).toMatchObject({ code: 'MISSING_COLUMNS', where: { columns: ['Reference'] } });
    const unknown = await refusal(
      Buffer.from(
        csv([
          ['Reference', 'Park', 'Sector', 'Stage', 'Colour'],
          ['A', 'B', 'C', 'D', 'red'],
        ]),
      ),
      'a.csv',
    );
    expect(unknown).toMatchObject({ code: 'UNKNOWN_COLUMNS', where: { columns: ['Colour'] } });
    expect(unknown.message).toContain('"Colour"');
    const unheaded = await refusal(
      Buffer.from(
        csv([
          ['Reference', 'Park', 'Sector', 'Stage'],
          ['A', 'B', 'C', 'D', 'stray'],
        ]),
      ),
      'a.csv',
    );
    expect(unheaded).toMatchObject({ code: 'UNKNOWN_COLUMNS', where: { line: 2, column: 'E' } });
    const twice = await refusal(
      Buffer.from(
        csv([
          ['Reference', 'Park', 'Sector', 'Stage', 'park'],
          ['A', 'B', 'C', 'D', 'E'],
        ]),
      ),
      'a.csv',
    );
    expect(twice).toMatchObject({ code: 'DUPLICATE_COLUMNS', where: { columns: ['Park', 'park'] } });
  });

  it('refuses a formula naming its cell, and merged cells naming the range', async () => {
    const formula = await xlsx(
      { Investments: [HEADER, ...ROWS] },
      (b) => (b.worksheets[0].getCell('F3').value = { formula: 'F2*2', result: 3000.5 } as ExcelJS.CellFormulaValue),
    );
    expect(await refusal(formula, 'a.xlsx')).toMatchObject({ code: 'FORMULA', where: { sheet: 'Investments', line: 3, column: 'F3' } });
    const merged = await xlsx({ Investments: [HEADER, ...ROWS] }, (b) => b.worksheets[0].mergeCells('B2:C2'));
    expect(await refusal(merged, 'a.xlsx')).toMatchObject({ code: 'MERGED_CELLS', where: { sheet: 'Investments', column: 'B2:C2' } });
  });

  it('refuses a file over the size limit, a workbook that unzips past the cap, and too many rows', async () => {
    expect((await refusal(Buffer.from(csv([HEADER, ...ROWS])), 'a.csv', 'investments', { maxFileBytes: 100 })).code).toBe('TOO_LARGE');
    // 8 MB of zeros zip to a few kilobytes: the cap counts what the zip inflates to, not its size.
    const bomb = Buffer.from(zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(100_000);
    expect((await refusal(bomb, 'a.xlsx', 'investments', { maxUnzippedBytes: 4 * 1024 * 1024 })).code).toBe('UNZIPPED_TOO_LARGE');
    const many = [HEADER, ...Array.from({ length: 6 }, (_, i) => [`R${i}`, '', 'P', 'S', 'LEAD'])];
    expect((await refusal(Buffer.from(csv(many)), 'a.csv', 'investments', { maxRows: 5 })).code).toBe('TOO_MANY_ROWS');
    expect((await refusal(await xlsx({ S: many }), 'a.xlsx', 'investments', { maxRows: 5 })).code).toBe('TOO_MANY_ROWS');
    // Rows are counted while the zip is walked, before the workbook is loaded, whatever chunk a row's tag falls in.
    const big = await xlsx({ S: [HEADER, ...Array.from({ length: 3000 }, (_, i) => [`R${i}`, '', 'P', 'S', 'LEAD'])], T: many });
    expect([...checkUnzippedSize(big, 1e9).rows.values()]).toEqual([3001, 7]);
  });

  it('reads a deals workbook’s parties from the sheet headed by them, and skips blank rows and hidden sheets', async () => {
    const file = await readImportFile(
      await xlsx(
        {
          Lists: [['Parks'], ['P']],
          Deals: [
            ['Reference', 'Kind', 'Title (English)', 'Signed on'],
            ['D-1', 'MOU', 'A memorandum', '2025-01-02'],
            [],
            ['D-2', 'MOU', 'Another', '2025-01-03'],
          ],
          Parties: [
            ['Deal reference', 'Organization', 'Role'],
            ['D-1', 'Example Co.', 'Party'],
          ],
        },
        (b) => (b.worksheets[0].state = 'hidden'),
      ),
      'deals.xlsx',
      'deals',
    );
    expect(file.records.rows.map((r) => [r.line, r.values.reference])).toEqual([
      [2, 'D-1'],
      [4, 'D-2'],
    ]);
    expect(file.parties?.rows).toEqual([{ line: 2, values: { deal: 'D-1', organization: 'Example Co.', role: 'Party' } }]);
    const noParties = await readImportFile(
      Buffer.from(
        csv([
          ['Reference', 'Kind', 'Signed on'],
          ['D-1', 'MOU', '2025-01-02'],
        ]),
      ),
      'd.csv',
      'deals',
    );
    expect(noParties.parties).toBeUndefined();
  });
});

/** An export written by the exports' own writer, in `format` and `lang`, with the given rows. */
async function exported(list: typeof INVESTMENT_EXPORT | typeof DEAL_EXPORT, rows: Cell[][], format: 'xlsx' | 'csv', lang: ExportLang): Promise<Buffer> {
  const o = { lang, currency: 'EUR', rateDate: '2026-11-24' };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const table = {
    sheetName: list.noun[lang],
    headers: list.columns.map((c) => c.header(o)[lang]),
    widths: list.columns.map((c) => c.width),
    rows: (async function* () {
      yield* rows;
    })(),
  };
  if (format === 'csv') await writeCsv(out, table);
  else await writeXlsx(out, table, { sheetName: 'About', lines: () => Promise.resolve(['About this export']) });
  return Buffer.concat(chunks);
}

describe('reading an export back', () => {
  const investment: Cell[] = [
    'SW52ZXN0bWVudDox',
    '=Example Co.',
    'Kazakhstan',
    'SCO Energy Valley',
    'Logistics & transport',
    'Signed',
    moneyCell('1500.25', 'CNY'),
    'CNY',
    moneyCell('210.5', 'USD'),
    moneyCell('190.1', 'EUR'),
    dateCell('2025-06-30'),
    120,
    'Verified',
    'anna',
    'a quote',
    'KZ',
    'LOGISTICS',
    'SIGNED',
    'VERIFIED',
    'INV-1',
    3,
  ];
  it.each(EXPORT_LANGS.flatMap((lang) => (['xlsx', 'csv'] as const).map((format) => [lang, format] as const)))(
    'reads an investments export in %s (%s) to its keys, dropping read-only columns',
    async (lang, format) => {
      const file = await readImportFile(await exported(INVESTMENT_EXPORT, [investment], format, lang), `investments.${format}`, 'investments');
      expect(file.lang).toBe(lang);
      expect(file.records.columns.sort()).toEqual(
        ['id', 'organization', 'park', 'sector', 'stage', 'amount', 'amountCurrency', 'announcedOn', 'expectedJobs', 'reference', 'version'].sort(),
      );
      const values = file.records.rows[0].values;
      expect({ ...values, amount: String(values.amount), expectedJobs: String(values.expectedJobs), version: String(values.version) }).toEqual({
        id: 'SW52ZXN0bWVudDox',
        organization: '=Example Co.', // the export's neutralising quote is removed again
        park: 'SCO Energy Valley',
        sector: 'LOGISTICS',
        stage: 'SIGNED',
        amount: '1500.25',
        amountCurrency: 'CNY',
        announcedOn: '2025-06-30',
        expectedJobs: '120',
        reference: 'INV-1',
        version: '3',
      });
    },
  );

  const deal: Cell[] = [
    'RGVhbDox',
    dateCell('2025-09-15'),
    'A title',
    'Memorandum',
    'Example Co. · Party',
    1,
    'SCO Energy Valley',
    'Expo 2025',
    moneyCell('1000000', 'USD'),
    'USD',
    moneyCell('1000000', 'USD'),
    moneyCell('900000', 'EUR'),
    'Verified',
    null,
    null,
    'MOU',
    'KZ',
    'VERIFIED',
    'DEAL-1',
    1,
  ];
  it.each(EXPORT_LANGS.flatMap((lang) => (['xlsx', 'csv'] as const).map((format) => [lang, format] as const)))(
    'reads a deals export in %s (%s) to its keys, its title to that language’s title',
    async (lang, format) => {
      const file = await readImportFile(await exported(DEAL_EXPORT, [deal], format, lang), `deals.${format}`, 'deals');
      expect(file.parties).toBeUndefined(); // the export's second sheet says what it holds; it is not the parties
      const values = file.records.rows[0].values;
      const title = { en: 'titleEn', zh: 'titleZh', ru: 'titleRu' }[lang];
      expect({ ...values, value: String(values.value), version: String(values.version) }).toEqual({
        id: 'RGVhbDox',
        signedOn: '2025-09-15',
        [title]: 'A title',
        kind: 'MOU',
        park: 'SCO Energy Valley',
        event: 'Expo 2025',
        value: '1000000',
        valueCurrency: 'USD',
        reference: 'DEAL-1',
        version: '1',
      });
    },
  );
});
