// The field-error reasons of the API's contract, free of dependencies so the web client imports the same table.

/**
 * Why a field is refused (`extensions.fieldErrors[].reason`), each with the names of the parameters it carries in
 * `params`: a stable code a client translates, where `message` is English for people reading the raw answer. The
 * web client reads this same table (web/src/forms/errors.ts), so a reason it cannot word does not build.
 */
export const FIELD_ERROR_REASONS = {
  /** Empty, or null where a value is needed. */
  REQUIRED: [],
  /** Shorter than `min` characters. */
  TOO_SHORT: ['min'],
  /** Longer than `max` characters (`length` given). */
  TOO_LONG: ['max', 'length'],
  /** Contains characters text may not hold (NUL; in a URL query, spaces, quotes or angle brackets). */
  INVALID_CHARACTERS: [],
  /** Not an http(s) URL. */
  NOT_A_URL: [],
  /** Not an e-mail address. */
  NOT_AN_EMAIL: [],
  /** `value` is not an ISO 3166-1 alpha-2 country code. */
  UNKNOWN_COUNTRY: ['value'],
  /** `value` is not an ISO 4217 currency code. */
  UNKNOWN_CURRENCY: ['value'],
  /** `value` is not a decimal number such as 1234.56. */
  NOT_A_DECIMAL: ['value'],
  /** More decimals than `currency` has (`decimals`). */
  TOO_MANY_DECIMALS: ['currency', 'decimals'],
  /** Below zero. */
  NEGATIVE: [],
  /** Above `max` (a decimal string for amounts). */
  TOO_LARGE: ['max'],
  /** Outside `min`..`max`. */
  OUT_OF_RANGE: ['min', 'max'],
  /** Zero or less where more than zero is needed. */
  NOT_POSITIVE: [],
  /** Not a date written YYYY-MM-DD. */
  NOT_A_DATE: [],
  /** Not a year, month or day written YYYY, YYYY-MM or YYYY-MM-DD. */
  NOT_A_PARTIAL_DATE: [],
  /** Earlier than the date in the field `notBefore` (an input path, e.g. `input.signedOn`). */
  DATE_ORDER: ['notBefore'],
  /** `value` is not the ID of a record of `type`. */
  NOT_AN_ID: ['type', 'value'],
  /** No record of `type` has this ID. */
  NOT_FOUND: ['type'],
  /** Fewer than `min` entries. */
  TOO_FEW: ['min'],
  /** More than `max` entries. */
  TOO_MANY: ['max'],
  /** The same entry twice in a list. */
  DUPLICATE: [],
  /** Not a positive decimal rate with at most `decimals` decimals. */
  NOT_A_RATE: ['decimals'],
  /** `currency` needs no exchange rate (it is the base currency). */
  BASE_CURRENCY: ['currency'],
  /** A record with this value exists already (`value`). */
  ALREADY_EXISTS: ['value'],
  /** The field `quotedField` is supported by a quote of the source: remove the quote (removeSources) to change it. */
  SUPPORTED_BY_QUOTE: ['quotedField'],
  /** Not one of `allowed`. */
  NOT_ONE_OF: ['allowed'],
  /** Give exactly one of `fields` (input paths). */
  EXACTLY_ONE: ['fields'],
  /** Every weight is 0; at least one must be above it. */
  ALL_ZERO: [],
  /** Sent sooner than the form allows after it was opened: wait `seconds` more. */
  TOO_SOON: ['seconds'],
  /** The form was opened too long ago: open it again. */
  EXPIRED: [],
  /** `value` is not of the field's type (a variable the API could not read: text for a number, an unknown enum value). */
  INVALID_VALUE: ['value'],
} as const satisfies Record<string, readonly string[]>;

export type FieldErrorReason = keyof typeof FIELD_ERROR_REASONS;

/** A reason's parameters: exactly the names the table lists for it. */
export type FieldErrorParams<R extends FieldErrorReason = FieldErrorReason> = {
  [K in (typeof FIELD_ERROR_REASONS)[R][number]]: string | number | readonly string[];
};

/**
 * The largest amount a money field takes, in minor units: 2^53 - 1, the most SQLite's driver stores exactly (90 trillion
 * in a currency of two decimals; larger sums are no plausible investment). The API refuses more, the forms too.
 */
export const MAX_AMOUNT_MINOR = 2n ** 53n - 1n;
