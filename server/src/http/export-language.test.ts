import { describe, expect, it } from 'vitest';
import { requestLanguage } from './export.js';

describe('the language of an export link without lang', () => {
  it('is the first of zh, en and ru the browser asks for, by preference weight, then order', () => {
    expect(requestLanguage('ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ru');
    expect(requestLanguage('fr-FR, de;q=0.9, zh-Hans-CN;q=0.8, en;q=0.5')).toBe('zh');
    expect(requestLanguage('en;q=0.4, ru;q=0.6')).toBe('ru');
    expect(requestLanguage('RU-ru')).toBe('ru');
    expect(requestLanguage('zh-TW,ru')).toBe('zh');
  });

  it('is English when the client names none of them, names only "*", or refuses one with q=0', () => {
    expect(requestLanguage(undefined)).toBe('en');
    expect(requestLanguage('')).toBe('en');
    expect(requestLanguage('*')).toBe('en');
    expect(requestLanguage('fr, de;q=0.5')).toBe('en');
    expect(requestLanguage('ru;q=0, fr')).toBe('en');
  });
});
