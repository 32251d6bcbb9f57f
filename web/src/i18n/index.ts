import i18n, { type InitOptions, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh', 'en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether `value` names an interface language (exactly: 'zh', 'en' or 'ru'). */
export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

const STORAGE_KEY = 'parkscope.lang';
/** The same choice as a cookie, so the server renders the page in it (`server/src/http/pages.ts` reads it). */
export const LANGUAGE_COOKIE = 'parkscope.lang';

/** The language a shared link names (?lang=zh|en|ru, there only when the sharer chose to share in their language). */
export function linkLanguage(search: string): Language | null {
  const named = new URLSearchParams(search).get('lang');
  return isLanguage(named) ? named : null;
}

/** The link to share for `href`: without a language, so each reader's own choice applies, unless `lang` is given. */
export function shareUrl(href: string, lang: Language | null): string {
  const url = new URL(href);
  // The other parameters stay as written (commas in lists unescaped).
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((p) => p && !p.startsWith('lang='));
  if (lang) kept.push(`lang=${lang}`);
  return `${url.origin}${url.pathname}${kept.length ? `?${kept.join('&')}` : ''}${url.hash}`;
}

/** The language a link names, else the remembered choice, else the browser's first supported language, else Chinese. */
export function detectLanguage(stored: string | null, preferred: readonly string[], linked: string | null = null): Language {
  if (isLanguage(linked)) return linked;
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
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
const CORE: Record<Language, Messages> = {
  zh: () => import('./core.zh.json'),
  en: () => import('./core.en.json'),
  ru: () => import('./core.ru.json'),
};
const PAGES: Record<Language, Messages> = { zh: () => import('./zh.json'), en: () => import('./en.json'), ru: () => import('./ru.json') };
const loaded = new Set<string>();
let pagesWanted = false;

async function load(part: 'core' | 'pages', lng: Language) {
  if (loaded.has(`${part}:${lng}`)) return;
  const messages = (await (part === 'core' ? CORE : PAGES)[lng]()).default;
  i18n.addResourceBundle(lng, 'translation', messages, true, false);
  loaded.add(`${part}:${lng}`);
}

/** Loads a language's messages (once) and switches to it; `remember` keeps it for the next visits. */
export async function setLanguage(lng: Language, { remember = true }: { remember?: boolean } = {}): Promise<void> {
  await Promise.all([load('core', lng), pagesWanted ? load('pages', lng) : undefined]);
  await i18n.changeLanguage(lng);
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // private mode: the choice lasts for this visit only
    }
    document.cookie = `${LANGUAGE_COOKIE}=${lng}; path=/; max-age=31536000; samesite=lax`;
  }
}

/** The reader's own choice from the language switch: remembered, and a language the link named no longer applies. */
export function chooseLanguage(lng: Language): Promise<void> {
  if (linkLanguage(window.location.search)) {
    const url = new URL(shareUrl(window.location.href, null));
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return setLanguage(lng);
}

/** Resolves when the pages' messages of the current language are in (lazy routes wait for it). */
export function pageMessages(): Promise<void> {
  pagesWanted = true;
  return load('pages', currentLanguage(i18n.language));
}

/**
 * The options of every i18next instance: the browser's one, and the one per request that renders a page on the server.
 * A message missing in the reader's language shows its key: say so in the console, where browser tests look.
 */
export function i18nOptions(lng: Language, resources: Resource = {}): InitOptions {
  return {
    resources,
    lng,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    interpolation: { escapeValue: false },
    parseMissingKeyHandler: (key: string, defaultValue?: string) => {
      if (defaultValue !== undefined) return defaultValue;
      console.warn(`Missing message "${key}" in ${lng}`);
      return key;
    },
  };
}

/** The language the server rendered this page in (`<html data-lang>`), which the browser keeps for hydrating it. */
export function renderedLanguage(): Language | null {
  const named = typeof document === 'undefined' ? null : document.documentElement.dataset.lang;
  return isLanguage(named) ? named : null;
}

// Interface text comes from the message files; content names come bilingual from the API.
// The choice is remembered in localStorage and a cookie across visits; a link's language applies to that visit, never
// remembered. A page the server rendered opens in the server's choice (the same rules: link, cookie, browser).
const initial =
  renderedLanguage() ??
  detectLanguage(
    stored(),
    typeof navigator === 'undefined' ? [] : navigator.languages,
    typeof window === 'undefined' ? null : linkLanguage(window.location.search),
  );
/** Resolves once the first language's messages are in; render after it. */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init(i18nOptions(initial))
  .then(() => setLanguage(initial, { remember: false }));

/**
 * After hydrating a page the server rendered: a choice remembered here before the cookie existed (localStorage only)
 * wins over the server's guess from the browser's languages, and is written to the cookie for the next pages.
 */
export function adoptRememberedLanguage(): Promise<void> | undefined {
  const remembered = stored();
  if (!isLanguage(remembered) || linkLanguage(window.location.search) || document.cookie.includes(`${LANGUAGE_COOKIE}=`)) return undefined;
  return setLanguage(remembered);
}

export function currentLanguage(lng: string | undefined): Language {
  const base = lng?.split('-')[0];
  return isLanguage(base) ? base : 'zh';
}

export default i18n;
