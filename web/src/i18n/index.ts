import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zh from './zh.json';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'parkscope.lang';

/** The remembered choice, else the browser's first supported language, else Chinese. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored === 'zh' || stored === 'en') return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh' || base === 'en') return base;
  }
  return 'zh';
}

function stored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

// Interface text comes from the message files; content names come bilingual from the API.
// The choice is remembered in localStorage across visits.
void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: detectLanguage(stored(), typeof navigator === 'undefined' ? [] : navigator.languages),
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});
i18n.on('languageChanged', (lng) => {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this visit only
  }
});

export function currentLanguage(lng: string | undefined): Language {
  return lng?.startsWith('en') ? 'en' : 'zh';
}

export default i18n;
