// A record form's fields as its conflict notice shows them: the form keys each covers (merged as one, see merge.ts)
// and its value in words. Names are the record input's (labels.ts gives their labels).
import { parseAmount } from '../format/amount-input';
import { formatMoneyExact, formatNumber, formatPartialDate, type Lang } from '../format/format';
import type { Translate } from './history-model';
import type { MergeField } from './merge';

/** What a field's `show` may use: the page's query answer, the language, the translation and the parks' names. */
export interface ShowContext<Q> {
  data: Q;
  lang: Lang;
  t: Translate;
  parkName: (id: string) => string;
}

export interface FormField<Q, F> extends MergeField<F> {
  show: (form: F, c: ShowContext<Q>) => string;
}

type KeysOf<F, V> = { [K in keyof F]: F[K] extends V ? K : never }[keyof F] & string;

const orEmpty = (text: string, t: Translate) => text || t('history.empty');

/** Text as typed. */
export const textField = <Q, F>(name: KeysOf<F, string | number>): FormField<Q, F> => ({
  name,
  keys: [name],
  show: (f, c) => orEmpty(String(f[name]), c.t),
});

/** A number as typed, grouped as the language groups it when it reads as one. */
export const numberField = <Q, F>(name: KeysOf<F, string | number>): FormField<Q, F> => ({
  name,
  keys: [name],
  show: (f, c) => {
    const raw = String(f[name]).trim();
    return raw && Number.isFinite(Number(raw)) ? formatNumber(Number(raw), c.lang) : orEmpty(raw, c.t);
  },
});

/** A day (YYYY-MM-DD) in words. */
export const dateField = <Q, F>(name: KeysOf<F, string>): FormField<Q, F> => ({
  name,
  keys: [name],
  show: (f, c) => {
    const v = String(f[name]);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatPartialDate(v, c.lang) : orEmpty(v, c.t);
  },
});

/** A code by its label (`group.CODE`). */
export const codeField = <Q, F>(name: KeysOf<F, string>, group: string): FormField<Q, F> => ({
  name,
  keys: [name],
  show: (f, c) => c.t(`${group}.${String(f[name])}`),
});

/** The park chosen, by name. */
export const parkField = <Q, F>(name: KeysOf<F, string>): FormField<Q, F> => ({
  name,
  keys: [name],
  show: (f, c) => orEmpty(c.parkName(String(f[name])), c.t),
});

/** An amount (as typed, read in its currency) and its currency: one field. */
export const moneyField = <Q, F>(name: string, amount: KeysOf<F, string>, currency: KeysOf<F, string>): FormField<Q, F> => ({
  name,
  keys: [amount, currency],
  show: (f, c) => {
    const text = String(f[amount]);
    const code = String(f[currency]);
    const read = parseAmount(text, code);
    if (read.kind === 'amount') return formatMoneyExact(read.amount, code, c.lang);
    return read.kind === 'empty' ? c.t('history.empty') : `${text} ${code}`;
  },
});

/** The builders above for one form (its query answer `Q` and form `F`), so a page's list needs no type arguments. */
export function formFields<Q, F>() {
  return {
    text: (name: KeysOf<F, string | number>) => textField<Q, F>(name),
    number: (name: KeysOf<F, string | number>) => numberField<Q, F>(name),
    date: (name: KeysOf<F, string>) => dateField<Q, F>(name),
    code: (name: KeysOf<F, string>, group: string) => codeField<Q, F>(name, group),
    park: (name: KeysOf<F, string>) => parkField<Q, F>(name),
    money: (name: string, amount: KeysOf<F, string>, currency: KeysOf<F, string>) => moneyField<Q, F>(name, amount, currency),
    /** Any other field: its keys and how it reads. */
    custom: (name: string, keys: readonly (keyof F)[], show: FormField<Q, F>['show']): FormField<Q, F> => ({ name, keys, show }),
  };
}
