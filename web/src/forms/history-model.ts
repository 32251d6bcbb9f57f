// A record's history as people read it: each entry's fields by the labels the form uses, amounts in their currency,
// parks, organizations and sectors by name, codes by their labels, in the interface language.
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import type { AuditOperation, HistoryList_ValueFragment } from '../__generated__/graphql';
import { formatMoneyExact, formatNumber, formatPartialDate, type Lang, locale, textIn } from '../format/format';
import { codeLabel, fieldLabel } from './labels';

/** One value of an audited field, as the history shows it. */
export const HistoryList_value = graphql(`
  fragment HistoryList_value on AuditValue {
    text
    money {
      amount
      currency
      amountUsd
    }
    # A record named by the field (a park, an organization, a sector, an event), by name in both languages.
    record {
      __typename
      id
      ... on Park {
        name {
          zh
          en
          ru
        }
      }
      ... on Organization {
        name {
          zh
          en
          ru
        }
      }
      ... on Sector {
        name {
          zh
          en
          ru
        }
      }
      ... on Event {
        name {
          zh
          en
          ru
        }
      }
    }
    items {
      text
      record {
        __typename
        id
        ... on Park {
          name {
            zh
            en
            ru
          }
        }
        ... on Organization {
          name {
            zh
            en
            ru
          }
        }
        ... on Sector {
          name {
            zh
            en
            ru
          }
        }
        ... on Event {
          name {
            zh
            en
            ru
          }
        }
      }
    }
  }
`);

/** What the history list shows of one audit entry: spread by every query that lists a record's history. */
export const HistoryList_entry = graphql(`
  fragment HistoryList_entry on AuditEntry {
    id
    at
    actorName
    operation
    recordType
    fields {
      field
      kind
      before {
        ...HistoryList_value
      }
      after {
        ...HistoryList_value
      }
    }
  }
`);

/** The translation function, as react-i18next's `t` is called here. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface HistoryLine {
  field: string;
  label: string;
  /** The value before (null on a create) and after (null on a delete), in words; "—" for an empty one. */
  before: string | null;
  after: string | null;
}

export interface HistoryRow {
  id: string;
  operation: AuditOperation;
  /** "Changed by Li Na · 2026/11/24 10:02". */
  heading: string;
  lines: HistoryLine[];
}

type Entry = FragmentType<typeof HistoryList_entry>;
type ValueRef = FragmentType<typeof HistoryList_value>;
type RecordRef = NonNullable<HistoryList_ValueFragment['record']>;

/** A moment in the reader's time zone and language. */
export const formatMoment = (iso: string, lang: Lang) => new Date(iso).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });

function recordName(ref: RecordRef | null | undefined, lang: Lang, t: Translate): string {
  if (!ref) return t('history.deletedRecord');
  return 'name' in ref ? textIn(ref.name, lang) : ref.id;
}

/** One value in words: an amount in its currency, a record by name, a code by its label. */
function words(recordType: string, field: string, kind: string, ref: ValueRef | null | undefined, lang: Lang, t: Translate, withUsd: boolean): string {
  if (!ref) return t('history.empty');
  const v = getFragmentData(HistoryList_value, ref);
  const code = (c: string, f = field) => {
    const key = codeLabel(recordType, f, c);
    return key ? t(key) : c;
  };
  if (v.money) {
    const amount = formatMoneyExact(v.money.amount, v.money.currency, lang);
    return withUsd && v.money.amountUsd ? t('history.usd', { amount, usd: formatMoneyExact(v.money.amountUsd, 'USD', lang) }) : amount;
  }
  if (v.items) {
    return v.items
      .map((i) => (i.text ? t('history.withRole', { name: recordName(i.record, lang, t), role: code(i.text) }) : recordName(i.record, lang, t)))
      .join(t('history.separator'));
  }
  if (kind === 'RECORD') return recordName(v.record, lang, t);
  const text = v.text ?? '';
  switch (kind) {
    case 'CODE':
      return code(text);
    case 'DATE':
      return formatPartialDate(text, lang);
    case 'DATE_TIME':
      return formatMoment(text, lang);
    case 'NUMBER':
      return Number.isFinite(Number(text)) ? formatNumber(Number(text), lang) : text;
    case 'BOOLEAN':
      return t(text === 'true' ? 'history.yes' : 'history.no');
    default:
      return text;
  }
}

/** The entries as the history list shows them, newest first as the API lists them. */
export function historyRows(refs: readonly Entry[], lang: Lang, t: Translate): HistoryRow[] {
  return getFragmentData(HistoryList_entry, refs).map((e) => ({
    id: e.id,
    operation: e.operation,
    heading: t(`history.heading.${e.operation}`, { who: e.actorName, when: formatMoment(e.at, lang) }),
    lines: e.fields.map((f) => {
      const show = (ref: ValueRef | null | undefined, other: ValueRef | null | undefined) => {
        // An amount whose original is unchanged changed only in US dollars (re-priced): show the dollars too.
        const plain = words(e.recordType, f.field, f.kind, ref, lang, t, false);
        const repriced = f.kind === 'MONEY' && e.operation === 'UPDATE' && plain === words(e.recordType, f.field, f.kind, other, lang, t, false);
        return repriced ? words(e.recordType, f.field, f.kind, ref, lang, t, true) : plain;
      };
      const label = fieldLabel(e.recordType, f.field);
      return {
        field: f.field,
        label: label ? t(label) : f.field,
        before: e.operation === 'CREATE' ? null : show(f.before, f.after),
        after: e.operation === 'DELETE' ? null : show(f.after, f.before),
      };
    }),
  }));
}
