import { describe, expect, it } from 'vitest';
import { currentLanguage, detectLanguage, linkLanguage, shareUrl } from './index';

describe('language detection', () => {
  it('prefers the remembered choice, then the browser languages, then Chinese', () => {
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['zh-TW'])).toBe('zh');
    expect(detectLanguage('de', ['fr-FR'])).toBe('zh');
  });

  it('knows Russian as a third language: in the link, the remembered choice and the browser languages', () => {
    expect(detectLanguage(null, ['ru-RU', 'en-US'])).toBe('ru');
    expect(detectLanguage(null, ['kk-KZ', 'ru'])).toBe('ru');
    expect(detectLanguage('ru', ['zh-CN'])).toBe('ru');
    expect(detectLanguage('zh', ['ru-RU'])).toBe('zh');
    expect(detectLanguage('en', ['en-US'], linkLanguage('?lang=ru'))).toBe('ru');
    expect(linkLanguage('?lang=RU')).toBeNull();
    expect(shareUrl('http://x.test/parks?lang=zh', 'ru')).toBe('http://x.test/parks?lang=ru');
    expect([currentLanguage('ru'), currentLanguage('ru-RU'), currentLanguage('en-GB'), currentLanguage('de')]).toEqual(['ru', 'ru', 'en', 'zh']);
  });

  it('lets a link name the language, and shares links without one unless asked', () => {
    expect(detectLanguage('zh', ['zh-CN'], linkLanguage('?parks=a&lang=en'))).toBe('en');
    expect(detectLanguage('en', ['en-US'], linkLanguage('?lang=fr'))).toBe('en');
    expect(shareUrl('http://x.test/compare?parks=a,b&lang=zh', null)).toBe('http://x.test/compare?parks=a,b');
    expect(shareUrl('http://x.test/?period=all', 'en')).toBe('http://x.test/?period=all&lang=en');
    expect(shareUrl('http://x.test/?lang=en', 'zh')).toBe('http://x.test/?lang=zh');
  });
});
