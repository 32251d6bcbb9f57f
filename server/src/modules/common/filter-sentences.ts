// Responsible for saying a list filter in words, in the reader's language: one sentence per condition, records by
// name, codes by label (for an export's filter sheet), and the values alone (for a file name that reads like the view).
import { getNamedType, isEnumType, isInputObjectType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import {
  countryLabel,
  DEAL_KIND_LABELS,
  INVESTMENT_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  PARK_KIND_LABELS,
  PARK_STATUS_LABELS,
  TENANCY_STATUS_LABELS,
  VERIFICATION_LABELS,
  type Label,
} from '../../domain/labels.js';

/** The languages an export is written in: the interface's. */
export type ExportLang = 'en' | 'zh' | 'ru';
export const EXPORT_LANGS: ExportLang[] = ['en', 'zh', 'ru'];

/** Words an export writes itself, in every language it is written in. */
export type Words = Record<ExportLang, string>;

/** A label in `lang`; a label without Russian (none should lack it) falls back to English, as the interface does. */
export const labelIn = (label: Label, lang: ExportLang): string => label[lang] ?? label.en;

/** Labels of the enum values a filter can hold, by GraphQL enum name; sectors come from the sector table. */
const ENUM_LABELS: Record<string, Record<string, Label>> = {
  InvestmentStage: INVESTMENT_STAGE_LABELS,
  Verification: VERIFICATION_LABELS,
  OrganizationKind: ORGANIZATION_KIND_LABELS,
  DealKind: DEAL_KIND_LABELS,
  ParkKind: PARK_KIND_LABELS,
  ParkStatus: PARK_STATUS_LABELS,
  TenancyStatus: TENANCY_STATUS_LABELS,
};

/** What a filter's field is called, by field name; `Type.field` overrides for a name that means something else there. */
const FIELD_LABELS: Record<string, Words> = {
  verification: { en: 'provenance', zh: '数据来源', ru: 'источник данных' },
  stage: { en: 'stage', zh: '阶段', ru: 'стадия' },
  sector: { en: 'sector', zh: '产业', ru: 'отрасль' },
  focusSector: { en: 'focus sector', zh: '重点产业', ru: 'профильная отрасль' },
  amountUsd: { en: 'amount in US dollars', zh: '金额(美元)', ru: 'сумма в долларах США' },
  valueUsd: { en: 'value in US dollars', zh: '金额(美元)', ru: 'сумма в долларах США' },
  plannedInvestmentUsd: { en: 'total investment in US dollars', zh: '总投资(美元)', ru: 'общий объём инвестиций в долларах США' },
  landAreaMu: { en: 'planned land in mu', zh: '规划占地(亩)', ru: 'площадь земли в му' },
  announcedOn: { en: 'announcement date', zh: '公布日期', ru: 'дата объявления' },
  signedOn: { en: 'signing date', zh: '签约日期', ru: 'дата подписания' },
  startsOn: { en: 'start date', zh: '开始日期', ru: 'дата начала' },
  country: { en: 'country', zh: '国家', ru: 'страна' },
  kind: { en: 'kind', zh: '类型', ru: 'тип' },
  status: { en: 'status', zh: '状态', ru: 'статус' },
  slug: { en: 'slug', zh: '短名', ru: 'короткое имя' },
  search: { en: 'name', zh: '名称', ru: 'название' },
  park: { en: 'park', zh: '园区', ru: 'парк' },
  organization: { en: 'investor', zh: '投资方', ru: 'инвестор' },
  party: { en: 'a party', zh: '签约方', ru: 'сторона' },
  parent: { en: 'parent', zh: '上级', ru: 'вышестоящий' },
  'ParkFilter.parent': { en: 'parent park', zh: '上级园区', ru: 'вышестоящий парк' },
  'DealFilter.kind': { en: 'deal kind', zh: '协议类型', ru: 'вид соглашения' },
};

/** The noun of a filter's own records, for a condition on their IDs. */
const RECORD_LABELS: Record<string, Words> = {
  InvestmentFilter: { en: 'investment', zh: '投资项目', ru: 'инвестиция' },
  DealFilter: { en: 'deal', zh: '签约', ru: 'соглашение' },
  ParkFilter: { en: 'park', zh: '园区', ru: 'парк' },
  OrganizationFilter: { en: 'organization', zh: '机构', ru: 'организация' },
  EventFilter: { en: 'event', zh: '活动', ru: 'мероприятие' },
};

/** The words of one language: how a subject is built and how each kind of condition reads. */
export interface Phrases {
  /** "Investor" + "country" → "Investor's country"; 投资方 + 国家 → 投资方国家. */
  nested: (parent: string, child: string) => string;
  sentence: (subject: string, predicate: string) => string;
  list: (values: string[]) => string;
  is: (values: string) => string;
  unknown: string;
  known: string;
  contains: (text: string) => string;
  dateFrom: (day: string) => string;
  dateAfter: (day: string) => string;
  dateTo: (day: string) => string;
  dateBefore: (day: string) => string;
  between: (low: string, high: string) => string;
  atLeast: (n: string) => string;
  moreThan: (n: string) => string;
  atMost: (n: string) => string;
  lessThan: (n: string) => string;
  and: (parts: string[]) => string;
  anyOf: (parts: string[]) => string;
  noneOf: (parts: string[]) => string;
  /** The words around a period in a file name ("2025-01-01-to-2025-12-31", "from-2025-01-01"). */
  from: string;
  to: string;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const PHRASES: Record<ExportLang, Phrases> = {
  en: {
    nested: (parent, child) => `${parent}’s ${child}`,
    sentence: (subject, predicate) => `${upperFirst(subject)} ${predicate}.`,
    list: (values) => (values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`),
    is: (values) => `is ${values}`,
    unknown: 'is unknown',
    known: 'is known',
    contains: (text) => `contains “${text}”`,
    dateFrom: (day) => `is on or after ${day}`,
    dateAfter: (day) => `is after ${day}`,
    dateTo: (day) => `is on or before ${day}`,
    dateBefore: (day) => `is before ${day}`,
    between: (low, high) => `is from ${low} to ${high}`,
    atLeast: (n) => `is at least ${n}`,
    moreThan: (n) => `is more than ${n}`,
    atMost: (n) => `is at most ${n}`,
    lessThan: (n) => `is less than ${n}`,
    and: (parts) => parts.join(' and '),
    anyOf: (parts) => `At least one of these holds: ${parts.join(' ')}`,
    noneOf: (parts) => `None of this holds: ${parts.join(' ')}`,
    from: 'from',
    to: 'to',
  },
  zh: {
    nested: (parent, child) => `${parent}${child}`,
    sentence: (subject, predicate) => `${subject}${predicate}。`,
    list: (values) => (values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join('、')}或${values.at(-1)}`),
    is: (values) => `为${values}`,
    unknown: '未知',
    known: '已知',
    contains: (text) => `包含“${text}”`,
    dateFrom: (day) => `不早于${day}`,
    dateAfter: (day) => `晚于${day}`,
    dateTo: (day) => `不晚于${day}`,
    dateBefore: (day) => `早于${day}`,
    between: (low, high) => `自${low}至${high}`,
    atLeast: (n) => `不少于${n}`,
    moreThan: (n) => `多于${n}`,
    atMost: (n) => `不超过${n}`,
    lessThan: (n) => `少于${n}`,
    and: (parts) => parts.join(',且'),
    anyOf: (parts) => `满足以下至少一项:${parts.join('')}`,
    noneOf: (parts) => `不满足:${parts.join('')}`,
    from: '自',
    to: '至',
  },
  // Russian declines what a subject names, so a condition reads as "subject: value" rather than as a sentence.
  ru: {
    nested: (parent, child) => `${parent} — ${child}`,
    sentence: (subject, predicate) => `${upperFirst(subject)}: ${predicate}.`,
    list: (values) => (values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} или ${values.at(-1)}`),
    is: (values) => values,
    unknown: 'неизвестно',
    known: 'известно',
    contains: (text) => `содержит «${text}»`,
    dateFrom: (day) => `не ранее ${day}`,
    dateAfter: (day) => `позже ${day}`,
    dateTo: (day) => `не позднее ${day}`,
    dateBefore: (day) => `ранее ${day}`,
    between: (low, high) => `с ${low} по ${high}`,
    atLeast: (n) => `не менее ${n}`,
    moreThan: (n) => `более ${n}`,
    atMost: (n) => `не более ${n}`,
    lessThan: (n) => `менее ${n}`,
    and: (parts) => parts.join(' и '),
    anyOf: (parts) => `Выполняется хотя бы одно из условий: ${parts.join(' ')}`,
    noneOf: (parts) => `Не выполняется ни одно из условий: ${parts.join(' ')}`,
    from: 'с',
    to: 'по',
  },
};

/** How the describer reads what a filter names: records by global ID, sectors by code. */
export interface NameLookup {
  /** A record's name in `lang` (its global ID when it has none or does not exist). */
  record: (globalId: string, lang: ExportLang) => Promise<string>;
  sector: (code: string, lang: ExportLang) => Promise<string>;
}

/** A filter in words: sentences for people, and the values alone (dates first) for a file name. */
export interface FilterWords {
  sentences: string[];
  /** The values chosen, in the filter's order with periods first ("2025-01-01", "to", "2025-12-31", "SCO Energy Valley"). */
  values: string[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A filter (as coerced against `type`) in words in `lang`. */
export async function describeFilter(filter: Plain | null, type: GraphQLInputObjectType, lang: ExportLang, names: NameLookup): Promise<FilterWords> {
  const words = PHRASES[lang];
  const dates: string[] = [];
  const values: string[] = [];
  const intlLocale = lang === 'zh' ? 'zh-CN' : lang === 'ru' ? 'ru-RU' : lang;
  const money = new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
  const number = new Intl.NumberFormat(intlLocale);

  const fieldLabel = (owner: GraphQLInputObjectType, field: string) =>
    (FIELD_LABELS[`${owner.name}.${field}`] ?? FIELD_LABELS[field] ?? { en: field, zh: field, ru: field })[lang];

  /** One value, as a person reads it. */
  async function valueWord(fieldName: string, leafType: GraphQLInputType, value: unknown): Promise<string> {
    const named = getNamedType(leafType);
    const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
    if (isEnumType(named)) {
      if (named.name === 'SectorCode') return names.sector(text, lang);
      const label = ENUM_LABELS[named.name]?.[text];
      return label ? labelIn(label, lang) : text;
    }
    if (named.name === 'ID') return names.record(text, lang);
    if (named.name === 'Decimal') return money.format(Number(text));
    if (named.name === 'Float' || named.name === 'Int') return number.format(Number(text));
    if (fieldName === 'country') return labelIn(countryLabel(text.toUpperCase()), lang);
    return text;
  }

  /** Sentences for one object of a filter; `subject` is what its fields belong to ('' at the top). */
  async function walk(object: Plain, objectType: GraphQLInputObjectType, subject: string, collect: boolean): Promise<string[]> {
    const out: string[] = [];
    const fields = objectType.getFields();
    for (const [name, value] of Object.entries(object).sort(([a], [b]) => fieldRank(a) - fieldRank(b))) {
      const field = fields[name];
      if (!field || value == null) continue;
      const fieldType = getNamedType(field.type);
      if (name === 'and' && Array.isArray(value)) {
        for (const part of value) if (isPlain(part)) out.push(...(await walk(part, objectType, subject, collect)));
        continue;
      }
      if (name === 'or' && Array.isArray(value)) {
        const parts: string[] = [];
        for (const part of value) if (isPlain(part)) parts.push(words.and((await walk(part, objectType, subject, false)).map(trimStop)) + stop(lang));
        if (parts.length) out.push(words.anyOf(parts));
        continue;
      }
      if (name === 'not' && isPlain(value)) {
        const parts = await walk(value, objectType, subject, false);
        if (parts.length) out.push(words.noneOf(parts));
        continue;
      }
      // A condition on the records' own IDs names the records (the park, the investor), not an "id" field.
      const own = name === 'id';
      const label = own ? (subject ? '' : (RECORD_LABELS[objectType.name]?.[lang] ?? '')) : fieldLabel(objectType, name);
      const nextSubject = own ? subject || label : subject ? words.nested(subject, label) : label;
      if (name === 'search' && typeof value === 'string') {
        out.push(words.sentence(subject ? words.nested(subject, label) : label, words.contains(value)));
        if (collect) values.push(value);
        continue;
      }
      if (!isInputObjectType(fieldType) || !isPlain(value)) continue;
      if (isEntityFilter(fieldType)) {
        out.push(...(await walk(value, fieldType, nextSubject, collect)));
        continue;
      }
      const predicate = await leaf(name, fieldType, value, collect);
      if (predicate) out.push(words.sentence(nextSubject, predicate));
    }
    return out;
  }

  /** The predicate of a leaf filter (IDFilter, StringFilter, DateFilter, an enum filter, a number range). */
  async function leaf(fieldName: string, leafType: GraphQLInputObjectType, value: Plain, collect: boolean): Promise<string> {
    const fields = leafType.getFields();
    const parts: string[] = [];
    const isDate = getNamedType(fields.gte?.type ?? fields.eq?.type)?.name === 'Date';
    const word = (key: string) => valueWord(fieldName, fields[key].type, value[key]);
    if (value.eq != null) {
      const w = await word('eq');
      parts.push(words.is(w));
      if (collect) (isDate ? dates : values).push(w);
    }
    if (Array.isArray(value.in)) {
      const ws: string[] = [];
      for (const v of value.in) ws.push(await valueWord(fieldName, fields.in.type, v));
      parts.push(words.is(words.list(ws)));
      if (collect) values.push(...ws);
    }
    const low = value.gte != null ? 'gte' : value.gt != null ? 'gt' : null;
    const high = value.lte != null ? 'lte' : value.lt != null ? 'lt' : null;
    if (low === 'gte' && high === 'lte') {
      const [a, b] = [await word('gte'), await word('lte')];
      parts.push(words.between(a, b));
      if (collect) (isDate ? dates : values).push(a, words.to, b);
    } else {
      if (low) {
        const a = await word(low);
        parts.push(isDate ? (low === 'gte' ? words.dateFrom(a) : words.dateAfter(a)) : low === 'gte' ? words.atLeast(a) : words.moreThan(a));
        if (collect && isDate) dates.push(...(high ? [a, words.to] : [words.from, a]));
      }
      if (high) {
        const b = await word(high);
        parts.push(isDate ? (high === 'lte' ? words.dateTo(b) : words.dateBefore(b)) : high === 'lte' ? words.atMost(b) : words.lessThan(b));
        if (collect && isDate) dates.push(...(low ? [b] : [words.to, b]));
      }
    }
    if (value.isNull === true) parts.push(words.unknown);
    if (value.isNull === false) parts.push(words.known);
    return words.and(parts);
  }

  const sentences = filter ? await walk(filter, type, '', true) : [];
  return { sentences, values: [...dates, ...values] };
}

/** Whom a filter names comes first (the records, the park, the investor or party), provenance last; else schema order. */
const FIRST = ['and', 'id', 'park', 'organization', 'party'];
function fieldRank(name: string): number {
  const first = FIRST.indexOf(name);
  return first >= 0 ? first - FIRST.length : name === 'verification' ? 1 : 0;
}

/** A filter of records (it combines with and/or/not), as opposed to a filter of one value. */
function isEntityFilter(type: GraphQLInputObjectType): boolean {
  return 'and' in type.getFields();
}

const stop = (lang: ExportLang) => (lang === 'zh' ? '。' : '.');
const trimStop = (sentence: string) => sentence.replace(/[.。]$/, '');
