// Responsible for each import kind's columns: the key the check reads, the header a template writes in each
// language, the other headers that mean the same column (the exports' headers in zh/en/ru), the exports' read-only
// columns that a re-import drops, each value's type, which headers a file must have, and each dropdown's list.
import { moneyColumns, REFERENCE_HEADER, VERSION_HEADER } from '../common/list-export.js';
import { EXPORT_LANGS, type ExportLang, type Words } from '../common/filter-sentences.js';
import type { ImportKind, ImportValue } from './import-types.js';

/**
 * How a cell is read and checked: free text; a number (amounts, in major units) or a whole number; a day
 * (`YYYY-MM-DD`); a code or its label in any language (stage, kind, status, role, currency, country); a reference to
 * another record (park, organization, sector, event: its reference, code or exact name in any language); or a list
 * of codes or names separated by `;`.
 */
export type ColumnType = 'text' | 'number' | 'integer' | 'date' | 'code' | 'ref' | 'list';

/** The dropdown lists a template offers, filled from the database and the reference data. */
export const LIST_SOURCES = [
  'parks',
  'sectors',
  'stages',
  'currencies',
  'countries',
  'organizationKinds',
  'tenancyStatuses',
  'dealKinds',
  'partyRoles',
] as const;
export type ListSource = (typeof LIST_SOURCES)[number];

export interface ImportColumn {
  key: string;
  type: ColumnType;
  /** The file must have this column (its cells may still be empty: the check decides per row). */
  required: boolean;
  /** The header a template writes, in each language. */
  header: Words;
  /** Other headers meaning this column (an export's), each in the languages it is written in. */
  aliases?: Partial<Words>[];
  /**
   * An export's "(code)" column for this column: when a file has it, it is this column and the label column beside it
   * (the header or an alias) is dropped as read-only.
   */
  codeHeader?: Words;
  /** The template's dropdown. */
  list?: ListSource;
  /** The template's example cell (a list column takes its list's first entry instead). */
  example: Words | number | null;
}

/** One sheet's columns: the records' or (deals) the parties'. */
export interface SheetColumns {
  /** The sheet's name in a template. */
  sheetName: Words;
  columns: ImportColumn[];
  /** At least one of these columns must be in the file (a record is named by its ID or its reference). */
  oneOf?: string[];
  /** Headers an export writes that an import ignores (derived or read-only), normalised, or patterns over them. */
  readOnly: (Words | RegExp)[];
}

export interface KindColumns {
  kind: ImportKind;
  records: SheetColumns;
  /** Deals only: the parties sheet (an XLSX's sheet after the records; a CSV file has none). */
  parties?: SheetColumns;
}

const w = (en: string, zh: string, ru: string): Words => ({ en, zh, ru });

const ID: ImportColumn = { key: 'id', type: 'text', required: false, header: w('ID', 'ID', 'ID'), example: null };
const REFERENCE: ImportColumn = { key: 'reference', type: 'text', required: false, header: REFERENCE_HEADER, example: null };
const VERSION: ImportColumn = { key: 'version', type: 'integer', required: false, header: VERSION_HEADER, example: null };
const IDENTITY = [ID, REFERENCE, VERSION];

const PARK: ImportColumn = { key: 'park', type: 'ref', required: true, header: w('Park', '园区', 'Парк'), list: 'parks', example: null };

/** Columns every export writes that no import reads: provenance, who recorded it, its source. */
const RECORD_READ_ONLY: Words[] = [
  w('Provenance', '数据来源', 'Происхождение'),
  w('Provenance (code)', '数据来源(代码)', 'Происхождение (код)'),
  w('Recorded by', '录入人', 'Кем внесено'),
  w('Source quote', '来源引文', 'Цитата из источника'),
];

/**
 * An export's two derived money columns for an amount called `what`: the US-dollar amount and the amount in the
 * reader's display currency at a day's rate (its header names the currency and the day, so it is a pattern).
 */
function derivedMoney(what: Words): (Words | RegExp)[] {
  const [, , usd] = moneyColumns(what);
  const o = { lang: 'en' as ExportLang, currency: 'XXX', rateDate: '2000-01-01' };
  const converted = moneyColumns(what)[3].header(o);
  const patterns = EXPORT_LANGS.map((lang) => {
    const escaped = normaliseHeader(converted[lang])
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('xxx', '[a-z]{3}')
      .replace('2000-01-01', '\\d{4}-\\d{2}-\\d{2}');
    return new RegExp(`^${escaped}$`);
  });
  return [usd.header(o), ...patterns];
}

const CURRENCY_EXAMPLE = 'CNY';

const ORGANIZATIONS: KindColumns = {
  kind: 'organizations',
  records: {
    sheetName: w('Organizations', '机构', 'Организации'),
    oneOf: ['id', 'reference'],
    columns: [
      ...IDENTITY,
      {
        key: 'nameZh',
        type: 'text',
        required: true,
        header: w('Name (Chinese)', '中文名称', 'Название (китайское)'),
        example: w('示例科技有限公司', '示例科技有限公司', '示例科技有限公司'),
      },
      {
        key: 'nameEn',
        type: 'text',
        required: true,
        header: w('Name (English)', '英文名称', 'Название (английское)'),
        example: w('Example Technology Co.', 'Example Technology Co.', 'Example Technology Co.'),
      },
      {
        key: 'nameRu',
        type: 'text',
        required: false,
        header: w('Name (Russian)', '俄文名称', 'Название (русское)'),
        example: w('Пример Технолоджи', 'Пример Технолоджи', 'Пример Технолоджи'),
      },
      { key: 'kind', type: 'code', required: true, header: w('Kind', '类型', 'Вид'), list: 'organizationKinds', example: null },
      { key: 'country', type: 'code', required: false, header: w('Country', '国家', 'Страна'), list: 'countries', example: null },
      { key: 'sectors', type: 'list', required: false, header: w('Sectors', '产业', 'Отрасли'), list: 'sectors', example: null },
      {
        key: 'website',
        type: 'text',
        required: false,
        header: w('Website', '网站', 'Сайт'),
        example: w('https://example.com', 'https://example.com', 'https://example.com'),
      },
      { key: 'descriptionZh', type: 'text', required: false, header: w('Description (Chinese)', '中文简介', 'Описание (китайское)'), example: null },
      { key: 'descriptionEn', type: 'text', required: false, header: w('Description (English)', '英文简介', 'Описание (английское)'), example: null },
    ],
    readOnly: RECORD_READ_ONLY,
  },
};

const TENANCIES: KindColumns = {
  kind: 'tenancies',
  records: {
    sheetName: w('Tenancies', '入驻', 'Размещения'),
    oneOf: ['id', 'reference'],
    columns: [
      ...IDENTITY,
      {
        key: 'organization',
        type: 'ref',
        required: true,
        header: w('Tenant', '入驻企业', 'Резидент'),
        example: w('Example Technology Co.', '示例科技有限公司', 'Example Technology Co.'),
      },
      PARK,
      { key: 'status', type: 'code', required: true, header: w('Status', '状态', 'Статус'), list: 'tenancyStatuses', example: null },
      {
        key: 'signedOn',
        type: 'date',
        required: false,
        header: w('Signed on', '签约日期', 'Дата подписания'),
        example: w('2025-03-01', '2025-03-01', '2025-03-01'),
      },
      { key: 'movedInOn', type: 'date', required: false, header: w('Moved in on', '入驻日期', 'Дата заезда'), example: null },
      { key: 'exitedOn', type: 'date', required: false, header: w('Left on', '退出日期', 'Дата выезда'), example: null },
      { key: 'leasedAreaM2', type: 'number', required: false, header: w('Leased area (m²)', '租赁面积(平方米)', 'Арендуемая площадь (м²)'), example: 1200 },
    ],
    readOnly: RECORD_READ_ONLY,
  },
};

const INVESTMENTS: KindColumns = {
  kind: 'investments',
  records: {
    sheetName: w('Investments', '投资项目', 'Инвестиции'),
    oneOf: ['id', 'reference'],
    columns: [
      ...IDENTITY,
      {
        key: 'organization',
        type: 'ref',
        required: false,
        header: w('Investor', '投资方', 'Инвестор'),
        example: w('Example Technology Co.', '示例科技有限公司', 'Example Technology Co.'),
      },
      PARK,
      {
        key: 'sector',
        type: 'ref',
        required: true,
        header: w('Sector', '产业', 'Отрасль'),
        codeHeader: w('Sector (code)', '产业(代码)', 'Отрасль (код)'),
        list: 'sectors',
        example: null,
      },
      {
        key: 'stage',
        type: 'code',
        required: true,
        header: w('Stage', '阶段', 'Стадия'),
        codeHeader: w('Stage (code)', '阶段(代码)', 'Стадия (код)'),
        list: 'stages',
        example: null,
      },
      { key: 'amount', type: 'number', required: false, header: w('Amount', '金额', 'Сумма'), example: 5000000 },
      {
        key: 'amountCurrency',
        type: 'code',
        required: false,
        header: w('Amount currency', '金额币种', 'Валюта суммы'),
        aliases: [w('Currency', '币种', 'Валюта')],
        list: 'currencies',
        example: w(CURRENCY_EXAMPLE, CURRENCY_EXAMPLE, CURRENCY_EXAMPLE),
      },
      {
        key: 'announcedOn',
        type: 'date',
        required: false,
        header: w('Announced on', '公布日期', 'Дата объявления'),
        example: w('2025-06-30', '2025-06-30', '2025-06-30'),
      },
      { key: 'expectedJobs', type: 'integer', required: false, header: w('Expected jobs', '预计就业', 'Ожидаемые рабочие места'), example: 120 },
      {
        key: 'expectedAnnualOutput',
        type: 'number',
        required: false,
        header: w('Expected annual output', '预计年产值', 'Ожидаемый годовой объём производства'),
        example: null,
      },
      {
        key: 'expectedAnnualOutputCurrency',
        type: 'code',
        required: false,
        header: w('Expected annual output currency', '预计年产值币种', 'Валюта годового объёма производства'),
        list: 'currencies',
        example: null,
      },
    ],
    readOnly: [
      w('Investor country', '投资方国家', 'Страна инвестора'),
      w('Investor country (code)', '投资方国家(代码)', 'Страна инвестора (код)'),
      ...derivedMoney(w('Amount', '金额', 'Сумма')),
      ...RECORD_READ_ONLY,
    ],
  },
};

const DEALS: KindColumns = {
  kind: 'deals',
  records: {
    sheetName: w('Deals', '签约', 'Соглашения'),
    oneOf: ['id', 'reference'],
    columns: [
      ...IDENTITY,
      {
        key: 'kind',
        type: 'code',
        required: true,
        header: w('Kind', '类型', 'Вид'),
        codeHeader: w('Kind (code)', '类型(代码)', 'Вид (код)'),
        list: 'dealKinds',
        example: null,
      },
      // An export writes one title, in its language: that column is the language's title.
      {
        key: 'titleZh',
        type: 'text',
        required: false,
        header: w('Title (Chinese)', '中文名称', 'Название (китайское)'),
        aliases: [{ zh: '名称' }],
        example: w('示例合作协议', '示例合作协议', '示例合作协议'),
      },
      {
        key: 'titleEn',
        type: 'text',
        required: false,
        header: w('Title (English)', '英文名称', 'Название (английское)'),
        aliases: [{ en: 'Title' }],
        example: w('Example cooperation agreement', 'Example cooperation agreement', 'Example cooperation agreement'),
      },
      {
        key: 'titleRu',
        type: 'text',
        required: false,
        header: w('Title (Russian)', '俄文名称', 'Название (русское)'),
        aliases: [{ ru: 'Название' }],
        example: null,
      },
      {
        key: 'signedOn',
        type: 'date',
        required: true,
        header: w('Signed on', '签约日期', 'Дата подписания'),
        example: w('2025-09-15', '2025-09-15', '2025-09-15'),
      },
      { ...PARK, required: false },
      { key: 'event', type: 'ref', required: false, header: w('Event', '活动', 'Мероприятие'), example: null },
      { key: 'value', type: 'number', required: false, header: w('Value', '金额', 'Сумма'), example: 10000000 },
      {
        key: 'valueCurrency',
        type: 'code',
        required: false,
        header: w('Currency', '币种', 'Валюта'),
        list: 'currencies',
        example: w(CURRENCY_EXAMPLE, CURRENCY_EXAMPLE, CURRENCY_EXAMPLE),
      },
      {
        key: 'unnamedPartyCount',
        type: 'integer',
        required: false,
        header: w('Unnamed parties', '未具名签约方数量', 'Неназванные стороны'),
        example: 0,
      },
    ],
    readOnly: [
      w('Parties', '签约各方', 'Стороны'),
      w('Number of parties', '签约方数量', 'Число сторон'),
      w('Party countries (codes)', '签约方国家(代码)', 'Страны сторон (коды)'),
      ...derivedMoney(w('Value', '金额', 'Сумма')),
      ...RECORD_READ_ONLY,
    ],
  },
  parties: {
    sheetName: w('Parties', '签约各方', 'Стороны'),
    columns: [
      { key: 'deal', type: 'text', required: true, header: w('Deal reference', '签约编号', 'Код соглашения'), example: null },
      {
        key: 'organization',
        type: 'ref',
        required: true,
        header: w('Organization', '签约方', 'Организация'),
        example: w('Example Technology Co.', '示例科技有限公司', 'Example Technology Co.'),
      },
      { key: 'role', type: 'code', required: true, header: w('Role', '角色', 'Роль'), list: 'partyRoles', example: null },
    ],
    readOnly: [],
  },
};

export const IMPORT_COLUMNS: Record<ImportKind, KindColumns> = {
  organizations: ORGANIZATIONS,
  tenancies: TENANCIES,
  investments: INVESTMENTS,
  deals: DEALS,
};

/** A kind's columns: the records' sheet, or (deals) the parties' sheet. */
export function columnsOf(kind: ImportKind, sheet: 'records' | 'parties' = 'records'): ImportColumn[] {
  const of = IMPORT_COLUMNS[kind];
  return sheet === 'parties' ? (of.parties?.columns ?? []) : of.records.columns;
}

/** One column of a kind by its key (undefined when the kind has none). */
export function columnOf(kind: ImportKind, key: string, sheet: 'records' | 'parties' = 'records'): ImportColumn | undefined {
  return columnsOf(kind, sheet).find((c) => c.key === key);
}

/** A header compared: Unicode-normalised (full-width brackets and digits as ASCII), lower case, without spaces, underscores or a required mark (*). */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*]+/g, '');
}

/** What a header means: a column key (label or code form) or a read-only column; per language that writes it. */
export type HeaderMeaning = { key: string; form: 'label' | 'code'; langs: ExportLang[] } | { key: null; form: 'readOnly'; langs: ExportLang[] };

/**
 * Every header a sheet recognises, normalised, with its meaning: the template's headers, the exports' headers, the
 * column keys themselves (for programs), and the read-only columns (patterns are tried by `meaningOf`).
 */
export function headerMap(sheet: SheetColumns): Map<string, HeaderMeaning> {
  const map = new Map<string, HeaderMeaning>();
  const add = (text: string, meaning: Omit<HeaderMeaning, 'langs'>, lang: ExportLang | null) => {
    const norm = normaliseHeader(text);
    const known = map.get(norm);
    if (known) {
      // One header, one meaning: a header that meant two columns would silently fill the wrong one.
      if (known.key !== meaning.key || known.form !== meaning.form)
        throw new Error(`import header "${text}" means both ${known.key ?? 'read-only'} and ${meaning.key ?? 'read-only'}`);
      if (lang && !known.langs.includes(lang)) known.langs.push(lang);
      return;
    }
    map.set(norm, { ...meaning, langs: lang ? [lang] : [] } as HeaderMeaning);
  };
  for (const column of sheet.columns) {
    for (const lang of EXPORT_LANGS) add(column.header[lang], { key: column.key, form: 'label' }, lang);
    for (const alias of column.aliases ?? []) for (const lang of EXPORT_LANGS) if (alias[lang]) add(alias[lang], { key: column.key, form: 'label' }, lang);
    if (column.codeHeader) for (const lang of EXPORT_LANGS) add(column.codeHeader[lang], { key: column.key, form: 'code' }, lang);
  }
  for (const words of sheet.readOnly) if (!(words instanceof RegExp)) for (const lang of EXPORT_LANGS) add(words[lang], { key: null, form: 'readOnly' }, lang);
  for (const column of sheet.columns) add(column.key, { key: column.key, form: 'label' }, null);
  return map;
}

/** A header's meaning in a sheet, or undefined when the sheet does not know it. */
export function meaningOf(sheet: SheetColumns, map: Map<string, HeaderMeaning>, header: string): HeaderMeaning | undefined {
  const norm = normaliseHeader(header);
  const known = map.get(norm);
  if (known) return known;
  if (sheet.readOnly.some((p) => p instanceof RegExp && p.test(norm))) return { key: null, form: 'readOnly', langs: [] };
  return undefined;
}

/** A template's example cell for a column without a list. */
export function exampleOf(column: ImportColumn, lang: ExportLang): ImportValue {
  if (column.example == null || typeof column.example === 'number') return column.example;
  return column.example[lang];
}
