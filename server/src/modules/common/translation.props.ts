import { p } from '@mikro-orm/core';

/**
 * A record's names lower-cased for search in every script: JavaScript folds Cyrillic (and every other case), where
 * SQLite's lower() folds only ASCII; PostgreSQL's depends on the database's locale. Kept on every write by the ORM.
 */
export function searchText(...names: (string | null | undefined)[]): string {
  return names
    .filter((n): n is string => Boolean(n))
    .join('\n')
    .toLowerCase();
}

/** The search column of a record whose names `namesOf` lists (written on create and on every update). */
export function searchNameProp(namesOf: (record: Record<string, unknown>) => (string | null | undefined)[]) {
  const fill = (record: Record<string, unknown>) => searchText(...namesOf(record));
  return p.text().nullable().onCreate(fill).onUpdate(fill);
}

/**
 * A Russian text beside a record's Chinese and English (name → nameRu): a translation, never part of a quote, so it
 * carries who entered it and when (nameRuBy, nameRuAt, set by the record writer), and the record keeps its provenance.
 */
export function translationProps<N extends string>(name: N, length: number) {
  const text = (max: number) => p.string().length(max).nullable();
  const at = () => p.datetime().nullable();
  return { [`${name}Ru`]: text(length), [`${name}RuBy`]: text(120), [`${name}RuAt`]: at() } as {
    [K in `${N}Ru` | `${N}RuBy`]: ReturnType<typeof text>;
  } & { [K in `${N}RuAt`]: ReturnType<typeof at> };
}

/** A record's text in the API's LocalizedText shape: Chinese and English, and the Russian translation with its mark. */
export function localizedText(zh: string, en: string, ru?: { text?: string | null; by?: string | null; at?: Date | null }) {
  const text = ru?.text ?? null;
  return { zh, en, ru: text, ruTranslation: text && ru?.by && ru.at ? { enteredBy: ru.by, enteredAt: ru.at } : null };
}
