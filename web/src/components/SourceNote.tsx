import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../format/format';
import { currentLanguage } from '../i18n';

export interface CitationView {
  quote: string;
  fields: string[];
  source: { publisher: { zh: string; en: string }; author?: string | null; eventDate?: string | null };
}

/** The quotes behind one figure, opened on demand (a native disclosure: keyboard and screen-reader friendly). */
export function SourceNote({ citations, field, label }: { citations: CitationView[]; field: string; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const matching = citations.filter((c) => c.fields.includes(field));
  if (!matching.length) return null;
  return (
    <details className="source-note" data-field={field}>
      <summary aria-label={t('provenance.showFor', { field: label })}>{t('provenance.show')}</summary>
      {matching.map((c, i) => (
        <figure key={i}>
          <blockquote lang="zh-CN">{c.quote}</blockquote>
          <figcaption>
            {t('provenance.by', {
              publisher: c.source.publisher[lang],
              author: c.source.author ?? '—',
              date: c.source.eventDate ? formatPartialDate(c.source.eventDate, lang) : '—',
            })}
          </figcaption>
        </figure>
      ))}
    </details>
  );
}
