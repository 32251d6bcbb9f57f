import { DecimalType, defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A number's text in exponent notation ("1e-7", "1.5e-7") as plain digits ("0.0000001", "0.00000015"); other text as
 * it is. JavaScript writes a double below 0.000001 in exponent notation.
 */
export function plainDecimal(text: string): string {
  const m = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  return m ? `0.${'0'.repeat(Number(m[3]) - 1)}${m[1]}${m[2] ?? ''}` : text;
}

/**
 * DECIMAL read as exact text. SQLite keeps a NUMERIC column's value as a REAL, which the driver hands back as a
 * number: a rate below 0.000001 would read "1e-7", which no reader of rates (conversions, re-pricing, the API) takes.
 */
export class DecimalText extends DecimalType {
  override convertToJSValue(value: string): string {
    return plainDecimal(super.convertToJSValue(value));
  }
}

/** Units of USD per one unit of `currency`, valid from `validFrom` until the next rate of that currency. */
export const ExchangeRate = defineEntity({
  name: 'ExchangeRate',
  uniques: [{ properties: ['currency', 'validFrom'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    currency: p.string().length(3),
    validFrom: p.date(),
    usdPerUnit: p.decimal('string').type(DecimalText).precision(24).scale(12),
    /** Hand-entered defaults say so here ("approximate, entered by hand"). */
    note: p.string().length(200),
    approximate: p.boolean().default(true),
    enteredOn: p.date(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type ExchangeRateEntity = InferEntity<typeof ExchangeRate>;
