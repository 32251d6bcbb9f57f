import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { ParkCard } from '../components/ParkCard';
import { EmptyState, ErrorState, LoadingState } from '../components/States';

const ParksPageQuery = graphql(`
  query ParksPageQuery($after: String) {
    parks(first: 50, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          parent {
            id
          }
          ...ParkCard_park
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every park with its key facts; a child park is shown inside its parent, once. */
export function ParksPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(ParksPageQuery);

  let body;
  if (error && !data) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingState />;
  else if (!data.parks.edges.length) body = <EmptyState message={t('parks.empty')} />;
  else {
    const nodes = data.parks.edges.map((e) => e.node);
    const ids = new Set(nodes.map((n) => n.id));
    const childrenOf = (id: string) => nodes.filter((n) => n.parent?.id === id);
    // A park whose parent is not on the loaded pages is shown at the top level rather than hidden.
    const roots = nodes.filter((n) => !n.parent || !ids.has(n.parent.id));
    body = (
      <>
        <div className="park-grid">
          {roots.map((park) => {
            const children = childrenOf(park.id);
            return (
              <ParkCard key={park.id} park={park}>
                {children.length ? (
                  <section className="children" aria-label={t('parks.children')}>
                    <h3 className="children-title">{t('parks.children')}</h3>
                    {children.map((child) => (
                      <ParkCard key={child.id} park={child} nested />
                    ))}
                  </section>
                ) : null}
              </ParkCard>
            );
          })}
        </div>
        {data.parks.pageInfo.hasNextPage ? (
          <button type="button" className="more" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.parks.pageInfo.endCursor } })}>
            {t('parks.more')}
          </button>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby="parks-title">
      <h1 id="parks-title">{t('parks.title')}</h1>
      {data ? <p className="subtitle">{t('parks.subtitle', { count: data.parks.totalCount })}</p> : null}
      {body}
    </section>
  );
}
