// A record's history under its form: who changed what, when, in the interface language (see history-model.ts).
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../__generated__';
import type { Lang } from '../format/format';
import { historyRows, type HistoryList_entry } from './history-model';

export function HistoryList({ entries, lang }: { entries: readonly FragmentType<typeof HistoryList_entry>[]; lang: Lang }) {
  const { t } = useTranslation();
  const rows = historyRows(entries, lang, (key, values) => t(key, values));
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('edit.history')}</h2>
      <ol>
        {rows.map((row) => (
          <li key={row.id} data-audit={row.operation}>
            <strong>{row.heading}</strong>
            <dl>
              {row.lines.map((line) => (
                <div key={line.field} data-field={line.field}>
                  <dt>{line.label}</dt>
                  <dd>
                    {line.before !== null && line.after !== null
                      ? t('history.change', { before: line.before, after: line.after })
                      : (line.after ?? line.before)}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
