// Field errors for forms, in the interface language: read from the API's answers (extensions.fieldErrors, each with a
// stable reason and its parameters) or found by the form's own check before sending (FormCheck), so a value the API
// could not even read never goes out; plus whether the record changed meanwhile and why a sign-in was refused.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { FIELD_ERROR_REASONS, type FieldErrorReason } from '../../../server/src/domain/field-errors';
import { parseAmount } from '../format/amount-input';
import { currencyName, formatNumber, type Lang } from '../format/format';

export { FIELD_ERROR_REASONS, type FieldErrorReason };
export type FieldParams = Record<string, unknown>;

/** What is wrong with one field: the reason (null when this client does not know it) and the API's English message. */
export interface FieldProblem {
  reason: FieldErrorReason | null;
  params: FieldParams;
  message: string;
}

/** Field problems by input path (`input.titleEn`, `input.parties.0.organization`). */
export type FieldProblems = Record<string, FieldProblem>;

/** Why a sign-in was refused, as the API says it (extensions.reason beside UNAUTHENTICATED), or RATE_LIMITED. */
export const SIGN_IN_REFUSALS = ['WRONG_CREDENTIALS', 'RATE_LIMITED'] as const;

interface ApiError {
  message: string;
  extensions?: {
    code?: string;
    reason?: string;
    field?: string;
    retryAfterSeconds?: number;
    fieldErrors?: { field: string; message: string; reason?: string; params?: FieldParams }[];
  };
}

function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as ApiError[];
  return [];
}

const isReason = (r: unknown): r is FieldErrorReason => typeof r === 'string' && Object.prototype.hasOwnProperty.call(FIELD_ERROR_REASONS, r);

/** graphql-js's words for a variable it could not read, from a server that does not report it as a field error. */
const VARIABLE_INVALID = /^Variable "\$(\w+)" got invalid value (.*?) at "(\1(?:\.\w+|\[\d+\])*)"; /s;

/** `{ "input.titleEn": { reason: "TOO_LONG", params: { max: 300, length: 301 }, ... } }` from a refused save or a form check. */
export function fieldErrorsOf(error: unknown): FieldProblems {
  if (error instanceof FormProblems) return error.problems;
  const out: FieldProblems = {};
  for (const e of apiErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    if (e.extensions.fieldErrors?.length) {
      for (const f of e.extensions.fieldErrors) out[f.field] ??= { reason: isReason(f.reason) ? f.reason : null, params: f.params ?? {}, message: f.message };
      continue;
    }
    const variable = VARIABLE_INVALID.exec(e.message);
    if (variable) out[variable[3].replace(/\[(\d+)\]/g, '.$1')] ??= { reason: 'INVALID_VALUE', params: { value: variable[2] }, message: e.message };
    else if (e.extensions.field) out[e.extensions.field] ??= { reason: null, params: {}, message: e.message };
  }
  return out;
}

export function isConflict(error: unknown): boolean {
  return apiErrors(error).some((e) => e.extensions?.code === 'CONFLICT');
}

/** One field problem in the interface language, its parameters written as the interface writes them. */
export function fieldMessage(problem: FieldProblem, t: TFunction, lang: Lang): string {
  if (!problem.reason) return lang === 'en' && problem.message && !problem.message.startsWith('Variable "$') ? problem.message : t('fieldError.other');
  const label = (path: unknown) => {
    const name = String(path).split('.').pop() ?? '';
    return t(`fieldError.field.${name}`, { defaultValue: name });
  };
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(problem.params)) {
    if (k === 'currency') shown[k] = currencyName(String(v), lang);
    else if (k === 'type') shown[k] = t(`fieldError.type.${String(v)}`, { defaultValue: String(v) });
    else if (k === 'notBefore' || k === 'quotedField') shown[k] = label(v);
    else if (k === 'fields')
      shown[k] = list(v)
        .map(label)
        .join(lang === 'zh' ? '、' : ', ');
    else if (k === 'allowed') shown[k] = list(v).join(lang === 'zh' ? '、' : ', ');
    else if (typeof v === 'number' || (k === 'max' && /^\d+$/.test(String(v)))) shown[k] = formatNumber(Number(v), lang);
    else shown[k] = String(v);
  }
  return t(`fieldError.reason.${problem.reason}`, shown);
}

/** A refused save outside a record form: its field problems in the interface language, else the error's own message. */
export function problemsText(error: { message: string }, t: TFunction, lang: Lang): string {
  const problems = Object.values(fieldErrorsOf(error));
  return problems.length ? problems.map((p) => fieldMessage(p, t, lang)).join(' ') : requestMessage(error, t);
}

/** The refusals a save or delete can meet besides field errors and conflicts, each worded in the interface language. */
export const REQUEST_REFUSALS = [
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'NOT_FOUND',
  'OVERLOADED',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;

/** Why a request failed, in the interface language: the API's code, or no answer at all; never the API's English. */
export function requestMessage(error: unknown, t: TFunction): string {
  const e = apiErrors(error)[0];
  const code = e?.extensions?.code;
  if (code === 'RATE_LIMITED') return t('requestError.RATE_LIMITED', { minutes: Math.max(1, Math.ceil((e?.extensions?.retryAfterSeconds ?? 60) / 60)) });
  if (REQUEST_REFUSALS.some((r) => r === code)) return t(`requestError.${code}`);
  return e ? t('requestError.other') : t('requestError.network');
}

/** A refused sign-in in the interface language: wrong credentials, too many attempts, or no answer. */
export function signInMessage(error: unknown, t: TFunction): string {
  const e = apiErrors(error)[0];
  if (e?.extensions?.code === 'RATE_LIMITED')
    return t('signInError.RATE_LIMITED', { minutes: Math.max(1, Math.ceil((e.extensions.retryAfterSeconds ?? 60) / 60)) });
  if (e?.extensions?.code === 'UNAUTHENTICATED') return t('signInError.WRONG_CREDENTIALS');
  return e ? t('signInError.other') : t('signInError.network');
}

/** A form's problems found before sending; RecordForm shows them as it shows the API's. */
export class FormProblems extends Error {
  constructor(readonly problems: FieldProblems) {
    super('Some fields need correcting');
  }
}

/**
 * The shapes a form checks before sending, each problem under its input path with the API's reason: a value the API
 * could not read (an empty ID, text for an amount) never reaches it. The API checks everything again.
 */
export class FormCheck {
  private readonly problems: FieldProblems = {};

  fail<R extends FieldErrorReason>(field: string, reason: R, params: FieldParams = {}) {
    this.problems[`input.${field}`] ??= { reason, params, message: '' };
  }

  /** A value that must be given (text, a chosen ID, a date); trimmed. */
  required(field: string, value: string): string {
    if (!value.trim()) this.fail(field, 'REQUIRED');
    return value.trim();
  }

  /** An amount typed as people type it (see parseAmount) → `{ amount, currency }` for the API; null when left empty. */
  money(prefix: string, text: string, currency: string): { amount: string; currency: string } | null {
    const code = currency.trim().toUpperCase();
    const reading = parseAmount(text, code);
    if (reading.kind === 'empty') return null;
    if (reading.kind === 'amount') return { amount: reading.amount, currency: code };
    this.fail(reading.reason === 'UNKNOWN_CURRENCY' ? `${prefix}.currency` : `${prefix}.amount`, reading.reason, reading.params);
    return null;
  }

  /** A number field (empty is null); text that is no number is refused here, not by the API's Int/Float. */
  number(field: string, text: string, { integer = false }: { integer?: boolean } = {}): number | null {
    if (!text.trim()) return null;
    const value = Number(text);
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) this.fail(field, 'INVALID_VALUE', { value: text });
    return value;
  }

  /** Throws the problems found, if any (RecordForm shows each beside its field). */
  done() {
    if (Object.keys(this.problems).length) throw new FormProblems(this.problems);
  }
}
