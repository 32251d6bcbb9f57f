import { describe, expect, it } from 'vitest';
import { convertFromUsdMinor, convertToUsdMinor, divideRounded, fromMinor, isCurrencyCode, minorDigits, MoneyFormatError, toMinor } from './money.js';

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

describe('reading amounts', () => {
  it('reads signs, surrounding spaces and trailing zeros, and fills the minor unit', () => {
    expect(toMinor(' 12.5 ', 'CNY')).toBe(1250n);
    expect(toMinor('-12.5', 'CNY')).toBe(-1250n);
    expect(toMinor('1.23', 'USD')).toBe(123n); // exactly as many decimals as the currency has
    expect(toMinor('1.2300', 'USD')).toBe(123n); // zeros beyond them change nothing
    expect(toMinor('7', 'KWD')).toBe(7000n);
    expect(toMinor('1.005', 'KWD')).toBe(1005n);
    expect(toMinor('1500', 'JPY')).toBe(1500n);
    expect(toMinor('1500.0', 'JPY')).toBe(1500n);
    expect(toMinor('0', 'CNY')).toBe(0n);
  });

  it('refuses what is not a plain decimal, saying why', () => {
    for (const bad of ['', '.5', '5.', '1,000', '+5', '--5', 'abc', '1.2.3', '12 5']) {
      expect(() => toMinor(bad, 'CNY'), bad).toThrow(MoneyFormatError);
    }
    const notDecimal = (() => {
      try {
        toMinor('x1', 'CNY');
      } catch (err) {
        return err as MoneyFormatError;
      }
    })();
    expect(notDecimal?.reason).toBe('NOT_A_DECIMAL');
    expect(notDecimal?.message).toBe('"x1" is not a decimal number');
    const tooMany = (() => {
      try {
        toMinor('1.5', 'JPY');
      } catch (err) {
        return err as MoneyFormatError;
      }
    })();
    expect(tooMany?.reason).toBe('TOO_MANY_DECIMALS');
    expect(tooMany?.message).toBe('JPY has 0 decimal places; "1.5" has more');
    // Only zeros at the end are spare: a zero before a digit is a decimal place ("1.001" is not 1.00 USD).
    for (const [amount, currency] of [
      ['1.001', 'USD'],
      ['1.0010', 'USD'],
      ['1.05', 'JPY'],
      ['2.0001', 'KWD'],
    ]) {
      expect(() => toMinor(amount, currency), amount).toThrow(/decimal places/);
    }
    expect(toMinor('1.050', 'USD')).toBe(105n);
  });

  it('writes minor units back as the shortest exact decimal, signs and leading zeros kept', () => {
    expect(fromMinor(0n, 'CNY')).toBe('0');
    expect(fromMinor(100n, 'CNY')).toBe('1');
    expect(fromMinor(5n, 'CNY')).toBe('0.05');
    expect(fromMinor(-5n, 'CNY')).toBe('-0.05');
    expect(fromMinor(-1250n, 'CNY')).toBe('-12.5');
    expect(fromMinor(1005n, 'KWD')).toBe('1.005');
    expect(fromMinor(1500n, 'JPY')).toBe('1500');
    expect(fromMinor(-1500n, 'JPY')).toBe('-1500');
  });
});

describe('rates', () => {
  it('reads a rate with spaces around it and any number of decimals', () => {
    expect(convertToUsdMinor(1000n, 'CNY', ' 0.5 ')).toBe(500n);
    expect(convertToUsdMinor(1000n, 'CNY', '2')).toBe(2000n);
    expect(convertToUsdMinor(100_000n, 'CNY', '0.138012345678')).toBe(13801n);
    expect(convertToUsdMinor(1000n, 'KWD', '3.25')).toBe(325n); // 1 KWD = 3.25 USD
  });

  it('refuses a negative, malformed or zero rate with NOT_A_RATE', () => {
    for (const bad of ['-0.5', '1e3', '', 'abc']) {
      let reason: string | undefined;
      try {
        convertToUsdMinor(100n, 'CNY', bad);
      } catch (err) {
        reason = (err as MoneyFormatError).reason;
        expect((err as Error).message).toBe(`"${bad}" is not a positive decimal rate`);
      }
      expect(reason, bad).toBe('NOT_A_RATE');
    }
    let zero: MoneyFormatError | undefined;
    try {
      convertFromUsdMinor(100n, 'CNY', '0.000');
    } catch (err) {
      zero = err as MoneyFormatError;
    }
    expect(zero?.reason).toBe('NOT_A_RATE');
    expect(zero?.message).toBe('a rate of 0.000 cannot convert from USD');
    // USD itself needs no rate, so none is read.
    expect(convertToUsdMinor(5n, 'USD', 'not a rate')).toBe(5n);
    expect(convertFromUsdMinor(5n, 'USD', '0')).toBe(5n);
  });

  it('rounds half away from zero, and only at half', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(7n, 2n)).toBe(4n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
    expect(divideRounded(5n, 3n)).toBe(2n);
    expect(divideRounded(-5n, 3n)).toBe(-2n);
    expect(divideRounded(1n, 3n)).toBe(0n);
    expect(divideRounded(-1n, 3n)).toBe(0n);
    expect(divideRounded(6n, 3n)).toBe(2n);
    expect(divideRounded(-6n, 3n)).toBe(-2n);
    expect(divideRounded(0n, 7n)).toBe(0n);
  });
});
