// Responsible for the import templates: per kind, an XLSX with the headers in the reader's language, one example row
// and dropdown lists (parks, sectors, stages, currencies, countries, kinds, statuses, roles) kept on a hidden sheet,
// or a CSV with the same headers and example; and for the lists themselves, read from the database and reference data.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { all as allCountries } from 'iso-3166-1';
import type { EntityManager } from '@mikro-orm/knex';
import {
  countryLabel,
  DEAL_KIND_LABELS,
  DEAL_PARTY_ROLE_LABELS,
  INVESTMENT_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  TENANCY_STATUS_LABELS,
  type Label,
} from '../../domain/labels.js';
import { labelIn, type ExportLang, type Words } from '../common/filter-sentences.js';
import { nameIn, sectorName, type Services } from '../common/list-export.js';
import { ExchangeRate } from '../money/exchange-rate.entity.js';
import { exampleOf, IMPORT_COLUMNS, LIST_SOURCES, type ImportColumn, type ListSource, type SheetColumns } from './import-columns.js';
import { columnLetter } from './import-file.js';
import type { ImportKind, ImportValue } from './import-types.js';

/** Each dropdown's entries, in the template's language. */
export type TemplateLists = Record<ListSource, string[]>;

/** Rows of a template sheet that carry the dropdowns (the example row and the ones below it). */
export const TEMPLATE_ROWS = 2000;

const LOCALE: Record<ExportLang, string> = { en: 'en', zh: 'zh-CN', ru: 'ru' };
const labels = (of: Record<string, Label>, lang: ExportLang) => Object.values(of).map((l) => labelIn(l, lang));

/**
 * The dropdowns' entries in `lang`: parks and sectors by name (through their services), stages, kinds, statuses and
 * roles by label, currencies by code (US dollars and every currency with an exchange rate), countries by name.
 */
export async function templateLists(services: Services, em: EntityManager, lang: ExportLang): Promise<TemplateLists> {
  const parks: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await services.parks.list({ first: 100, after, orderBy: null, filter: null });
    for (const park of page.nodes) parks.push(nameIn(park, lang));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const sectors = (await services.sectors.all()).map((s) => sectorName(s, lang));
  const rates = await em.createQueryBuilder(ExchangeRate).select('currency', true).execute<{ currency: string }[]>('all');
  const collator = new Intl.Collator(LOCALE[lang]);
  const countries = allCountries()
    .map((c) => countryLabel(c.alpha2)[lang] ?? c.alpha2)
    .sort((a, b) => collator.compare(a, b));
  return {
    parks: [...new Set(parks)].sort((a, b) => collator.compare(a, b)),
    sectors,
    stages: labels(INVESTMENT_STAGE_LABELS, lang),
    currencies: [...new Set(['USD', ...rates.map((r) => r.currency)])].sort(),
    countries,
    organizationKinds: labels(ORGANIZATION_KIND_LABELS, lang),
    tenancyStatuses: labels(TENANCY_STATUS_LABELS, lang),
    dealKinds: labels(DEAL_KIND_LABELS, lang),
    partyRoles: labels(DEAL_PARTY_ROLE_LABELS, lang),
  };
}

const REFERENCE_EXAMPLE: Record<ImportKind, string> = {
  organizations: 'ORG-0001',
  tenancies: 'TEN-0001',
  investments: 'INV-0001',
  deals: 'DEAL-0001',
};

const LISTS_SHEET: Words = { en: 'Lists', zh: '下拉列表', ru: 'Списки' };

/** A column's header as a template writes it: required columns marked with an asterisk (which reading ignores). */
const headerOf = (column: ImportColumn, lang: ExportLang) => `${column.header[lang]}${column.required ? ' *' : ''}`;

/** The example row's cell for a column: the reference, a list's first entry, or the column's own example. */
function exampleCell(kind: ImportKind, column: ImportColumn, lang: ExportLang, lists: TemplateLists): ImportValue {
  if (column.key === 'reference' || column.key === 'deal') return REFERENCE_EXAMPLE[kind === 'deals' ? 'deals' : kind];
  // The zone's own currency where it is offered (the list is alphabetical: its first entry would be AED).
  if (column.list === 'currencies' && lists.currencies.includes('CNY')) return 'CNY';
  if (column.list && column.type !== 'list') return lists[column.list][0] ?? null;
  if (column.list) return lists[column.list].slice(0, 2).join('; ') || null;
  return exampleOf(column, lang);
}

/** The template's sheets: the records' and (deals) the parties'. */
function sheetsOf(kind: ImportKind): SheetColumns[] {
  const of = IMPORT_COLUMNS[kind];
  return of.parties ? [of.records, of.parties] : [of.records];
}

/**
 * Writes the template for `kind` into `out`: an XLSX (headers, an example row, dropdowns from `lists`) or a CSV
 * (UTF-8 with a BOM, headers and the example row; deals' parties are not part of a CSV).
 */
export async function writeTemplate(kind: ImportKind, format: 'xlsx' | 'csv', lang: ExportLang, lists: TemplateLists, out: Writable): Promise<void> {
  if (format === 'csv') {
    const records = IMPORT_COLUMNS[kind].records;
    const csv = stringify({ bom: true });
    csv.pipe(out);
    csv.write(records.columns.map((c) => headerOf(c, lang)));
    csv.write(records.columns.map((c) => exampleCell(kind, c, lang, lists) ?? ''));
    csv.end();
    await once(out, 'finish');
    return;
  }
  const book = new ExcelJS.Workbook();
  // The lists sit on a hidden sheet after the records, one column per list; each dropdown points at its column.
  const listsName = LISTS_SHEET[lang];
  const listRange = new Map<ListSource, string>();
  LIST_SOURCES.forEach((source, i) => {
    const letter = columnLetter(i);
    if (lists[source].length) listRange.set(source, `'${listsName}'!$${letter}$2:$${letter}$${lists[source].length + 1}`);
  });
  for (const sheetColumns of sheetsOf(kind)) {
    const sheet = book.addWorksheet(sheetColumns.sheetName[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = sheetColumns.columns;
    sheet.columns = columns.map((c) => ({ width: Math.max(14, Math.min(40, headerOf(c, lang).length * (lang === 'zh' ? 2.2 : 1.2) + 4)) }));
    const header = sheet.addRow(columns.map((c) => headerOf(c, lang)));
    header.font = { bold: true };
    sheet.addRow(
      columns.map((c) => {
        const value = exampleCell(kind, c, lang, lists);
        // Dates as real dates, so a spreadsheet shows and sorts them as days.
        return c.type === 'date' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
      }),
    );
    const validations = (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
    columns.forEach((c, i) => {
      const letter = sheet.getColumn(i + 1).letter;
      if (c.type === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
      const range = c.list && listRange.get(c.list);
      if (!range) return;
      validations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        // A code or a name in another language is accepted too: a value not in the list warns but is kept. A list of
        // several sectors ("A; B") is never in the list, so it does not warn.
        showErrorMessage: c.type !== 'list',
        errorStyle: 'warning',
      });
    });
  }
  const listSheet = book.addWorksheet(listsName, { state: 'hidden' });
  LIST_SOURCES.forEach((source, i) => {
    const column = listSheet.getColumn(i + 1);
    column.values = [source, ...lists[source]];
    column.width = 30;
  });
  // A template is small: written whole.
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  out.end(bytes);
  await once(out, 'finish');
}
