import { describe, expect, it } from 'vitest';
import { currencyName, formatMoney, formatMoneyExact, formatNumber, formatPartialDate, locale, textIn, textLang } from './format.js';

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

  it('writes money with тыс., млн and млрд in Russian, the decimal comma and the code after the number', () => {
    expect(formatMoney('1000000000', 'USD', 'ru')).toBe('1\u00a0млрд USD');
    expect(formatMoney('1500000', 'EUR', 'ru')).toBe('1,5\u00a0млн EUR');
    expect(formatMoney('35000', 'CNY', 'ru')).toBe('35\u00a0тыс. CNY');
    expect(formatMoneyExact('1380000.5', 'CNY', 'ru')).toBe('1\u00a0380\u00a0000,5 CNY');
    expect(currencyName('KZT', 'ru')).toBe('KZT');
  });

  it('writes Russian numbers, dates and percentages through Intl for ru-RU', () => {
    expect(formatNumber(286.6666, 'ru')).toBe('286,67');
    expect(formatNumber(1234567, 'ru')).toBe('1\u00a0234\u00a0567');
    expect(formatPartialDate('2025-07-18', 'ru')).toBe('18 июля 2025 г.');
    expect(formatPartialDate('2025-05', 'ru')).toBe('май 2025 г.');
    expect(formatPartialDate('2025', 'ru')).toBe('2025');
    expect(locale('ru')).toBe('ru-RU');
  });

  it('shows content names in Russian where entered, else the English name', () => {
    expect(textIn({ zh: '上合示范区', en: 'SCO Demonstration Area', ru: 'Демонстрационная зона ШОС' }, 'ru')).toBe('Демонстрационная зона ШОС');
    expect(textIn({ zh: '上合示范区', en: 'SCO Demonstration Area', ru: null }, 'ru')).toBe('SCO Demonstration Area');
    expect(textIn({ zh: '上合示范区', en: 'SCO Demonstration Area' }, 'zh')).toBe('上合示范区');
    expect(textLang({ zh: '上合示范区', en: 'SCO Demonstration Area' }, 'ru')).toBe('en');
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
