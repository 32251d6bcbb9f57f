// A record's history under its form: who changed what, when.
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import type { Lang } from '../format/format';

/** What the history list shows of one audit entry: spread by every query that lists a record's history. */
export const HistoryList_entry = graphql(`
  fragment HistoryList_entry on AuditEntry {
    id
    at
    actorName
    operation
    changes {
      field
      before
      after
    }
  }
`);

export function HistoryList({ entries: refs, lang }: { entries: readonly FragmentType<typeof HistoryList_entry>[]; lang: Lang }) {
  const { t } = useTranslation();
  const entries = getFragmentData(HistoryList_entry, refs);
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('edit.history')}</h2>
      <ol>
        {entries.map((h) => (
          <li key={h.id} data-audit={h.operation}>
            <strong>{t(`edit.operation.${h.operation}`)}</strong> · {h.actorName} · {new Date(h.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}
            <ul>
              {h.changes
                .filter((c) => !['id', 'createdAt', 'updatedAt'].includes(c.field))
                .slice(0, 8)
                .map((c) => (
                  <li key={c.field}>
                    <code>{c.field}</code>: {c.before ?? '—'} → {c.after ?? '—'}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
