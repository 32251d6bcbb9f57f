import { describe, expect, it } from 'vitest';
import { convertFromUsdMinor, convertToUsdMinor, fromMinor, isCurrencyCode, minorDigits, toMinor } from './money.js';

describe('money', () => {
  it('keeps amounts beyond 32 and 53 bits exact', () => {
    expect(toMinor('60000000000', 'CNY')).toBe(6_000_000_000_000n);
    expect(fromMinor(6_000_000_000_000n, 'CNY')).toBe('60000000000');
    expect(fromMinor(toMinor('123456789012345678.91', 'USD'), 'USD')).toBe('123456789012345678.91');
  });

  it('knows each currency minor unit', () => {
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(toMinor('12.5', 'CNY')).toBe(1250n);
    expect(fromMinor(1250n, 'CNY')).toBe('12.5');
    expect(() => toMinor('1.234', 'USD')).toThrow(/2 decimal places/);
    expect(() => toMinor('1e9', 'USD')).toThrow(/not a decimal/);
  });

  it('converts to USD cents exactly, rounding half away from zero', () => {
    expect(convertToUsdMinor(6_000_000_000_000n, 'CNY', '0.1380')).toBe(8_280_000_000_00n);
    expect(convertToUsdMinor(1n, 'CNY', '0.5')).toBe(1n); // 0.5 cent rounds up
    expect(convertToUsdMinor(-1n, 'CNY', '0.5')).toBe(-1n);
    expect(convertToUsdMinor(100n, 'JPY', '0.0067')).toBe(67n);
    expect(convertToUsdMinor(999n, 'USD', '1')).toBe(999n);
  });

  it('converts USD cents to another currency exactly, the inverse at the same rate', () => {
    expect(convertFromUsdMinor(8_280_000_000_00n, 'CNY', '0.1380')).toBe(6_000_000_000_000n);
    expect(convertFromUsdMinor(100n, 'CNY', '0.138')).toBe(725n); // 1 USD = 7.2464 CNY → 7.25
    expect(convertFromUsdMinor(67n, 'JPY', '0.0067')).toBe(100n);
    expect(convertFromUsdMinor(-100n, 'CNY', '0.138')).toBe(-725n);
    expect(convertFromUsdMinor(12345n, 'USD', '1')).toBe(12345n);
  });

  it('accepts ISO 4217 codes only', () => {
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('cny')).toBe(false);
    expect(isCurrencyCode('XXQ')).toBe(false);
  });
});
