import { useQuery } from '@apollo/client/react';
import { EnquiryButton } from '../enquiries/EnquiryButton';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../__generated__';
import { DemoMark } from '../components/DemoMark';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { comparedPark, compareRows, CompareRows_figures, CompareRows_park, nestedPairs, parseCompared } from '../compare/compare-rows';
import { columnChart, StatsBucket_deal, StatsBucket_tenancy, timeSeries } from '../charts/view-models';
import { ColumnChart } from '../charts/ColumnChart';
import { formatMoney, formatNumber, textIn } from '../format/format';
import { currentLanguage } from '../i18n';
import { Link, useLocation, useSearchParams } from '../router';
import { useOrigin } from '../ssr/page-context';
import { ShareLink } from '../components/ShareLink';
import { TranslationMark } from '../components/TranslationMark';

const ComparePageQuery = graphql(`
  query ComparePageQuery($slugs: [String!]!, $any: Boolean!) {
    all: parks(first: 100) {
      nodes {
        id
        slug
        name {
          zh
          en
          ru
        }
      }
    }
    parks(filter: { slug: { in: $slugs } }, first: 4) {
      nodes {
        id
        slug
        name {
          ...TranslationMark_text
        }
        verification
        sources {
          source {
            id
            publisher {
              zh
              en
              ru
            }
            publishedOn
            url
          }
        }
        ...CompareRows_park
      }
    }
    parkStats(filter: { slug: { in: $slugs } }, first: 4, currency: "USD") {
      nodes {
        park {
          slug
        }
        figures {
          ...CompareRows_figures
          tenantsIncludeDemo
          committedIncludesDemo
          dealsIncludeDemo
        }
      }
    }
    bySector: tenancyStats(filter: { park: { slug: { in: $slugs } } }, groupBy: [PARK, SECTOR], current: true) @include(if: $any) {
      totals {
        includesDemo
      }
      buckets {
        ...StatsBucket_tenancy
      }
    }
    dealsByYear: dealStats(filter: { park: { slug: { in: $slugs } } }, groupBy: [PARK, YEAR]) @include(if: $any) {
      totals {
        includesDemo
      }
      buckets {
        ...StatsBucket_deal
      }
    }
  }
`);

/** Today in the reader's calendar, for the printed page (YYYY-MM-DD). */
function printedOn(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 2 to 4 parks side by side (`/compare?parks=a,b,c`): facts as rows with the best value marked, and charts on one scale. */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [params, setParams] = useSearchParams();
  const origin = useOrigin();
  const { pathname, search } = useLocation();
  const slugs = parseCompared(params.get('parks'));
  const setSlugs = (next: string[]) => {
    const p = new URLSearchParams(params);
    if (next.length) p.set('parks', next.join(','));
    else p.delete('parks');
    setParams(p);
  };
  // One query, by the URL's slugs: the parks and their statistics together.
  const { data, error, refetch } = useQuery(ComparePageQuery, { variables: { slugs, any: slugs.length > 0 } });
  const shown = data;

  const picker = (
    <form className="filter-bar no-print" aria-label={t('compare.choose')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('compare.add')}
        <select
          name="addPark"
          value=""
          disabled={slugs.length >= 4}
          onChange={(e) => {
            if (e.target.value) setSlugs([...slugs, e.target.value]);
          }}
        >
          <option value="">{slugs.length >= 4 ? t('compare.full') : t('edit.choose')}</option>
          {shown?.all.nodes
            .filter((p) => !slugs.includes(p.slug))
            .map((p) => (
              <option key={p.slug} value={p.slug}>
                {textIn(p.name, lang)}
              </option>
            ))}
        </select>
      </label>
      <button type="button" onClick={() => window.print()}>
        {t('compare.print')}
      </button>
      <ShareLink />
    </form>
  );

  let body;
  if (error && !shown) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!shown) body = <LoadingState />;
  else if (slugs.length < 2) body = <EmptyState message={t('compare.needTwo')} />;
  else {
    const stats = new Map(shown.parkStats.nodes.map((n) => [n.park.slug, n.figures]));
    const ordered = slugs.map((s) => shown.parks.nodes.find((p) => p.slug === s)).filter((p): p is NonNullable<typeof p> => Boolean(p));
    const parks = ordered.map((p) => {
      const f = stats.get(p.slug);
      return comparedPark(getFragmentData(CompareRows_park, p), f && getFragmentData(CompareRows_figures, f), lang, (status) => t(`status.${status}`));
    });
    const rows = compareRows(parks);
    // Which cells are computed from DEMO records, as the API says: the park's own facts, or its counted figures.
    const demoOf = (row: string, i: number) => {
      const f = stats.get(parks[i].slug);
      if (row === 'tenants') return Boolean(f?.tenantsIncludeDemo);
      if (row === 'committedInvestmentUsd') return Boolean(f?.committedIncludesDemo);
      if (row === 'deals') return Boolean(f?.dealsIncludeDemo);
      return ordered[i]?.verification === 'DEMO';
    };
    const anyDemo =
      rows.some((r) => r.cells.some((_, i) => demoOf(r.key, i))) || Boolean(data?.bySector?.totals.includesDemo || data?.dealsByYear?.totals.includesDemo);
    const sources = [...new Map(ordered.flatMap((p) => p.sources.map((c) => [c.source.id, c.source] as const))).values()];
    const show = (kind: string, v: number | string | null) => {
      if (v === null) return t('dashboard.unknown');
      if (typeof v === 'string') return v;
      if (kind === 'money') return formatMoney(String(Math.round(v)), 'USD', lang);
      if (kind === 'area') return t('fact.landValue', { mu: formatNumber(v, lang, 0), ha: formatNumber(v / 15, lang, 2) });
      return formatNumber(v, lang, 0);
    };
    // Shared scales: one maximum across every park's bars.
    const committedMax = Math.max(1, ...parks.map((p) => p.committedInvestmentUsd ?? 0));
    const sectorBuckets = getFragmentData(StatsBucket_tenancy, data?.bySector?.buckets ?? []);
    const sectorMax = Math.max(1, ...sectorBuckets.map((b) => b.figures.count));
    const dealBuckets = getFragmentData(StatsBucket_deal, data?.dealsByYear?.buckets ?? []);
    const dealMax = Math.max(1, ...dealBuckets.map((b) => b.figures.count));
    const parkIdOf = new Map(ordered.map((p) => [p.id, p.slug]));
    body = (
      <>
        <div className="enquiry-row">
          <EnquiryButton parks={ordered.map((p, i) => ({ id: p.id, name: parks[i].name }))} />
        </div>
        {nestedPairs(parks).map(([child, parent]) => (
          <p key={child} className="notice" role="note">
            {t('compare.nested', { child: parks.find((p) => p.slug === child)!.name, parent: parks.find((p) => p.slug === parent)!.name })}
          </p>
        ))}
        <div className="table-scroll">
          <table className="data-table compare stack" data-table="compare">
            <thead>
              <tr>
                <th scope="col">{t('compare.fact')}</th>
                {parks.map((p, i) => (
                  <th scope="col" key={p.slug} data-park={p.slug}>
                    {p.name}{' '}
                    <button
                      type="button"
                      className="link no-print"
                      aria-label={t('compare.remove', { name: p.name })}
                      onClick={() => setSlugs(slugs.filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                    {ordered[i] ? <TranslationMark text={ordered[i].name} lang={lang} /> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-row={r.key}>
                  <th scope="row">{t(`compare.row.${r.key}`)}</th>
                  {r.cells.map((c, i) => (
                    <td key={parks[i].slug} className={c.best ? 'best' : undefined} data-best={c.best || undefined} data-label={parks[i].name}>
                      {show(r.kind, c.value)}
                      {c.best ? <span className="visually-hidden"> ({t('compare.best')})</span> : null} <DemoMark show={demoOf(r.key, i)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="chart-grid">
          <figure className="chart-card" data-chart="compare-committed">
            <figcaption>
              {t('compare.committed')} <DemoMark show={parks.some((_, i) => demoOf('committedInvestmentUsd', i))} />
            </figcaption>
            <ul className="hbars">
              {parks.map((p) => (
                <li key={p.slug}>
                  <span className="hbar-label">{p.name}</span>
                  <span className="hbar" style={{ width: `${((p.committedInvestmentUsd ?? 0) / committedMax) * 100}%` }} />
                  <span className="num">
                    {p.committedInvestmentUsd == null ? t('dashboard.unknown') : formatMoney(String(Math.round(p.committedInvestmentUsd)), 'USD', lang)}
                  </span>
                </li>
              ))}
            </ul>
          </figure>
          <figure className="chart-card" data-chart="compare-sectors">
            <figcaption>
              {t('compare.bySector')} <DemoMark show={data?.bySector?.totals.includesDemo} />
            </figcaption>
            {parks.map((p) => {
              const mine = sectorBuckets.filter((b) => parkIdOf.get(b.key[0].value ?? '') === p.slug && b.figures.count > 0);
              return (
                <div key={p.slug}>
                  <strong>{p.name}</strong>
                  {mine.length ? (
                    <ul className="hbars">
                      {mine.map((b) => (
                        <li key={b.key[1].value ?? 'none'}>
                          <span className="hbar-label">{textIn(b.key[1].label, lang)}</span>
                          <span className="hbar" style={{ width: `${(b.figures.count / sectorMax) * 100}%` }} />
                          <span className="num">{formatNumber(b.figures.count, lang, 0)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="chart-empty">{t('compare.noRecords')}</p>
                  )}
                </div>
              );
            })}
          </figure>
          <figure className="chart-card" data-chart="compare-deals">
            <figcaption>
              {t('compare.dealsOverTime')} <DemoMark show={data?.dealsByYear?.totals.includesDemo} />
            </figcaption>
            {parks.map((p) => {
              const points = timeSeries(
                dealBuckets.filter((b) => parkIdOf.get(b.key[0].value ?? '') === p.slug).map((b) => ({ ...b, key: [b.key[1]] })),
                lang,
              );
              return (
                <div key={p.slug}>
                  <strong>{p.name}</strong>
                  <ColumnChart chart={columnChart(points, dealMax, 6)} lang={lang} label={`${t('compare.dealsOverTime')}: ${p.name}`} />
                </div>
              );
            })}
            {dealBuckets.some((b) => b.key[1]?.partial) ? (
              <p className="chart-note" data-partial-note="">
                {t('compare.partialYear')}
              </p>
            ) : null}
          </figure>
        </div>
        <footer className="compare-notice" data-print-notice="">
          {anyDemo ? (
            <p className="demo-note" data-demo-notice="">
              <DemoMark /> {t('compare.demoNotice')}
            </p>
          ) : null}
          {/* The reader's own day: on the server it may be another (time zones), and the browser's wins. */}
          <p className="print-only" suppressHydrationWarning>
            {t('compare.printed', { date: printedOn(), url: `${origin}${pathname}${search}` })}
          </p>
          {sources.length ? (
            <p className="print-only" data-sources="">
              {t('compare.sources', {
                list: sources.map((src) => [textIn(src.publisher, lang), src.publishedOn, src.url].filter(Boolean).join(', ')).join('; '),
              })}
            </p>
          ) : null}
        </footer>
      </>
    );
  }

  return (
    <section className="compare-page" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare.title')}</h1>
      <p className="no-print">
        <Link to="/fit">{t('compare.fitLink')}</Link>
      </p>
      {picker}
      {body}
    </section>
  );
}
