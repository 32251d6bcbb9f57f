// Country names in the interface language (Intl.DisplayNames, built into browsers) for ISO 3166-1 alpha-2 codes.
import { all } from 'iso-3166-1';
import { locale, type Lang } from './format';

const names = new Map<Lang, Intl.DisplayNames>();

/** "哈萨克斯坦" / "Kazakhstan" / "Казахстан" for "KZ"; the code itself when the browser does not know it. */
export function countryName(code: string, lang: Lang): string {
  let display = names.get(lang);
  if (!display) names.set(lang, (display = new Intl.DisplayNames(locale(lang), { type: 'region' })));
  try {
    return display.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO 3166-1 country as a picker option, sorted by its name in the interface language. */
export function countryOptions(lang: Lang): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale(lang));
  return all()
    .map((c) => ({ value: c.alpha2, label: countryName(c.alpha2, lang) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
