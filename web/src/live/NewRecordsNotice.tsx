import { useApolloClient } from '@apollo/client/react';
import { print } from 'graphql';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import type { DealFilter, InvestmentFilter } from '../__generated__/graphql';

const DealSignedNotice = graphql(`
  subscription DealSignedNotice($filter: DealFilter) {
    dealSigned(filter: $filter) {
      id
    }
  }
`);

const InvestmentRecordedNotice = graphql(`
  subscription InvestmentRecordedNotice($filter: InvestmentFilter) {
    investmentRecorded(filter: $filter) {
      id
    }
  }
`);

/** Waits for the browser to be idle (the first screen comes first), then runs `start`; returns a canceller. */
function whenIdle(start: () => () => void): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  const run = () => {
    if (!cancelled) stop = start();
  };
  const handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 3000 }) : window.setTimeout(run, 1000);
  return () => {
    cancelled = true;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else window.clearTimeout(handle);
    stop?.();
  };
}

/**
 * "n new — show": deals and investments that match the page's filters, counted as the server pushes them (the page
 * never jumps); "show" reloads the page's queries. Nothing shows until something new arrives.
 */
export function NewRecordsNotice({ deals, investments }: { deals?: DealFilter; investments?: InvestmentFilter }) {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const key = JSON.stringify([deals ?? null, investments ?? null]);

  useEffect(() => {
    setIds(new Set());
    const [deals, investments] = JSON.parse(key) as [DealFilter | null, InvestmentFilter | null];
    return whenIdle(() => {
      let live = true;
      const stops: (() => void)[] = [];
      const add = (id: string | undefined) => id && live && setIds((s) => (s.has(id) ? s : new Set(s).add(id)));
      void import('./socket').then(({ liveClient }) => {
        if (!live) return;
        const client = liveClient();
        const ignore = () => undefined;
        if (deals) {
          stops.push(
            client.subscribe<{ dealSigned: { id: string } }>(
              { query: print(DealSignedNotice), variables: { filter: deals } },
              { next: ({ data }) => add(data?.dealSigned.id), error: ignore, complete: ignore },
            ),
          );
        }
        if (investments) {
          stops.push(
            client.subscribe<{ investmentRecorded: { id: string } }>(
              { query: print(InvestmentRecordedNotice), variables: { filter: investments } },
              { next: ({ data }) => add(data?.investmentRecorded.id), error: ignore, complete: ignore },
            ),
          );
        }
      });
      return () => {
        live = false;
        stops.forEach((stop) => stop());
      };
    });
    // The filters' content, not their identity (a new object each render), decides when to subscribe again.
  }, [key]);

  if (!ids.size) return null;
  return (
    <div className="new-records" role="status" data-new-records={ids.size}>
      <span>{t('live.new', { count: ids.size })}</span>
      <button
        type="button"
        onClick={() => {
          setIds(new Set());
          void apollo.refetchQueries({ include: 'active' });
        }}
      >
        {t('live.show')}
      </button>
    </div>
  );
}
