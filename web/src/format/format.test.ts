import { describe, expect, it } from 'vitest';
import { currencyName, formatMoney, formatMoneyExact, formatNumber, formatPartialDate } from './format.js';

describe('the shared formatter', () => {
  it('writes money with 万 and 亿 in Chinese', () => {
    expect(formatMoney('1000000000', 'USD', 'zh')).toBe('10亿美元');
    expect(formatMoney('60000000000', 'CNY', 'zh')).toBe('600亿人民币');
    expect(formatMoney('35000', 'CNY', 'zh')).toBe('3.5万人民币');
  });

  it('writes money with million and billion in English', () => {
    expect(formatMoney('1000000000', 'USD', 'en')).toBe('USD 1 billion');
    expect(formatMoney('60000000000', 'CNY', 'en')).toBe('CNY 60 billion');
    expect(formatMoney('1500000', 'EUR', 'en')).toBe('EUR 1.5 million');
  });

  it('keeps the exact amount beyond 2^53', () => {
    expect(formatMoneyExact('123456789012345678.91', 'USD', 'en')).toBe('USD 123,456,789,012,345,678.91');
    // The Chinese interface names currencies in Chinese, never "CNY" beside "美元".
    expect(formatMoneyExact('1380000', 'CNY', 'zh')).toBe('1,380,000 人民币');
    expect(currencyName('CNY', 'zh')).toBe('人民币');
    expect(currencyName('KZT', 'zh')).toBe('哈萨克斯坦坚戈');
    expect(currencyName('CNY', 'en')).toBe('CNY');
  });

  it('shows dates only as precisely as they are known', () => {
    expect(formatPartialDate('2025-05', 'en')).toBe('May 2025');
    expect(formatPartialDate('2025-05', 'zh')).toBe('2025年5月');
    expect(formatPartialDate('2025-07-18', 'zh')).toBe('2025年7月18日');
    expect(formatPartialDate('2025', 'en')).toBe('2025');
    expect(formatNumber(286.6666, 'en')).toBe('286.67');
  });
});
