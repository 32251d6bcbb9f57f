// Responsible for exporting the investments that match a filter, as CSV or XLSX, streamed page by page so memory
// stays flat whatever the number of rows.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { buildWhere } from '../../graphql/filters.js';
import { csvCell, decimalCell, xlsxCell, type Cell } from '../common/spreadsheet-cells.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { fromMinor } from '../money/money.js';
import { Citation } from '../provenance/source.entity.js';
import { Investment, type InvestmentEntity } from './investment.entity.js';
import { INVESTMENT_FILTER } from './investment.filter.js';

const PAGE = 500;

export type ExportLang = 'en' | 'zh';

const COLUMNS: Record<ExportLang, string[]> = {
  en: [
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
  ],
  zh: ['ID', '投资方', '投资方国家', '园区', '产业', '阶段', '金额', '币种', '金额(美元)', '公布日期', '预计就业', '数据来源', '录入人', '来源引文'],
};

/** The export's name: what was filtered, readable ("investments_2025-01-01_2025-12-31_stage-SIGNED_country-KZ"). */
export function exportName(filter: Record<string, unknown> | null, period: { from: string; to: string } | null): string {
  const parts = ['investments'];
  if (period) parts.push(`${period.from}_${period.to}`);
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) parts.push(`${path.filter((p) => !['in', 'eq', 'id'].includes(p)).join('.')}-${value.join('+')}`);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      parts.push(`${path.filter((p) => !['in', 'eq'].includes(p)).join('.')}-${String(value)}`);
  };
  walk(filter ?? {}, []);
  return parts
    .join('_')
    .replace(/[^\w.+=-]+/g, '-')
    .slice(0, 180);
}

/**
 * Rows of the matching investments, a page at a time (keyset on id), with their related names loaded per page.
 * Amounts are decimal cells (numbers in a spreadsheet); everything else is text, neutralised when written.
 */
export async function* investmentRows(
  em: EntityManager,
  filter: Record<string, unknown> | null,
  period: { from: string; to: string } | null,
  lang: ExportLang,
): AsyncGenerator<Cell[]> {
  let lastId = 0;
  const periodWhere = period ? { announcedOn: { $gte: period.from, $lte: period.to } } : {};
  for (;;) {
    const where: FilterQuery<InvestmentEntity> = { $and: [buildWhere(INVESTMENT_FILTER, filter), periodWhere, { id: { $gt: lastId } }] };
    const page = (await em
      .fork()
      .find(Investment, where, { orderBy: { id: 'asc' }, limit: PAGE, populate: ['organization', 'park', 'sector'] })) as InvestmentEntity[];
    if (!page.length) return;
    const quotes = await em.fork().find(Citation, { subjectType: 'Investment', subjectId: { $in: page.map((i) => i.id) } }, { orderBy: { position: 'asc' } });
    const quoteOf = new Map<number, string>();
    for (const q of quotes) if (!quoteOf.has(q.subjectId)) quoteOf.set(q.subjectId, q.quote);
    for (const i of page) {
      const org = i.organization?.getEntity();
      const park = i.park.getEntity();
      const sector = i.sector.getEntity();
      const name = (x: { nameEn: string; nameZh: string }) => (lang === 'zh' ? x.nameZh : x.nameEn);
      yield [
        toGlobalId('Investment', i.id),
        org ? name(org) : '',
        org?.country ?? '',
        name(park),
        name(sector),
        i.stage,
        i.amountMinor == null ? null : decimalCell(fromMinor(BigInt(i.amountMinor), i.amountCurrency!)),
        i.amountCurrency ?? '',
        i.amountUsdMinor == null ? null : decimalCell(fromMinor(BigInt(i.amountUsdMinor), 'USD')),
        i.announcedOn ?? '',
        i.expectedJobs ?? null,
        i.verification,
        i.recordedBy ?? '',
        quoteOf.get(i.id) ?? '',
      ];
    }
    lastId = page.at(-1)!.id;
    if (page.length < PAGE) return;
  }
}

/**
 * Streams CSV (UTF-8 with a BOM so spreadsheet programs read Chinese correctly) into `out`, honouring backpressure.
 * Every cell goes through csvCell: text that a spreadsheet would run as a formula is neutralised.
 */
export async function writeCsv(out: Writable, rows: AsyncIterable<Cell[]>, lang: ExportLang): Promise<void> {
  const csv = stringify({ bom: true });
  csv.pipe(out);
  const write = async (row: Cell[]) => {
    if (!csv.write(row.map(csvCell))) await once(csv, 'drain');
  };
  await write(COLUMNS[lang]);
  for await (const row of rows) await write(row);
  csv.end();
  await once(out, 'finish');
}

/**
 * Streams an XLSX workbook (rows committed as they are written) with a second sheet stating the filter. Every cell
 * goes through xlsxCell: strings and numbers only (never a formula), text neutralised as in CSV.
 */
export async function writeXlsx(out: Writable, rows: AsyncIterable<Cell[]>, lang: ExportLang, described: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(lang === 'zh' ? '投资' : 'Investments');
  sheet.addRow(COLUMNS[lang].map(xlsxCell)).commit();
  for await (const row of rows) sheet.addRow(row.map(xlsxCell)).commit();
  sheet.commit();
  const about = workbook.addWorksheet(lang === 'zh' ? '筛选条件' : 'Filter');
  about.addRow([xlsxCell(described)]).commit();
  about.commit();
  await workbook.commit();
}
