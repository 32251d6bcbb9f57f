import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Units of USD per one unit of `currency`, valid from `validFrom` until the next rate of that currency. */
export const ExchangeRate = defineEntity({
  name: 'ExchangeRate',
  uniques: [{ properties: ['currency', 'validFrom'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    currency: p.string().length(3),
    validFrom: p.date(),
    usdPerUnit: p.decimal('string').precision(24).scale(12),
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
