import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../router';
import { graphql } from '../__generated__';
import { useSession } from '../auth/session';
import { problemsText } from '../forms/errors';
import { currentLanguage } from '../i18n';
import { deleteLocalView, readLocalViews, saveLocalView, type LocalView } from './local-views';

const SavedViewsQuery = graphql(`
  query SavedViewsQuery {
    savedViews(first: 50) {
      nodes {
        id
        name
        path
        query
        savedBy
      }
    }
  }
`);
const SaveViewMutation = graphql(`
  mutation SaveViewMutation($input: SaveViewInput!) {
    saveView(input: $input) {
      id
      name
    }
  }
`);

/** Save the current view under a name (shared on the server for officers, in this browser otherwise) and reopen saved ones. */
export function SavedViews() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [name, setName] = useState('');
  // This browser's views are read after the first render: the page the server rendered has none, and hydrating it must
  // render what it rendered.
  const [local, setLocal] = useState<LocalView[]>([]);
  useEffect(() => setLocal(readLocalViews()), []);
  const shared = useQuery(SavedViewsQuery, { skip: !session });
  const [save, { error }] = useMutation(SaveViewMutation);
  const query = location.search.replace(/^\?/, '');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    if (session) {
      await save({ variables: { input: { name, path: location.pathname, query } } }).catch(() => undefined);
      await shared.refetch();
    } else {
      setLocal(saveLocalView({ name, path: location.pathname, query }));
    }
    setName('');
  };
  const views = [
    ...(shared.data?.savedViews.nodes ?? []).map((v) => ({ key: v.id, name: v.name, to: `${v.path}?${v.query}`, by: v.savedBy, local: false })),
    ...local.map((v) => ({ key: `local:${v.name}`, name: v.name, to: `${v.path}?${v.query}`, by: null, local: true })),
  ];
  return (
    <div className="saved-views">
      <form onSubmit={(e) => void submit(e)} aria-label={t('views.save')}>
        <label>
          <span className="visually-hidden">{t('views.name')}</span>
          <input name="viewName" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('views.name')} maxLength={120} />
        </label>
        <button type="submit">{session ? t('views.saveShared') : t('views.saveLocal')}</button>
        {error ? <span className="form-error">{problemsText(error, t, currentLanguage(i18n.language))}</span> : null}
      </form>
      {views.length ? (
        <details className="multi-select" data-views>
          <summary>
            {t('views.open')} ({views.length})
          </summary>
          <ul>
            {views.map((v) => (
              <li key={v.key}>
                <Link to={v.to} data-view={v.name}>
                  {v.name}
                </Link>{' '}
                <small>{v.local ? t('views.onThisBrowser') : t('views.sharedBy', { name: v.by })}</small>
                {v.local ? (
                  <button type="button" className="link" onClick={() => setLocal(deleteLocalView(v.name))} aria-label={t('views.delete', { name: v.name })}>
                    ×
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
