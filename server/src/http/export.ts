// GET /export/investments|deals.csv|xlsx?filter=<the list's filter as JSON>&orderBy=A,B&from=&to=&lang=&currency=
// &rateDate=: the rows the API lists for the same filter and order, streamed a page at a time. Every parameter is
// checked before anything is written (the filter and order against the GraphQL input types, exactly as the API
// checks them); a bad one gets a 400 naming it, with a stable code and reason, never a stack trace. The file speaks
// the interface language the web app passes as lang (zh, en, ru), else the one Accept-Language asks for.
import type express from 'express';
import { coerceInputValue, GraphQLError, GraphQLList, GraphQLNonNull, isEnumType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { createContext, type Platform } from '../context.js';
import { badTextIn } from '../graphql/text-rule.js';
import type { Logger } from '../logger.js';
import { anonymous } from '../modules/access/actor.js';
import { describeFilter, EXPORT_LANGS, type ExportLang, type FilterWords, type NameLookup } from '../modules/common/filter-sentences.js';
import { listRows, sectorName, type ExportOptions, type ListExport, type Services } from '../modules/common/list-export.js';
import type { Cell } from '../modules/common/spreadsheet-cells.js';
import { writeCsv, writeXlsx } from '../modules/common/spreadsheet-writer.js';
import { isCurrencyCode } from '../modules/money/money.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a parameter was refused: stable, for programs (the message is for people). */
type Reason = 'UNSUPPORTED' | 'INVALID' | 'DATE_ORDER' | 'UNKNOWN_CURRENCY' | 'NO_RATE';

class BadParameter extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly reason: Reason,
  ) {
    super(message);
  }
}

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The words of the filter sheet that are not the filter's: titles, counts, order and currency. */
const SHEET: Record<
  ExportLang,
  {
    about: string;
    exported: (noun: string, day: string, count: number) => string;
    all: (noun: string) => string;
    order: (orders: string[]) => string;
    currency: (c: string, day: string, rate: string | null, note: string | null) => string;
  }
> = {
  en: {
    about: 'About this export',
    exported: (noun, day, count) => `${count} ${noun}, exported on ${day}.`,
    all: (noun) => `All ${noun}: no filter.`,
    order: (orders) => `Sorted: ${orders.join(', then ')}.`,
    currency: (c, day, rate, note) =>
      rate
        ? `Amounts in ${c} are converted from the stored US-dollar amounts at the rate of ${day}: 1 ${c} = ${rate} USD${note ? ` (${note})` : ''}.`
        : `Amounts in ${c} are the stored amounts (or their US-dollar equivalents), as of ${day}.`,
  },
  zh: {
    about: '导出说明',
    exported: (noun, day, count) => `${noun}${count}条,导出于${day}。`,
    all: (noun) => `全部${noun},未筛选。`,
    order: (orders) => `排序:${orders.join(',其次')}。`,
    currency: (c, day, rate, note) =>
      rate ? `${c}金额由存储的美元金额按${day}汇率换算:1 ${c} = ${rate} USD${note ? `(${note})` : ''}。` : `${c}金额为存储的金额(或其美元等值),截至${day}。`,
  },
  ru: {
    about: 'Об этой выгрузке',
    exported: (noun, day, count) => `${upperFirst(noun)}: ${count}, выгружено ${day}.`,
    all: (noun) => `${upperFirst(noun)}: все, без фильтра.`,
    order: (orders) => `Порядок: ${orders.join(', затем ')}.`,
    currency: (c, day, rate, note) =>
      rate
        ? `Суммы в ${c} пересчитаны из сохранённых сумм в долларах США по курсу на ${day}: 1 ${c} = ${rate} USD${note ? ` (${note})` : ''}.`
        : `Суммы в ${c} — сохранённые суммы (или их долларовые эквиваленты) на ${day}.`,
  },
};

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The language of an export the request does not name (a link typed by hand, a script): the first of the interface's
 * languages the browser's Accept-Language asks for, as the pages pick theirs; `fallback` (English) when it names none.
 */
export function requestLanguage(acceptLanguage: string | undefined, fallback: ExportLang = 'en'): ExportLang {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, i };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return asked.map((t) => EXPORT_LANGS.find((l) => l === t.base)).find((l) => l !== undefined) ?? fallback;
}

/** The parsed, checked request. */
interface ExportRequest {
  format: 'csv' | 'xlsx';
  filter: Record<string, unknown> | null;
  orderBy: string[];
  options: ExportOptions;
}

function parseRequest(req: express.Request, list: ListExport<unknown>, schema: GraphQLSchema, today: string): ExportRequest {
  const q = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : '');
  const format = req.params.format;
  if (format !== 'csv' && format !== 'xlsx') throw new BadParameter('Export as .csv or .xlsx', 'format', 'UNSUPPORTED');
  const langParam = q('lang') || requestLanguage(req.get('accept-language'));
  const lang = EXPORT_LANGS.find((l) => l === langParam);
  if (!lang) throw new BadParameter(`lang must be one of ${EXPORT_LANGS.join(', ')}`, 'lang', 'UNSUPPORTED');

  const filterType = schema.getType(list.filterType);
  const orderType = schema.getType(list.orderType);
  if (!isInputObjectType(filterType) || !isEnumType(orderType)) throw new Error(`the schema lacks ${list.filterType} or ${list.orderType}`);
  const coerce = (raw: unknown, type: Parameters<typeof coerceInputValue>[1], field: string) =>
    coerceInputValue(raw, type, (path, _value, error) => {
      throw new BadParameter(`${field}${path.length ? `.${path.join('.')}` : ''}: ${error.message}`, field, 'INVALID');
    });

  let filter: Record<string, unknown> | null = null;
  if (q('filter')) {
    let raw: unknown;
    try {
      raw = JSON.parse(q('filter'));
    } catch {
      throw new BadParameter(`filter must be a ${list.filterType} as JSON`, 'filter', 'INVALID');
    }
    const bad = badTextIn(raw, 'filter')[0];
    if (bad) throw new BadParameter(`${bad.field}: ${bad.message}`, bad.field, 'INVALID');
    if (raw !== null) filter = coerce(raw, filterType, 'filter') as Record<string, unknown>;
  }
  const orderBy = q('orderBy')
    ? (coerce(
        q('orderBy')
          .split(',')
          .map((o) => o.trim()),
        new GraphQLList(new GraphQLNonNull(orderType)),
        'orderBy',
      ) as string[])
    : [];

  const [from, to] = [q('from'), q('to')];
  if ((from || to) && !(isDay(from) && isDay(to))) throw new BadParameter('from and to must be two dates, YYYY-MM-DD', 'from', 'INVALID');
  if (from > to) throw new BadParameter('from must not be after to', 'from', 'DATE_ORDER');
  if (from) {
    const period = { [list.dateField]: { gte: from, lte: to } };
    filter = filter ? { and: [filter, period] } : period;
  }

  const currency = (q('currency') || 'USD').toUpperCase();
  if (!isCurrencyCode(currency)) throw new BadParameter(`"${q('currency')}" is not an ISO 4217 currency code`, 'currency', 'UNKNOWN_CURRENCY');
  const rateDate = q('rateDate') || today;
  if (!isDay(rateDate)) throw new BadParameter('rateDate must be a date, YYYY-MM-DD', 'rateDate', 'INVALID');
  return { format, filter, orderBy, options: { lang, currency, rateDate } };
}

/** A file name that reads like the view: ASCII for every client, and in the reader's language as filename*. */
export function contentDisposition(noun: { ascii: string; local: string }, words: { ascii: FilterWords; local: FilterWords }, ext: string): string {
  const ascii = [noun.ascii, ...words.ascii.values]
    .map((w) =>
      w
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9.]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, ''),
    )
    .filter(Boolean);
  const local = [noun.local, ...words.local.values].map((w) => w.replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  const cut = (parts: string[], max: number) => {
    let name = parts[0];
    for (const part of parts.slice(1)) {
      if (name.length + part.length + 1 > max) break;
      name += `-${part}`;
    }
    return name;
  };
  const encoded = encodeURIComponent(`${cut(local, 120)}.${ext}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${cut(ascii, 150)}.${ext}"; filename*=UTF-8''${encoded}`;
}

/** Names for the filter sheet and the file name: records by their global ID, sectors by code. */
function nameLookup(services: Services): NameLookup {
  return {
    async record(globalId, lang) {
      // Parks, organizations, sectors and events have names, deals titles; any other record is named by its ID.
      const record = (await services.nodes.resolve(globalId).catch(() => null)) as Record<string, unknown> | null;
      const english = record?.nameEn ?? record?.titleEn;
      const found = lang === 'zh' ? (record?.nameZh ?? record?.titleZh) : lang === 'ru' ? record?.nameRu || record?.titleRu || english : english;
      return typeof found === 'string' ? found : globalId;
    },
    async sector(code, lang) {
      const sector = await services.sectors.byCode(code).catch(() => null);
      return sector ? sectorName(sector, lang) : code;
    },
  };
}

export function exportList<T>(list: ListExport<T>, platform: Platform, schema: GraphQLSchema, logger: Logger): express.RequestHandler {
  return async (req, res) => {
    const refuse = (message: string, field: string, reason: Reason) =>
      res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field, reason, requestId: req.requestId } }] });
    const services = () => createContext(platform, req.actor ?? anonymous(req.ip ?? 'unknown'), req.requestId ?? '', req.ip ?? 'unknown').services;
    let parsed: ExportRequest;
    try {
      parsed = parseRequest(req, list as ListExport<unknown>, schema, platform.clock.today());
    } catch (err) {
      if (err instanceof BadParameter) return refuse(err.message, err.field, err.reason);
      throw err;
    }
    const { format, filter, orderBy, options: o } = parsed;
    const lookup = services();
    const rate = o.currency === 'USD' ? null : await lookup.money.rateOn(o.currency, o.rateDate);
    if (o.currency !== 'USD' && !rate)
      return refuse(`There is no exchange rate for ${o.currency}; choose another currency or add a rate`, 'currency', 'NO_RATE');

    const rows = listRows(list, services, { filter, orderBy }, o);
    // Pull the first page before any header goes out, so a bad filter (an ID of the wrong type) is still a clean 400.
    let first: IteratorResult<Cell[]>;
    try {
      first = await rows.next();
    } catch (err) {
      if (err instanceof GraphQLError) return refuse(err.message, typeof err.extensions.field === 'string' ? err.extensions.field : 'filter', 'INVALID');
      throw err;
    }
    async function* all() {
      if (!first.done) yield first.value;
      yield* rows;
    }

    const filterType = schema.getType(list.filterType);
    if (!isInputObjectType(filterType)) throw new Error(`the schema lacks ${list.filterType}`);
    const names = nameLookup(lookup);
    const words = await describeFilter(filter, filterType, o.lang, names);
    const english = o.lang === 'en' ? words : await describeFilter(filter, filterType, 'en', names);
    res.setHeader('Content-Disposition', contentDisposition({ ascii: list.noun.en, local: list.noun[o.lang] }, { ascii: english, local: words }, format));
    res.setHeader('Cache-Control', 'no-store');
    const table = {
      sheetName: list.noun[o.lang].replace(/^./, (c) => c.toUpperCase()),
      headers: list.columns.map((c) => c.header(o)[o.lang]),
      widths: list.columns.map((c) => c.width),
      rows: all(),
    };
    try {
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8');
        await writeCsv(res, table);
      } else {
        res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        const sheet = SHEET[o.lang];
        const orderWords = (orderBy.length ? orderBy : ['ID_ASC']).map((v) => list.orders[v]?.[o.lang] ?? v);
        const rateText = rate ? rate.usdPerUnit.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : null;
        await writeXlsx(res, table, {
          sheetName: sheet.about,
          lines: async (count) => [
            sheet.exported(list.noun[o.lang], platform.clock.today(), count),
            ...(words.sentences.length ? words.sentences : [sheet.all(list.noun[o.lang])]),
            sheet.order(orderWords),
            sheet.currency(o.currency, o.rateDate, rateText, rate?.note ?? null),
          ],
        });
      }
    } catch (err) {
      logger.error({ err, requestId: req.requestId }, 'export failed part-way');
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  };
}
