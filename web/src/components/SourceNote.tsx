import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatPartialDate, textIn } from '../format/format';
import { currentLanguage } from '../i18n';

/** A quote of the source and the fields it supports, as every component that shows quotes reads it. */
export const SourceNote_citation = graphql(`
  fragment SourceNote_citation on Citation {
    quote
    fields
    source {
      publisher {
        zh
        en
        ru
      }
      author
      eventDate
    }
  }
`);

export type CitationView = FragmentType<typeof SourceNote_citation>;

/** The quotes behind one figure, opened on demand (a native disclosure: keyboard and screen-reader friendly). */
export function SourceNote(props: { citations: readonly CitationView[]; field: string; label: string }) {
  const { field, label } = props;
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const matching = getFragmentData(SourceNote_citation, props.citations).filter((c) => c.fields.includes(field));
  if (!matching.length) return null;
  return (
    <details className="source-note" data-field={field}>
      <summary aria-label={t('provenance.showFor', { field: label })}>{t('provenance.show')}</summary>
      {matching.map((c, i) => (
        <figure key={i}>
          <blockquote lang="zh-CN">{c.quote}</blockquote>
          <figcaption>
            {t('provenance.by', {
              publisher: textIn(c.source.publisher, lang),
              author: c.source.author ?? '—',
              date: c.source.eventDate ? formatPartialDate(c.source.eventDate, lang) : '—',
            })}
          </figcaption>
        </figure>
      ))}
    </details>
  );
}

/** Every quote of a record, shown in full with its publisher, author and date (a record's detail view). */
export function QuoteBlocks(props: { citations: readonly CitationView[] }) {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  return getFragmentData(SourceNote_citation, props.citations).map((s, n) => (
    <blockquote key={n} className="quote-block">
      {s.quote}
      <footer>
        {textIn(s.source.publisher, lang)} · {s.source.author} · {s.source.eventDate}
      </footer>
    </blockquote>
  ));
}
