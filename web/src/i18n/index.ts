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

// Messages come in chunks per language: the shell's own (core.<lang>.json) load before the first render, the
// pages' (<lang>.json) with the first page; a language switch loads what has been needed so far.
type Messages = () => Promise<{ default: Record<string, unknown> }>;
const CORE: Record<Language, Messages> = { zh: () => import('./core.zh.json'), en: () => import('./core.en.json') };
const PAGES: Record<Language, Messages> = { zh: () => import('./zh.json'), en: () => import('./en.json') };
const loaded = new Set<string>();
let pagesWanted = false;

async function load(part: 'core' | 'pages', lng: Language) {
  if (loaded.has(`${part}:${lng}`)) return;
  const messages = (await (part === 'core' ? CORE : PAGES)[lng]()).default;
  i18n.addResourceBundle(lng, 'translation', messages, true, false);
  loaded.add(`${part}:${lng}`);
}

/** Loads a language's messages (once) and switches to it. */
export async function setLanguage(lng: Language): Promise<void> {
  await Promise.all([load('core', lng), pagesWanted ? load('pages', lng) : undefined]);
  await i18n.changeLanguage(lng);
}

/** Resolves when the pages' messages of the current language are in (lazy routes wait for it). */
export function pageMessages(): Promise<void> {
  pagesWanted = true;
  return load('pages', currentLanguage(i18n.language));
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
