import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import type { InvestmentFilter, InvestmentOrder } from '../__generated__/graphql';
import { ExportLinks } from '../components/ExportLinks';
import { TranslationMark } from '../components/TranslationMark';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatMoney, type Lang, textIn } from '../format/format';
import { useSearchParams } from '../router';
import { InvestmentDialog } from './InvestmentDialog';
import { Deferred } from '../components/Deferred';

/** The investment open in its dialog, in the page's URL (`?...&investment=<id>`): linkable, closed by Back. */
const OPEN_PARAM = 'investment';

const InvestmentTableQuery = graphql(`
  query InvestmentTableQuery(
    $filter: InvestmentFilter
    $orderBy: [InvestmentOrder!]
    $after: String
    $before: String
    $first: Int
    $last: Int
    $currency: String!
  ) {
    investments(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...InvestmentTable_investment
      }
    }
  }
`);

/** What one row of the table shows of an investment (amounts converted to the query's `$currency`). */
export const InvestmentTable_investment = graphql(`
  fragment InvestmentTable_investment on Investment {
    id
    verification
    recordedBy
    stage
    announcedOn
    amount {
      amount
      currency
      amountUsd
      converted(currency: $currency) {
        amount
      }
    }
    sector {
      code
      name {
        zh
        en
        ru
      }
    }
    park {
      id
      name {
        zh
        en
        ru
        ...TranslationMark_text
      }
    }
    organization {
      id
      name {
        zh
        en
        ru
        ...TranslationMark_text
      }
      country
    }
    sources {
      quote
    }
  }
`);

function InvestmentRow(props: {
  investment: FragmentType<typeof InvestmentTable_investment>;
  open: boolean;
  onOpen: (id: string) => void;
  lang: Lang;
  currency: string;
}) {
  const n = getFragmentData(InvestmentTable_investment, props.investment);
  const { lang, currency } = props;
  const { t } = useTranslation();
  return (
    <tr data-id={n.id} aria-current={props.open ? 'true' : undefined}>
      <td data-label={t('dashboard.table.organization')}>
        <button type="button" className="link" onClick={() => props.onOpen(n.id)} aria-haspopup="dialog" data-open={n.id}>
          {n.organization ? `${textIn(n.organization.name, lang)}${n.organization.country ? ` (${n.organization.country})` : ''}` : t('dashboard.unknown')}
        </button>
        {n.organization ? <TranslationMark text={n.organization.name} lang={lang} /> : null}
      </td>
      <td data-label={t('dashboard.table.park')}>
        {textIn(n.park.name, lang)}
        <TranslationMark text={n.park.name} lang={lang} />
      </td>
      <td data-label={t('dashboard.table.sector')}>{textIn(n.sector.name, lang)}</td>
      <td data-label={t('dashboard.table.stage')}>{t(`stage.${n.stage}`)}</td>
      <td className="num" data-label={t('dashboard.table.amount')} data-amount>
        {n.amount?.converted
          ? formatMoney(n.amount.converted.amount, currency, lang)
          : n.amount
            ? formatMoney(n.amount.amount, n.amount.currency, lang)
            : t('dashboard.unknown')}
        {n.amount?.converted && n.amount.currency !== currency ? (
          <small className="original"> {t('dashboard.table.original', { amount: formatMoney(n.amount.amount, n.amount.currency, lang) })}</small>
        ) : null}
      </td>
      <td data-label={t('dashboard.table.announced')}>{n.announcedOn ?? t('dashboard.unknown')}</td>
      <td data-label={t('dashboard.table.provenance')}>
        <span className={`badge badge-${n.verification.toLowerCase()}`}>{t(`verification.${n.verification}`)}</span>
        {n.verification === 'RECORDED' && n.recordedBy ? <span className="recorder"> {n.recordedBy}</span> : null}
        {n.sources.length ? <q className="quote">{n.sources[0].quote}</q> : null}
      </td>
    </tr>
  );
}

type Sort = 'AMOUNT_USD' | 'ANNOUNCED_ON' | 'STAGE';
const PAGE = 20;

/** The table's rows, sortable and paged: their own request, sent once the table is about to be seen. */
function InvestmentRows({
  filter: full,
  orderBy,
  page,
  onPage: setPage,
  sort,
  onSort: sortBy,
  open,
  onOpen: setOpen,
  lang,
  currency,
}: {
  filter: InvestmentFilter;
  orderBy: InvestmentOrder[];
  page: { after?: string; before?: string };
  onPage: (page: { after?: string; before?: string }) => void;
  sort: { by: Sort; dir: 'ASC' | 'DESC' };
  onSort: (by: Sort) => void;
  open: string | null;
  onOpen: (id: string) => void;
  lang: Lang;
  currency: string;
}) {
  const { t } = useTranslation();
  const { data, previousData, error, refetch } = useQuery(InvestmentTableQuery, {
    variables: {
      filter: full,
      orderBy,
      currency,
      ...(page.before ? { last: PAGE, before: page.before } : { first: PAGE, after: page.after }),
    },
  });
  const shown = data ?? previousData;
  const header = (by: Sort, label: string) => (
    <th scope="col" aria-sort={sort.by === by ? (sort.dir === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => sortBy(by)}>
        {label} {sort.by === by ? (sort.dir === 'ASC' ? '↑' : '↓') : ''}
      </button>
    </th>
  );
  let body;
  if (error && !shown) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!shown)
    // While the rows load, they keep the place the table held (no shift when they arrive).
    body = (
      <div className="deferred-table">
        <LoadingState />
      </div>
    );
  else if (!shown.investments.totalCount) body = <EmptyState message={t('dashboard.table.empty')} />;
  else {
    const inv = shown.investments;
    body = (
      <>
        <div className="table-scroll">
          <table className="data-table stack" data-table="investments">
            <caption>{t('dashboard.table.caption', { count: inv.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.table.organization')}</th>
                <th scope="col">{t('dashboard.table.park')}</th>
                <th scope="col">{t('dashboard.table.sector')}</th>
                {header('STAGE', t('dashboard.table.stage'))}
                {header('AMOUNT_USD', t('dashboard.table.amount'))}
                {header('ANNOUNCED_ON', t('dashboard.table.announced'))}
                <th scope="col">{t('dashboard.table.provenance')}</th>
              </tr>
            </thead>
            <tbody>
              {inv.nodes.map((n) => (
                <InvestmentRow key={n.id} investment={n} open={open === n.id} onOpen={setOpen} lang={lang} currency={currency} />
              ))}
            </tbody>
          </table>
        </div>
        <nav className="pager" aria-label={t('dashboard.table.pages')}>
          <button type="button" disabled={!inv.pageInfo.hasPreviousPage} onClick={() => setPage({ before: inv.pageInfo.startCursor ?? undefined })}>
            {t('dashboard.table.previous')}
          </button>
          <button type="button" disabled={!inv.pageInfo.hasNextPage} onClick={() => setPage({ after: inv.pageInfo.endCursor ?? undefined })}>
            {t('dashboard.table.next')}
          </button>
        </nav>
      </>
    );
  }
  return body;
}

/** The investments behind the charts: same filter and period, sortable, paged by cursor. */
export function InvestmentTable({
  filter,
  period,
  lang,
  currency = 'USD',
}: {
  filter: InvestmentFilter;
  period: { from: string; to: string } | null;
  lang: Lang;
  /** The display currency: every amount is shown in it (converted by the API), its original beneath. */
  currency?: string;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ by: Sort; dir: 'ASC' | 'DESC' }>({ by: 'AMOUNT_USD', dir: 'DESC' });
  const [page, setPage] = useState<{ after?: string; before?: string }>({});
  const [params, setParams] = useSearchParams();
  const open = params.get(OPEN_PARAM);
  // Opened here: a history entry of its own, so Back (or closing) returns to the table as it was.
  const pushed = useRef(false);
  const setOpen = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) {
      next.set(OPEN_PARAM, id);
      pushed.current = true;
      setParams(next);
    } else if (pushed.current) {
      pushed.current = false;
      window.history.back();
    } else {
      next.delete(OPEN_PARAM);
      setParams(next, { replace: true });
    }
  };
  // Focus returns to the row's button when the dialog closes, however it closed (button, Escape, Back).
  const lastOpen = useRef(open);
  useEffect(() => {
    const was = lastOpen.current;
    lastOpen.current = open;
    if (was && !open) {
      pushed.current = false;
      document.querySelector<HTMLElement>(`button[data-open="${CSS.escape(was)}"]`)?.focus();
    }
  }, [open]);
  // The table's order, sent to the API and passed along to the downloads.
  const orderBy: InvestmentOrder[] = [`${sort.by}_${sort.dir}`];
  const full = period ? { ...filter, announcedOn: { gte: period.from, lte: period.to } } : filter;
  const sortBy = (by: Sort) => {
    setPage({});
    setSort((s) => ({ by, dir: s.by === by && s.dir === 'DESC' ? 'ASC' : 'DESC' }));
  };
  return (
    <section className="drill-down" aria-labelledby="drill-title">
      <div className="drill-head">
        <h2 id="drill-title">{t('dashboard.table.title')}</h2>
        <ExportLinks
          list="investments"
          filter={filter}
          orderBy={orderBy}
          period={period}
          lang={lang}
          currency={currency}
          labels={{ csv: t('dashboard.table.exportCsv'), xlsx: t('dashboard.table.exportXlsx') }}
        />
      </div>
      {/* The rows (and their request) wait until the table is about to be seen; the dialog a link opens does not. */}
      <Deferred className="deferred-table">
        <InvestmentRows
          filter={full}
          orderBy={orderBy}
          page={page}
          onPage={setPage}
          sort={sort}
          onSort={sortBy}
          open={open}
          onOpen={setOpen}
          lang={lang}
          currency={currency}
        />
      </Deferred>
      {open ? <InvestmentDialog key={open} id={open} lang={lang} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
