import { describe, expect, it } from 'vitest';
import { currencyDecimals, parseAmount, type AmountReading } from './amount-input.js';

const amount = (value: string): AmountReading => ({ kind: 'amount', amount: value });
const garbage = (value: string): AmountReading => ({ kind: 'refused', reason: 'NOT_A_DECIMAL', params: { value } });

describe('amounts as people type them', () => {
  it.each<[string, string, AmountReading]>([
    // Grouped as written in either language, and plain.
    ['12,000,000', 'CNY', amount('12000000')],
    ['12 000 000', 'CNY', amount('12000000')],
    ['12\u202f000\u00a0000', 'EUR', amount('12000000')],
    ['12000000', 'CNY', amount('12000000')],
    ['12000000.50', 'CNY', amount('12000000.5')],
    ['  7.00 ', 'USD', amount('7')],
    ['.5', 'USD', amount('0.5')],
    ['0012', 'USD', amount('12')],
    ['+12', 'USD', amount('12')],
    // 万 and 亿, with or without 元, a code or a symbol around them.
    ['1200万', 'CNY', amount('12000000')],
    ['1,200万', 'CNY', amount('12000000')],
    ['1.5亿', 'CNY', amount('150000000')],
    ['1.5亿元', 'CNY', amount('150000000')],
    ['0.35万亿', 'CNY', amount('350000000000')],
    ['3千万', 'CNY', amount('30000000')],
    ['¥1200万', 'CNY', amount('12000000')],
    ['CNY 5,000', 'CNY', amount('5000')],
    ['5000 usd', 'USD', amount('5000')],
    ['$5,000', 'USD', amount('5000')],
    ['1.23456万', 'CNY', amount('12345.6')],
    // Million, billion and their short forms.
    ['1.5 million', 'USD', amount('1500000')],
    ['1.5 millions', 'USD', amount('1500000')],
    ['1.5m', 'USD', amount('1500000')],
    ['1.5M', 'USD', amount('1500000')],
    ['2 billion', 'USD', amount('2000000000')],
    ['2bn', 'USD', amount('2000000000')],
    ['250k', 'JPY', amount('250000')],
    // Russian: тыс., млн, млрд and the words, the comma before them a decimal one, spaces grouping.
    ['1,5 млн', 'USD', amount('1500000')],
    ['1,5млн', 'USD', amount('1500000')],
    ['2 млрд', 'CNY', amount('2000000000')],
    ['250 тыс.', 'RUB', amount('250000')],
    ['1 200,75 тыс', 'RUB', amount('1200750')],
    ['3 миллиона', 'USD', amount('3000000')],
    ['1,2 МЛРД', 'USD', amount('1200000000')],
    ['1,5 рублей', 'RUB', garbage('1,5 рублей')],
    // Full-width digits, commas and points, as a Chinese keyboard types them.
    ['１２，０００，０００', 'CNY', amount('12000000')],
    ['１．５亿', 'CNY', amount('150000000')],
    ['1.5亿。', 'CNY', garbage('1.5亿。')],
    // Nothing typed: the amount is unknown.
    ['', 'CNY', { kind: 'empty' }],
    ['   ', 'CNY', { kind: 'empty' }],
    // The currency's decimals: CNY and USD 2, JPY none, KWD 3.
    ['12.345', 'CNY', { kind: 'refused', reason: 'TOO_MANY_DECIMALS', params: { currency: 'CNY', decimals: 2 } }],
    ['1.5', 'JPY', { kind: 'refused', reason: 'TOO_MANY_DECIMALS', params: { currency: 'JPY', decimals: 0 } }],
    ['1.5万', 'JPY', amount('15000')],
    ['1.234', 'KWD', amount('1.234')],
    ['1.23456 million', 'USD', amount('1234560')],
    ['1.234567891 million', 'USD', { kind: 'refused', reason: 'TOO_MANY_DECIMALS', params: { currency: 'USD', decimals: 2 } }],
    // Refused: ambiguous grouping (1,5 is 1.5 in much of Europe), signs, words that are no multiplier, garbage.
    ['1,5', 'EUR', garbage('1,5')],
    ['1,2345', 'CNY', garbage('1,2345')],
    ['1.234.567', 'EUR', garbage('1.234.567')],
    ['12,000 000', 'CNY', garbage('12,000 000')],
    ['-5', 'CNY', { kind: 'refused', reason: 'NEGATIVE', params: {} }],
    ['−5万', 'CNY', { kind: 'refused', reason: 'NEGATIVE', params: {} }],
    ['twelve', 'USD', garbage('twelve')],
    ['5 apples', 'USD', garbage('5 apples')],
    ['1e6', 'USD', garbage('1e6')],
    ['万', 'CNY', garbage('万')],
    ['12%', 'CNY', garbage('12%')],
    ['€5', 'USD', garbage('€5')],
    // Beyond what the API stores (2^53 - 1 minor units).
    ['90071992547409.92', 'CNY', { kind: 'refused', reason: 'TOO_LARGE', params: { max: '90071992547409.91' } }],
    ['1000万亿', 'CNY', { kind: 'refused', reason: 'TOO_LARGE', params: { max: '90071992547409.91' } }],
    ['90万亿', 'CNY', amount('90000000000000')],
    // A currency that is no ISO 4217 code.
    ['5', 'ABC', { kind: 'refused', reason: 'UNKNOWN_CURRENCY', params: { value: 'ABC' } }],
    ['5', '', { kind: 'refused', reason: 'UNKNOWN_CURRENCY', params: { value: '' } }],
  ])('reads %j in %s', (text, currency, expected) => {
    expect(parseAmount(text, currency)).toEqual(expected);
  });

  it('knows each currency’s decimals from ISO 4217', () => {
    expect([currencyDecimals('CNY'), currencyDecimals('USD'), currencyDecimals('JPY'), currencyDecimals('KWD')]).toEqual([2, 2, 0, 3]);
    expect(currencyDecimals('cny')).toBeNull();
    expect(currencyDecimals('XXXX')).toBeNull();
  });
});
