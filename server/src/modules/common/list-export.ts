// Responsible for what every list export shares: its options, its columns' headers in each language, and the walk
// through the list a page at a time through the list's own service (the API's filter, order and conversion).
import type { Context } from '../../context.js';
import { SECTOR_RU } from '../../domain/labels.js';
import type { SectorCode } from '../../domain/vocabulary.js';
import type { Connection } from '../../graphql/pagination.js';
import { fromMinor, type MoneyValue } from '../money/money.js';
import { moneyCell, type Cell } from './spreadsheet-cells.js';
import type { ExportLang, Words } from './filter-sentences.js';

export type Services = Context['services'];

/** What the reader asked for besides the filter: language, display currency and the day of its rate. */
export interface ExportOptions {
  lang: ExportLang;
  /** The display currency: each amount also appears converted into it, as the API's `Money.converted` gives it. */
  currency: string;
  rateDate: string;
}

/** A record's name in `lang`: the Russian interface reads an officer's translation where entered, else English. */
export function nameIn(x: { nameEn: string; nameZh: string; nameRu?: string | null }, lang: ExportLang): string {
  return lang === 'zh' ? x.nameZh : lang === 'ru' ? x.nameRu || x.nameEn : x.nameEn;
}

/** A sector's name in `lang`: Russian from the reference data beside the sector table's Chinese and English. */
export function sectorName(sector: { code: string; nameEn: string; nameZh: string }, lang: ExportLang): string {
  return lang === 'ru' ? (SECTOR_RU[sector.code as SectorCode] ?? sector.nameEn) : nameIn(sector, lang);
}

/** The header of an export's reference column (the record's external key, which an import matches rows by). */
export const REFERENCE_HEADER: Words = { en: 'Reference', zh: '编号', ru: 'Код записи' };
/** The header of an export's version column (an import reports a row whose record changed since as a conflict). */
export const VERSION_HEADER: Words = { en: 'Version', zh: '版本', ru: 'Версия' };

/** One column: its header in each language (given the options, for headers naming the currency) and its width. */
export interface ExportColumn {
  header: (o: ExportOptions) => Words;
  width: number;
}

/** A list that can be exported: its names, the GraphQL types of its arguments, its columns and rows. */
export interface ListExport<T> {
  /** The records' plural, in file names and the filter sheet ("investments", "投资项目"). */
  noun: Words;
  filterType: string;
  orderType: string;
  /** The filter field of the records' date, which `from`/`to` restrict. */
  dateField: string;
  /** Each `orderType` value in words ("largest amount first"). */
  orders: Record<string, Words>;
  columns: ExportColumn[];
  /** One page of the list, exactly as the API's connection answers it. */
  page: (
    services: Services,
    args: { filter: Record<string, unknown> | null; orderBy: string[]; first: number; after: string | null },
  ) => Promise<Connection<T>>;
  /** The cells of one record, in `columns` order. */
  row: (services: Services, record: T, o: ExportOptions) => Promise<Cell[]>;
}

/** The API's largest page. */
const PAGE = 100;

/**
 * Every record of the list for a filter and order, a page at a time, each page read through fresh services (a new
 * identity map and loaders), so memory stays flat; related records are batched per page by the loaders.
 */
export async function* listRows<T>(
  list: ListExport<T>,
  services: () => Services,
  args: { filter: Record<string, unknown> | null; orderBy: string[] },
  o: ExportOptions,
): AsyncGenerator<Cell[]> {
  let after: string | null = null;
  for (;;) {
    const s = services();
    const page = await list.page(s, { ...args, first: PAGE, after });
    for (const row of await Promise.all(page.nodes.map((record) => list.row(s, record, o)))) yield row;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/**
 * An amount's four cells: the original (in its currency's format), its currency code, the stored US-dollar amount,
 * and the amount in the display currency, converted by the API's own conversion (`Money.converted`).
 */
export async function moneyCells(s: Services, money: MoneyValue | null, o: ExportOptions): Promise<Cell[]> {
  if (!money) return [null, null, null, null];
  const converted = await s.money.convert(money, o.currency, o.rateDate);
  return [
    moneyCell(fromMinor(money.minor, money.currency), money.currency),
    money.currency,
    money.usdMinor == null ? null : moneyCell(fromMinor(money.usdMinor, 'USD'), 'USD'),
    converted ? moneyCell(fromMinor(converted.minor, converted.currency), converted.currency) : null,
  ];
}

/** The headers of moneyCells' four columns, for an amount called `what`. */
export function moneyColumns(what: Words): ExportColumn[] {
  return [
    { header: () => what, width: 18 },
    { header: () => ({ en: 'Currency', zh: '币种', ru: 'Валюта' }), width: 9 },
    { header: () => ({ en: `${what.en} (USD)`, zh: `${what.zh}(美元)`, ru: `${what.ru} (USD)` }), width: 18 },
    {
      header: (o) => ({
        en: `${what.en} in ${o.currency} (rate of ${o.rateDate})`,
        zh: `${what.zh}(${o.currency},${o.rateDate}汇率)`,
        ru: `${what.ru} в ${o.currency} (курс на ${o.rateDate})`,
      }),
      width: 22,
    },
  ];
}
