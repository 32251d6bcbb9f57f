// Amounts as officers type them (12,000,000 · 12 000 000 · 1200万 · 1.5亿 · 1.5 million · 1.5m · 1,5 млн · full-width digits)
// read into the API's canonical decimal string, exactly (no floating point), with the currency's decimals enforced.
// A refusal names a field error reason of the API (web/src/forms/errors.ts words it in the interface language).
import { MAX_AMOUNT_MINOR } from '../../../server/src/domain/field-errors';

/** What the parser makes of the text: nothing typed, an amount, or why it is not one. */
export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'amount'; amount: string }
  | { kind: 'refused'; reason: 'NOT_A_DECIMAL'; params: { value: string } }
  | { kind: 'refused'; reason: 'TOO_MANY_DECIMALS'; params: { currency: string; decimals: number } }
  | { kind: 'refused'; reason: 'NEGATIVE'; params: Record<string, never> }
  | { kind: 'refused'; reason: 'TOO_LARGE'; params: { max: string } }
  | { kind: 'refused'; reason: 'UNKNOWN_CURRENCY'; params: { value: string } };

/** Powers of ten the words and characters after a number stand for. */
const MULTIPLIERS: Record<string, number> = {
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  万亿: 12,
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  mio: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  t: 12,
  tn: 12,
  trillion: 12,
  тыс: 3,
  тысяча: 3,
  тысячи: 3,
  тысяч: 3,
  млн: 6,
  миллион: 6,
  миллиона: 6,
  миллионов: 6,
  млрд: 9,
  миллиард: 9,
  миллиарда: 9,
  миллиардов: 9,
  трлн: 12,
  триллион: 12,
  триллиона: 12,
  триллионов: 12,
};

/** Digits after the decimal point in a currency's minor unit (CNY 2, JPY 0, KWD 3); null for an unknown code. */
export function currencyDecimals(currency: string): number | null {
  if (!/^[A-Z]{3}$/.test(currency) || !known().has(currency)) return null;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

let currencies: Set<string> | undefined;
/** The ISO 4217 codes this browser knows, as the API checks them (Intl.supportedValuesOf). */
const known = () => (currencies ??= new Set(Intl.supportedValuesOf('currency')));

/** The number part: plain digits, or groups of three split all by commas or all by spaces; an optional fraction. */
const NUMBER = /^(\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)?(?:\.(\d+))?$/;

/**
 * Reads `text` as an amount in `currency` (an ISO 4217 code). The words may follow the number with or without a space
 * (`1.5 million`, `1.5m`, `1200万`, `1.5亿元`); the currency's own code, symbol or 元 (for CNY) may stand around it.
 */
export function parseAmount(text: string, currency: string): AmountReading {
  const code = currency.trim().toUpperCase();
  // NFKC turns full-width digits, commas, points and spaces into ASCII ones; other spaces (no-break, thin) become ' '.
  let s = text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .replace(/[。．]/g, '.')
    .trim();
  if (!s) return { kind: 'empty' };
  const decimals = currencyDecimals(code);
  if (decimals === null) return { kind: 'refused', reason: 'UNKNOWN_CURRENCY', params: { value: currency } };
  s = withoutCurrency(s, code);
  if (/^[-−]/.test(s)) return { kind: 'refused', reason: 'NEGATIVE', params: {} };
  s = s.replace(/^\+/, '').trim();
  const m = /^(.*?)\s?([\u4e00-\u9fff]+|[a-z]+s?|[\u0400-\u04ff]+\.?)?$/i.exec(s);
  const word = m?.[2]?.toLowerCase().replace(/\.$/, '');
  const power = word === undefined ? 0 : (MULTIPLIERS[word] ?? MULTIPLIERS[word.replace(/s$/, '')]);
  // Before a Russian word the comma is the decimal one, as Russian writes it ("1,5 млн"); alone, "1,5" stays ambiguous.
  const digits = m && word && /^[\u0400-\u04ff]/.test(word) ? m[1].trim().replace(/^(\d+|\d{1,3}(?: \d{3})+),(\d+)$/, '$1.$2') : m?.[1].trim();
  const number = digits !== undefined && power !== undefined ? NUMBER.exec(digits) : null;
  if (!number || (number[1] === undefined && number[2] === undefined)) return { kind: 'refused', reason: 'NOT_A_DECIMAL', params: { value: text.trim() } };
  const amount = shift((number[1] ?? '0').replace(/[, ]/g, ''), number[2] ?? '', power);
  const fraction = amount.split('.')[1] ?? '';
  if (fraction.length > decimals) return { kind: 'refused', reason: 'TOO_MANY_DECIMALS', params: { currency: code, decimals } };
  const minor = BigInt(amount.replace('.', '') + '0'.repeat(decimals - fraction.length));
  if (minor > MAX_AMOUNT_MINOR) return { kind: 'refused', reason: 'TOO_LARGE', params: { max: shift(MAX_AMOUNT_MINOR.toString(), '', -decimals) } };
  return { kind: 'amount', amount };
}

/** Drops the currency written around the number: its code, its symbol, or 元 / 人民币 for CNY. */
function withoutCurrency(s: string, code: string): string {
  const marks = [code, symbolOf(code), ...(code === 'CNY' ? ['人民币', '元', 'RMB'] : [])].filter((x): x is string => Boolean(x));
  let out = s;
  for (const mark of marks) {
    const escaped = mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`^${escaped}\\s?`, 'i'), '').replace(new RegExp(`\\s?${escaped}$`, 'i'), '');
  }
  return out.trim();
}

function symbolOf(code: string): string | undefined {
  return new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((p) => p.type === 'currency')
    ?.value;
}

/** `whole`.`fraction` × 10^power as the shortest exact decimal string ("1", "5", 8 → "150000000"). */
function shift(whole: string, fraction: string, power: number): string {
  const digits = whole + fraction;
  const point = whole.length + power;
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const frac = padded.slice(at).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
