import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

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

// Each language's messages are their own chunk: the shell carries only the language it opens in.
const MESSAGES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  zh: () => import('./zh.json'),
  en: () => import('./en.json'),
};

/** Loads a language's messages (once) and switches to it. */
export async function setLanguage(lng: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'translation')) i18n.addResourceBundle(lng, 'translation', (await MESSAGES[lng]()).default);
  await i18n.changeLanguage(lng);
}

// Interface text comes from the message files; content names come bilingual from the API.
// The choice is remembered in localStorage across visits.
const initial = detectLanguage(stored(), typeof navigator === 'undefined' ? [] : navigator.languages);
/** Resolves once the first language's messages are in; render after it. */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({ resources: {}, lng: initial, supportedLngs: [...LANGUAGES], fallbackLng: false, interpolation: { escapeValue: false } })
  .then(() => setLanguage(initial));
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
