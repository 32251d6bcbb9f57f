import { useQuery } from '@apollo/client/react';
import { EnquiryButton } from '../enquiries/EnquiryButton';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../__generated__';
import { countRows, funnelSteps, StatsBucket_deal, StatsBucket_investment, StatsBucket_tenancy, timeSeries } from '../charts/view-models';
import { useSession } from '../auth/session';
import { ParkCard } from '../components/ParkCard';
import { RussianNameForm } from '../components/RussianNameForm';
import { DemoMark } from '../components/DemoMark';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatNumber, type Lang, textIn } from '../format/format';
import { currentLanguage } from '../i18n';
import { countryShades, plotParks } from '../maps/map-models';
import { ZonePlot } from '../maps/ZonePlot';
import { Deferred } from '../components/Deferred';
import { Link, useParams } from '../router';

// The world map (world atlas, d3-geo) loads when it is about to be seen (Deferred), never with the shell.
const WorldMap = lazy(() => import('../maps/Maps').then((m) => ({ default: m.WorldMap })));

const ParkProfileQuery = graphql(`
  query ParkProfileQuery($slug: String!) {
    park(slug: $slug) {
      id
      version
      slug
      name {
        zh
        en
        ru
      }
      parent {
        slug
        name {
          zh
          en
          ru
        }
      }
      children {
        nodes {
          slug
          name {
            zh
            en
            ru
          }
        }
      }
      ...ParkCard_park
    }
  }
`);

// Tenants are current today by the API's one definition (each organization once; the count /compare shows); byStage's
// demo mark stands for every investment chart here (same filter, all time).
const ParkProfileStatsQuery = graphql(`
  query ParkProfileStatsQuery($filter: InvestmentFilter, $deals: DealFilter, $tenants: TenancyFilter) {
    tenantsByCountry: tenancyStats(filter: $tenants, groupBy: [COUNTRY], current: true) {
      totals {
        count: tenants
        includesDemo
      }
      buckets {
        ...StatsBucket_tenancy
      }
    }
    tenantsBySector: tenancyStats(filter: $tenants, groupBy: [SECTOR], current: true) {
      totals {
        count: tenants
        includesDemo
      }
      buckets {
        ...StatsBucket_tenancy
      }
    }
    dealTotals: dealStats(filter: $deals) {
      totals {
        count
        parties
        includesDemo
      }
    }
    zone: parks(first: 100) {
      nodes {
        slug
        name {
          zh
          en
          ru
        }
        coordinates {
          latitude
          longitude
        }
      }
    }
    byStage: investmentStats(filter: $filter, groupBy: [STAGE]) {
      totals {
        includesDemo
      }
      buckets {
        ...StatsBucket_investment
      }
    }
    byCountry: investmentStats(filter: $filter, groupBy: [SOURCE_COUNTRY]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    bySector: investmentStats(filter: $filter, groupBy: [SECTOR]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    investmentsByQuarter: investmentStats(filter: $filter, groupBy: [QUARTER]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    dealsByQuarter: dealStats(filter: $deals, groupBy: [QUARTER]) {
      buckets {
        ...StatsBucket_deal
      }
    }
  }
`);

function CountBars({ rows, lang }: { rows: { id: string; label: string; count: number }[]; lang: Lang }) {
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
  const session = useSession();
  const { data, error, refetch } = useQuery(ParkProfileQuery, { variables: { slug: slug ?? '' } });
  const park = data?.park;
  // By the URL's slug, beside the park's own query (not after it).
  const stats = useQuery(ParkProfileStatsQuery, {
    variables: {
      filter: { park: { slug: { eq: slug ?? '' } } },
      deals: { park: { slug: { eq: slug ?? '' } } },
      tenants: { park: { slug: { eq: slug ?? '' } } },
    },
    skip: !slug,
  });
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  if (!park) return <EmptyState message={t('profile.notFound')} />;
  const s = stats.data;
  const other = t('dashboard.other');
  const momentum = s
    ? timeSeries(getFragmentData(StatsBucket_investment, s.investmentsByQuarter.buckets), lang).map((p) => ({
        ...p,
        deals: timeSeries(getFragmentData(StatsBucket_deal, s.dealsByQuarter.buckets), lang).find((d) => d.key === p.key)?.count ?? 0,
      }))
    : [];
  const momentumMax = Math.max(1, ...momentum.map((p) => Math.max(p.count, p.deals)));
  return (
    <section className="profile" aria-labelledby="profile-title">
      <h1 id="profile-title">{textIn(park.name, lang)}</h1>
      <div className="no-print enquiry-row">
        <Link to={`/compare?parks=${park.slug}`} className="button-link" data-compare-from={park.slug}>
          {t('profile.compare')}
        </Link>{' '}
        <EnquiryButton parks={[{ id: park.id, name: textIn(park.name, lang) }]} />{' '}
        {park.parent ? <Link to={`/parks/${park.parent.slug}`}>{t('profile.partOf', { name: textIn(park.parent.name, lang) })}</Link> : null}
      </div>
      <ParkCard park={park} />
      {session ? <RussianNameForm key={park.id} record="park" id={park.id} version={park.version} ru={park.name.ru} /> : null}
      {park.children.nodes.length ? (
        <p>
          {t('parks.children')}:{' '}
          {park.children.nodes.map((c, i) => (
            <span key={c.slug}>
              {i ? ', ' : ''}
              <Link to={`/parks/${c.slug}`}>{textIn(c.name, lang)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {!s ? (
        <LoadingState rows={2} />
      ) : (
        <div className="chart-grid">
          <figure className="chart-card" data-chart="profile-tenant-countries">
            <figcaption>
              {t('profile.tenantsByCountry', { count: s.tenantsByCountry.totals.count })} <DemoMark show={s.tenantsByCountry.totals.includesDemo} />
            </figcaption>
            {s.tenantsByCountry.totals.count ? (
              <>
                <Deferred className="deferred-world-map">
                  <WorldMap
                    title={t('profile.tenantsByCountry', { count: s.tenantsByCountry.totals.count })}
                    shades={countryShades(
                      getFragmentData(StatsBucket_tenancy, s.tenantsByCountry.buckets).map((b) => ({ code: b.key[0].value ?? null, count: b.figures.count })),
                    )}
                  />
                </Deferred>
                <CountBars rows={countRows(getFragmentData(StatsBucket_tenancy, s.tenantsByCountry.buckets), lang)} lang={lang} />
              </>
            ) : (
              <p className="chart-empty">{t('profile.noTenants')}</p>
            )}
          </figure>
          <figure className="chart-card" data-chart="profile-tenant-sectors">
            <figcaption>
              {t('profile.tenantsBySector', { count: s.tenantsBySector.totals.count })} <DemoMark show={s.tenantsBySector.totals.includesDemo} />
            </figcaption>
            {s.tenantsBySector.buckets.length ? (
              <CountBars rows={countRows(getFragmentData(StatsBucket_tenancy, s.tenantsBySector.buckets), lang)} lang={lang} />
            ) : (
              <p className="chart-empty">{t('profile.noTenants')}</p>
            )}
          </figure>
          <figure className="chart-card" data-chart="profile-countries">
            <figcaption>
              {t('profile.investorsByCountry')} <DemoMark show={s.byStage.totals.includesDemo} />
            </figcaption>
            <CountBars rows={countRows(getFragmentData(StatsBucket_investment, s.byCountry.buckets), lang, { limit: 10, otherLabel: other })} lang={lang} />
          </figure>
          <figure className="chart-card" data-chart="profile-deals">
            <figcaption>
              {t('profile.deals')} <DemoMark show={s.dealTotals.totals.includesDemo} />
            </figcaption>
            <p>
              {t('profile.dealCount', { count: s.dealTotals.totals.count, parties: s.dealTotals.totals.parties })}{' '}
              <Link to={`/deals?park=${encodeURIComponent(park.id)}`}>{t('profile.seeDeals')}</Link>
            </p>
          </figure>
          <figure className="chart-card" data-chart="profile-zone">
            <figcaption>{t('maps.zone')}</figcaption>
            <ZonePlot
              width={360}
              height={260}
              parks={plotParks(
                s.zone.nodes.map((z) => ({
                  slug: z.slug,
                  label: textIn(z.name, lang),
                  latitude: z.coordinates?.latitude ?? null,
                  longitude: z.coordinates?.longitude ?? null,
                })),
                park.slug,
                360,
                260,
              )}
            />
          </figure>
          <figure className="chart-card" data-chart="profile-stages">
            <figcaption>
              {t('dashboard.chart.funnel')} <DemoMark show={s.byStage.totals.includesDemo} />
            </figcaption>
            <CountBars
              rows={funnelSteps(getFragmentData(StatsBucket_investment, s.byStage.buckets), lang, (x) => t(`stage.${x}`)).map((f) => ({
                id: f.stage,
                label: f.label,
                count: f.count,
              }))}
              lang={lang}
            />
          </figure>
          <figure className="chart-card" data-chart="profile-momentum">
            <figcaption>
              {t('profile.momentum')} <DemoMark show={s.byStage.totals.includesDemo || s.dealTotals.totals.includesDemo} />
            </figcaption>
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
