/** A bilingual text from two columns; null when the record has neither. */
export function localized(zh: string | null | undefined, en: string | null | undefined): { zh: string; en: string } | null {
  if (!zh && !en) return null;
  return { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
}
