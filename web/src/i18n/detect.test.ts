import { describe, expect, it } from 'vitest';
import { detectLanguage } from './index';

describe('language detection', () => {
  it('prefers the remembered choice, then the browser languages, then Chinese', () => {
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['zh-TW'])).toBe('zh');
    expect(detectLanguage('de', ['ru-RU'])).toBe('zh');
  });
});
