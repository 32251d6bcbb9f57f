import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIELD_ERROR_REASONS,
  fieldErrorsOf,
  fieldMessage,
  FormCheck,
  FormProblems,
  isConflict,
  problemsText,
  REQUEST_REFUSALS,
  requestMessage,
  signInMessage,
  SIGN_IN_REFUSALS,
  type FieldErrorReason,
  type FieldProblem,
} from './errors';

const combined = (errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors });

type Messages = { [key: string]: string | Messages };

/** Every language file present (zh.json, core.zh.json, en.json, ...; Russian when it comes), merged per language. */
const FILES = import.meta.glob<Messages>('../i18n/*.json', { eager: true, import: 'default' });
const LANGUAGES: Record<string, Messages> = {};
for (const [path, messages] of Object.entries(FILES)) {
  const lang = /(?:core\.)?([a-z]{2})\.json$/.exec(path)?.[1];
  if (lang) LANGUAGES[lang] = merge(LANGUAGES[lang] ?? {}, messages);
}

function merge(a: Messages, b: Messages): Messages {
  const out: Messages = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof v === 'object' && typeof prev === 'object' ? merge(prev, v) : v;
  }
  return out;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
const problem = (reason: FieldErrorReason | null, params: FieldProblem['params'] = {}, message = ''): FieldProblem => ({ reason, params, message });

/** A key's message in each language file that has one (blank counts as none). */
function messagesFor(key: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [lang, messages] of Object.entries(LANGUAGES)) {
    const message = lookup(messages, key);
    if (message?.trim()) found[lang] = message;
  }
  return found;
}

/** A key worded in every language present, and worded differently in each (translated, not copied from another). */
function expectTranslated(key: string): Record<string, string> {
  const found = messagesFor(key);
  expect(Object.keys(found).sort(), `languages that word ${key}`).toEqual(Object.keys(LANGUAGES).sort());
  const texts = Object.values(found);
  expect(new Set(texts).size, `${key} in each language: ${texts.join(' / ')}`).toBe(texts.length);
  return found;
}

describe('field error reasons', () => {
  it('each have a message in every language file, using only the reason’s parameters', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(expect.arrayContaining(['en', 'zh']));
    for (const [reason, params] of Object.entries(FIELD_ERROR_REASONS)) {
      for (const [lang, message] of Object.entries(expectTranslated(`fieldError.reason.${reason}`))) {
        for (const p of placeholders(message)) expect(params, `${lang}: ${reason} uses {{${p}}}`).toContain(p);
      }
    }
    const keys = [
      'fieldError.other',
      'amountInput.reads',
      'amountInput.readsCompact',
      'amountInput.hint',
      ...['network', 'other', ...SIGN_IN_REFUSALS].map((k) => `signInError.${k}`),
      ...[...REQUEST_REFUSALS, 'network', 'other'].map((k) => `requestError.${k}`),
    ];
    for (const key of keys) expectTranslated(key);
  });

  it('finds a key missing from one language, or left in another language’s words', () => {
    const present = { ...LANGUAGES };
    try {
      LANGUAGES.xx = { fieldError: { reason: {} } };
      expect(() => expectTranslated('fieldError.reason.REQUIRED')).toThrow(/languages that word fieldError\.reason\.REQUIRED/);
      LANGUAGES.xx = { fieldError: { reason: { REQUIRED: lookup(LANGUAGES.en, 'fieldError.reason.REQUIRED') ?? '' } } };
      expect(() => expectTranslated('fieldError.reason.REQUIRED')).toThrow(/in each language/);
    } finally {
      delete LANGUAGES.xx;
    }
    expect(LANGUAGES).toEqual(present);
  });
});

describe('form errors', () => {
  const t: Record<string, TFunction> = {};
  beforeAll(async () => {
    for (const lang of ['zh', 'en']) {
      const instance = i18next.createInstance();
      await instance.init({ lng: lang, resources: { [lang]: { translation: LANGUAGES[lang] } }, interpolation: { escapeValue: false } });
      t[lang] = instance.t;
    }
  });

  it('reads each field’s reason and parameters from the API, first per field', () => {
    const error = combined([
      {
        message: 'input.titleEn: at most 300 characters (got 301); input.parties.0.organization: no Organization has this ID',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.titleEn',
          fieldErrors: [
            { field: 'input.titleEn', message: 'at most 300 characters (got 301)', reason: 'TOO_LONG', params: { max: 300, length: 301 } },
            { field: 'input.titleEn', message: 'second', reason: 'REQUIRED', params: {} },
            { field: 'input.parties.0.organization', message: 'no Organization has this ID', reason: 'NOT_FOUND', params: { type: 'Organization' } },
            { field: 'input.kind', message: 'a reason this client does not know yet', reason: 'SOMETHING_NEW', params: {} },
          ],
        },
      },
    ]);
    expect(fieldErrorsOf(error)).toEqual({
      'input.titleEn': problem('TOO_LONG', { max: 300, length: 301 }, 'at most 300 characters (got 301)'),
      'input.parties.0.organization': problem('NOT_FOUND', { type: 'Organization' }, 'no Organization has this ID'),
      'input.kind': problem(null, {}, 'a reason this client does not know yet'),
    });
    expect(fieldErrorsOf(combined([{ message: 'bad id', extensions: { code: 'BAD_USER_INPUT', field: 'input.id' } }]))).toEqual({
      'input.id': problem(null, {}, 'bad id'),
    });
    expect(fieldErrorsOf(new Error('network'))).toEqual({});
  });

  it('turns a variable the API could not read into a readable field error, never graphql-js’s words', () => {
    const message = 'Variable "$input" got invalid value "12,000,000" at "input.parties[1].organization"; ID cannot represent value';
    const problems = fieldErrorsOf(combined([{ message, extensions: { code: 'BAD_USER_INPUT' } }]));
    expect(Object.keys(problems)).toEqual(['input.parties.1.organization']);
    expect(problems['input.parties.1.organization'].reason).toBe('INVALID_VALUE');
    for (const lang of ['zh', 'en'] as const) {
      const text = fieldMessage(problems['input.parties.1.organization'], t[lang], lang);
      expect(text).not.toContain('Variable');
      expect(text).toContain('12,000,000');
      // A reason-less coercion message is not shown either.
      expect(fieldMessage(problem(null, {}, message), t[lang], lang)).toBe(lookup(LANGUAGES[lang], 'fieldError.other'));
    }
  });

  it('words each reason in the interface language, its parameters as the interface writes them', () => {
    expect(fieldMessage(problem('REQUIRED'), t.zh, 'zh')).toBe('此项必填。');
    expect(fieldMessage(problem('REQUIRED'), t.en, 'en')).toBe('Required.');
    expect(fieldMessage(problem('TOO_MANY_DECIMALS', { currency: 'CNY', decimals: 2 }), t.zh, 'zh')).toBe('人民币最多 2 位小数，此处超出。');
    expect(fieldMessage(problem('TOO_MANY_DECIMALS', { currency: 'JPY', decimals: 0 }), t.en, 'en')).toBe('JPY has 0 decimal places at most; this has more.');
    expect(fieldMessage(problem('DATE_ORDER', { notBefore: 'input.signedOn' }), t.zh, 'zh')).toBe('不能早于签约日期。');
    expect(fieldMessage(problem('DATE_ORDER', { notBefore: 'input.movedInOn' }), t.en, 'en')).toBe('Cannot be before the move-in date.');
    expect(fieldMessage(problem('NOT_AN_ID', { type: 'Park', value: '' }), t.zh, 'zh')).toBe('不是有效的园区，请从列表中选择。');
    expect(fieldMessage(problem('TOO_LONG', { max: 5000, length: 5001 }), t.en, 'en')).toBe('At most 5,000 characters (this has 5,001).');
    expect(fieldMessage(problem('TOO_LARGE', { max: '1000000000000000' }), t.en, 'en')).toBe('At most 1,000,000,000,000,000.');
    expect(fieldMessage(problem('NOT_ONE_OF', { allowed: ['/', '/deals'] }), t.zh, 'zh')).toBe('请从以下选择：/、/deals。');
    // A reason this client does not know: the API's English in English, a general message otherwise.
    expect(fieldMessage(problem(null, {}, 'must be odd'), t.en, 'en')).toBe('must be odd');
    expect(fieldMessage(problem(null, {}, 'must be odd'), t.zh, 'zh')).toBe('此值无法保存。');
  });

  it('checks a form’s shapes before sending: an unchosen park is REQUIRED, amounts are read as typed', () => {
    const check = new FormCheck();
    expect(check.required('park', '')).toBe('');
    expect(check.money('amount', '1.5亿', 'cny')).toEqual({ amount: '150000000', currency: 'CNY' });
    expect(check.money('expectedAnnualOutput', '', 'CNY')).toBeNull();
    expect(check.money('value', '12 apples', 'CNY')).toBeNull();
    expect(check.money('other', '12', 'XYZ')).toBeNull();
    expect(check.number('expectedJobs', '12.5', { integer: true })).toBe(12.5);
    let thrown: unknown;
    try {
      check.done();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(FormProblems);
    expect(fieldErrorsOf(thrown)).toEqual({
      'input.park': problem('REQUIRED'),
      'input.value.amount': problem('NOT_A_DECIMAL', { value: '12 apples' }),
      'input.other.currency': problem('UNKNOWN_CURRENCY', { value: 'XYZ' }),
      'input.expectedJobs': problem('INVALID_VALUE', { value: '12.5' }),
    });
    const fine = new FormCheck();
    fine.required('park', 'UGFyazox');
    expect(() => fine.done()).not.toThrow();
  });

  it('words a refused save outside a record form (a saved view) by its reasons', () => {
    const refused = combined([
      {
        message: 'input.query: a URL query of at most 2000 characters',
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.query', message: 'x', reason: 'TOO_LONG', params: { max: 2000, length: 2345 } }] },
      },
    ]);
    expect(problemsText(refused, t.zh, 'zh')).toBe('最多 2,000 个字符（现有 2,345 个）。');
    expect(problemsText(new Error('Failed to fetch'), t.en, 'en')).toBe(lookup(LANGUAGES.en, 'requestError.network'));
  });

  it('says why a sign-in was refused in the interface language', () => {
    const wrong = combined([{ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } }]);
    expect(signInMessage(wrong, t.zh)).toBe('电子邮件或密码错误。');
    expect(signInMessage(wrong, t.en)).toBe('Wrong e-mail or password.');
    const throttled = combined([{ message: 'Too many sign-in attempts', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 125 } }]);
    expect(signInMessage(throttled, t.zh)).toBe('尝试次数过多，请 3 分钟后再试。');
    expect(signInMessage(new TypeError('Failed to fetch'), t.en)).toBe(lookup(LANGUAGES.en, 'signInError.network'));
  });

  it('says why a save was refused in the interface language, never in the API’s English', () => {
    const forbidden = combined([{ message: 'Only admins may do this', extensions: { code: 'FORBIDDEN' } }]);
    expect(requestMessage(forbidden, t.zh)).toBe('您的角色无权执行此操作。');
    expect(requestMessage(forbidden, t.en)).toBe('You may not do this with your role.');
    const throttled = combined([{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 61 } }]);
    expect(requestMessage(throttled, t.zh)).toBe('请求过多，请 2 分钟后再试。');
    const odd = combined([{ message: 'Something internal', extensions: { code: 'SOMETHING_NEW' } }]);
    expect(requestMessage(odd, t.en)).toBe('The request was refused. Nothing was saved.');
    expect(requestMessage(new TypeError('Failed to fetch'), t.zh)).toBe('无法连接服务器，未保存任何内容，请检查网络后重试。');
  });

  it('recognises a conflict', () => {
    expect(isConflict(combined([{ message: 'changed', extensions: { code: 'CONFLICT' } }]))).toBe(true);
    expect(isConflict(combined([{ message: 'x', extensions: { code: 'FORBIDDEN' } }]))).toBe(false);
  });
});
