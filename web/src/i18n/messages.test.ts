import { describe, expect, it } from 'vitest';
import coreEn from './core.en.json';
import coreRu from './core.ru.json';
import coreZh from './core.zh.json';
import en from './en.json';
import { LANGUAGES, type Language } from './index';
import ru from './ru.json';
import zh from './zh.json';

// Every message in every interface language: the same keys, each plural complete by the language's own rules
// (Russian one/few/many/other, English one/other, Chinese other), the same {{placeholders}}.

type Messages = { [key: string]: string | Messages };
const PARTS: Record<'core' | 'pages', Record<Language, Messages>> = {
  core: { zh: coreZh, en: coreEn, ru: coreRu },
  pages: { zh, en, ru },
};
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Per message (plural forms joined under their base key): the plural forms present, and the placeholders used. */
function catalogue(messages: Messages) {
  const bases = new Map<string, { forms: Set<string>; placeholders: Set<string> }>();
  for (const [key, text] of flatten(messages)) {
    const form = PLURAL.exec(key)?.[1];
    const base = form ? key.slice(0, -form.length - 1) : key;
    const entry = bases.get(base) ?? { forms: new Set<string>(), placeholders: new Set<string>() };
    if (form) entry.forms.add(form);
    for (const m of text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)) entry.placeholders.add(m[1]);
    bases.set(base, entry);
  }
  return bases;
}

describe.each(Object.entries(PARTS))('the %s messages', (_part, byLanguage) => {
  const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, catalogue(byLanguage[l])])) as Record<Language, ReturnType<typeof catalogue>>;
  const allKeys = [...new Set(LANGUAGES.flatMap((l) => [...catalogues[l].keys()]))].sort();

  it.each([...LANGUAGES])('%s has every message of every language', (lang) => {
    expect(allKeys.filter((k) => !catalogues[lang].has(k))).toEqual([]);
  });

  it.each([...LANGUAGES])('%s gives every plural form its rules need', (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const incomplete = [...catalogues[lang]]
      .filter(([, e]) => e.forms.size > 0)
      .flatMap(([key, e]) => needed.filter((form) => !e.forms.has(form)).map((form) => `${key}_${form}`));
    expect(incomplete).toEqual([]);
  });

  it('every language fills the same placeholders', () => {
    const differing = allKeys.filter((k) => {
      const sets = LANGUAGES.map((l) => [...(catalogues[l].get(k)?.placeholders ?? [])].sort().join(','));
      return new Set(sets).size > 1;
    });
    expect(differing).toEqual([]);
  });
});

describe('the Russian messages', () => {
  it('decline every counted noun by Russian rules (one, few, many)', () => {
    const ruCatalogue = catalogue(ru);
    // A count written before a word needs its forms; "…: {{count}}" and "({{count}})" need none.
    const counted = [...flatten(ru)].filter(([key, text]) => !PLURAL.test(key) && /\{\{count\}\} \p{L}/u.test(text)).map(([key]) => key);
    expect(counted).toEqual([]);
    expect([...(ruCatalogue.get('deals.caption')?.forms ?? [])].sort()).toEqual(['few', 'many', 'one', 'other']);
  });
});
