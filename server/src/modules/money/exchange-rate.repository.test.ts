import { describe, expect, it } from 'vitest';
import { plainDecimal, type ExchangeRateEntity } from './exchange-rate.entity.js';
import { rateOn, type RateTable } from './exchange-rate.repository.js';

// The rate a dated amount uses, on a table of three CNY rates (sorted by date, as loadRateTable returns them).
const rate = (validFrom: string, usdPerUnit: string) => ({ currency: 'CNY', validFrom, usdPerUnit }) as ExchangeRateEntity;
const CNY = [rate('2020-01-01', '0.15'), rate('2023-07-01', '0.14'), rate('2025-01-01', '0.138')];
const table: RateTable = new Map([
  ['CNY', CNY],
  ['EUR', []],
]);

describe('the rate in force on a day', () => {
  it('applies a rate from its own first day until the day before the next one', () => {
    expect(rateOn(table, 'CNY', '2023-07-01')).toBe(CNY[1]);
    expect(rateOn(table, 'CNY', '2023-06-30')).toBe(CNY[0]);
    expect(rateOn(table, 'CNY', '2024-12-31')).toBe(CNY[1]);
    expect(rateOn(table, 'CNY', '2025-01-01')).toBe(CNY[2]);
    expect(rateOn(table, 'CNY', '2020-01-01')).toBe(CNY[0]);
  });

  it('uses the latest rate after the last one starts and without a date, the first before any starts', () => {
    expect(rateOn(table, 'CNY', '2026-11-24')).toBe(CNY[2]);
    expect(rateOn(table, 'CNY', null)).toBe(CNY[2]);
    expect(rateOn(table, 'CNY', '2019-12-31')).toBe(CNY[0]);
  });

  it('has none for a currency without rates', () => {
    expect(rateOn(table, 'EUR', '2025-01-01')).toBeNull();
    expect(rateOn(table, 'EUR', null)).toBeNull();
    expect(rateOn(table, 'JPY', null)).toBeNull();
  });
});

describe('a rate read back from SQLite', () => {
  it('is written out in digits when the driver gives it in exponent notation, and left as it is otherwise', () => {
    expect(plainDecimal('1e-7')).toBe('0.0000001');
    expect(plainDecimal('1e-12')).toBe('0.000000000001');
    expect(plainDecimal('1.5e-7')).toBe('0.00000015');
    expect(plainDecimal('2.123456789e-10')).toBe('0.0000000002123456789');
    expect(plainDecimal('0.000001')).toBe('0.000001');
    expect(plainDecimal('0.140000000000')).toBe('0.140000000000');
    expect(plainDecimal('7')).toBe('7');
    expect(plainDecimal('x1e-7')).toBe('x1e-7');
    expect(plainDecimal('1e-7x')).toBe('1e-7x');
  });
});
