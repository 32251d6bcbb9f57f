import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { type Lang, locale } from '../format/format';

export const TranslationMark_text = graphql(`
  fragment TranslationMark_text on LocalizedText {
    ruTranslation {
      enteredBy
      enteredAt
    }
  }
`);

/**
 * Beside a name shown in Russian: that it is an officer's translation, who entered it and when (a translation is never
 * part of a quote). Nothing in Chinese or English, nor where the Russian interface shows the English name.
 */
export function TranslationMark({ text, lang }: { text: FragmentType<typeof TranslationMark_text>; lang: Lang }) {
  const { t } = useTranslation();
  const mark = getFragmentData(TranslationMark_text, text).ruTranslation;
  if (lang !== 'ru' || !mark) return null;
  return (
    <small className="translation-mark" data-translation>
      {t('translation.by', {
        who: mark.enteredBy,
        when: new Date(String(mark.enteredAt)).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }),
      })}
    </small>
  );
}
