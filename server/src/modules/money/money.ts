// Exact money: bigint minor units in storage, decimal strings at the API, USD equivalents by integer arithmetic.

/** What a Money field resolves from: the stored columns plus the date that picks the exchange rate. */
export interface MoneyValue {
  minor: bigint;
  currency: string;
  usdMinor: bigint | null;
  /** The record's date (announced, signed, figures as of); null means "today's" rate. */
  onDate: string | null;
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}

/** Digits after the decimal point in a currency's minor unit (CNY 2, JPY 0, KWD 3), per ISO 4217 via Intl. */
export function minorDigits(currency: string): number {
  let digits = MINOR_DIGITS.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    MINOR_DIGITS.set(currency, digits);
  }
  return digits;
}
// Building an Intl.NumberFormat costs tens of microseconds: each currency's answer is kept (bulk loads convert millions).
const MINOR_DIGITS = new Map<string, number>();

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** An amount or rate that cannot be read; `reason` says why (a FieldErrorReason of graphql/errors.ts). */
export class MoneyFormatError extends Error {
  constructor(
    message: string,
    readonly reason: 'NOT_A_DECIMAL' | 'TOO_MANY_DECIMALS' | 'NOT_A_RATE' = 'NOT_A_DECIMAL',
  ) {
    super(message);
  }
}

/** "1000000000.5" in `currency` → minor units; rejects more fraction digits than the currency has. */
export function toMinor(amount: string, currency: string): bigint {
  const m = DECIMAL.exec(amount.trim());
  if (!m) throw new MoneyFormatError(`"${amount}" is not a decimal number`);
  const digits = minorDigits(currency);
  const fraction = m[3] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) {
    throw new MoneyFormatError(`${currency} has ${digits} decimal places; "${amount}" has more`, 'TOO_MANY_DECIMALS');
  }
  const minor = BigInt(m[2] + fraction.padEnd(digits, '0').slice(0, digits));
  return m[1] ? -minor : minor;
}

/** Minor units → shortest exact decimal string in major units ("1000000000", "12.5"). */
export function fromMinor(minor: bigint, currency: string): string {
  return scaleDown(minor, minorDigits(currency));
}

function scaleDown(value: bigint, digits: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(digits);
  const whole = abs / base;
  const fraction = digits ? (abs % base).toString().padStart(digits, '0').replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A decimal string as an exact fraction numerator / 10^scale. */
function parseRate(rate: string): { numerator: bigint; scale: number } {
  const m = DECIMAL.exec(rate.trim());
  if (!m || m[1]) throw new MoneyFormatError(`"${rate}" is not a positive decimal rate`, 'NOT_A_RATE');
  const fraction = m[3] ?? '';
  return { numerator: BigInt(m[2] + fraction), scale: fraction.length };
}

/** Converts minor units of `currency` to USD cents at `usdPerUnit`, rounding half away from zero. */
export function convertToUsdMinor(minor: bigint, currency: string, usdPerUnit: string): bigint {
  if (currency === 'USD') return minor;
  const { numerator, scale } = parseRate(usdPerUnit);
  // usdCents = minor / 10^d * rate * 10^2, computed as one exact fraction.
  return divideRounded(minor * numerator * 100n, 10n ** BigInt(minorDigits(currency) + scale));
}

/** Converts USD cents to minor units of `currency` at `usdPerUnit` (USD per unit), rounding half away from zero. */
export function convertFromUsdMinor(usdMinor: bigint, currency: string, usdPerUnit: string): bigint {
  if (currency === 'USD') return usdMinor;
  const { numerator, scale } = parseRate(usdPerUnit);
  if (numerator === 0n) throw new MoneyFormatError(`a rate of ${usdPerUnit} cannot convert from USD`, 'NOT_A_RATE');
  // minor = usdCents / 10^2 / rate * 10^d
  return divideRounded(usdMinor * 10n ** BigInt(minorDigits(currency) + scale), numerator * 100n);
}

/** top / bottom (bottom > 0) rounded half away from zero. */
export function divideRounded(top: bigint, bottom: bigint): bigint {
  const q = top / bottom;
  const r = top % bottom;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= bottom) return top < 0n ? q - 1n : q + 1n;
  return q;
}
