import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { barRows, funnelSteps, timeSeries, type StatsBucket } from '../charts/view-models';
import { ParkCard } from '../components/ParkCard';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatNumber } from '../format/format';
import { currentLanguage } from '../i18n';
import { Link, useParams } from '../router';

const ParkProfileQuery = graphql(`
  query ParkProfileQuery($slug: String!) {
    park(slug: $slug) {
      id
      slug
      name { zh en }
      parent { slug name { zh en } }
      children { nodes { slug name { zh en } } }
      ...ParkCard_park
    }
  }
`);

const ParkProfileStatsQuery = graphql(`
  query ParkProfileStatsQuery($filter: InvestmentFilter, $deals: DealFilter) {
    byStage: investmentStats(filter: $filter, groupBy: [STAGE]) { buckets { key { dimension value label { zh en } } figures { count total } } }
    byCountry: investmentStats(filter: $filter, groupBy: [SOURCE_COUNTRY]) { buckets { key { dimension value label { zh en } } figures { count total } } }
    bySector: investmentStats(filter: $filter, groupBy: [SECTOR]) { buckets { key { dimension value label { zh en } } figures { count total } } }
    investmentsByQuarter: investmentStats(filter: $filter, groupBy: [QUARTER]) { buckets { key { dimension value label { zh en } } figures { count total } } }
    dealsByQuarter: dealStats(filter: $deals, groupBy: [QUARTER]) { buckets { key { dimension value label { zh en } } figures { count } } }
  }
`);

function CountBars({ rows, lang }: { rows: { id: string; label: string; count: number }[]; lang: 'zh' | 'en' }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="hbars">
      {rows.map((r) => (
        <li key={r.id}>
          <span className="hbar-label">{r.label}</span>
          <span className="hbar" style={{ width: `${(r.count / max) * 100}%` }} />
          <span className="num">{formatNumber(r.count, lang, 0)}</span>
        </li>
      ))}
    </ul>
  );
}

/** One park: its facts with their sources, its investors and pipeline, and its momentum quarter by quarter. */
export function ParkProfilePage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const { slug } = useParams<{ slug: string }>();
  const { data, error, refetch } = useQuery(ParkProfileQuery, { variables: { slug: slug ?? '' } });
  const park = data?.park;
  const stats = useQuery(ParkProfileStatsQuery, {
    variables: { filter: { park: { id: { eq: park?.id ?? '' } } }, deals: { park: { id: { eq: park?.id ?? '' } } } },
    skip: !park,
  });
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  if (!park) return <EmptyState message={t('profile.notFound')} />;
  const s = stats.data;
  const other = t('dashboard.other');
  const momentum = s
    ? timeSeries(s.investmentsByQuarter.buckets as StatsBucket[], lang).map((p) => ({
        ...p,
        deals: timeSeries(s.dealsByQuarter.buckets as StatsBucket[], lang).find((d) => d.key === p.key)?.count ?? 0,
      }))
    : [];
  const momentumMax = Math.max(1, ...momentum.map((p) => Math.max(p.count, p.deals)));
  return (
    <section className="profile" aria-labelledby="profile-title">
      <h1 id="profile-title">{park.name[lang]}</h1>
      <p className="no-print">
        <Link to={`/compare?parks=${park.slug}`} className="button-link" data-compare={park.slug}>
          {t('profile.compare')}
        </Link>{' '}
        {park.parent ? <Link to={`/parks/${park.parent.slug}`}>{t('profile.partOf', { name: park.parent.name[lang] })}</Link> : null}
      </p>
      <ParkCard park={park} />
      {park.children.nodes.length ? (
        <p>
          {t('parks.children')}:{' '}
          {park.children.nodes.map((c, i) => (
            <span key={c.slug}>
              {i ? ', ' : ''}
              <Link to={`/parks/${c.slug}`}>{c.name[lang]}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {!s ? (
        <LoadingState rows={2} />
      ) : (
        <div className="chart-grid">
          <figure className="chart-card" data-chart="profile-countries">
            <figcaption>{t('profile.investorsByCountry')}</figcaption>
            <CountBars rows={barRows(s.byCountry.buckets as StatsBucket[], lang, { otherLabel: other })} lang={lang} />
          </figure>
          <figure className="chart-card" data-chart="profile-sectors">
            <figcaption>{t('profile.bySector')}</figcaption>
            <CountBars rows={barRows(s.bySector.buckets as StatsBucket[], lang, { otherLabel: other })} lang={lang} />
          </figure>
          <figure className="chart-card" data-chart="profile-stages">
            <figcaption>{t('dashboard.chart.funnel')}</figcaption>
            <CountBars rows={funnelSteps(s.byStage.buckets as StatsBucket[], lang, (x) => t(`stage.${x}`)).map((f) => ({ id: f.stage, label: f.label, count: f.count }))} lang={lang} />
          </figure>
          <figure className="chart-card" data-chart="profile-momentum">
            <figcaption>{t('profile.momentum')}</figcaption>
            {momentum.length ? (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('profile.quarter')}</th>
                    <th scope="col">{t('dashboard.kpi.projects')}</th>
                    <th scope="col">{t('dashboard.kpi.deals')}</th>
                  </tr>
                </thead>
                <tbody>
                  {momentum.map((p) => (
                    <tr key={p.key}>
                      <th scope="row">{p.label}</th>
                      <td>
                        <span className="hbar" style={{ width: `${(p.count / momentumMax) * 100}%` }} /> {p.count}
                      </td>
                      <td>
                        <span className="hbar deals" style={{ width: `${(p.deals / momentumMax) * 100}%` }} /> {p.deals}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="chart-empty">{t('compare.noRecords')}</p>
            )}
          </figure>
        </div>
      )}
    </section>
  );
}
