import { useQuery } from '@apollo/client/react';
import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from '../router';
import { getFragmentData, graphql } from '../__generated__';
import { barRows, fromUsd, funnelSteps, kpi, StatsBucket_deal, StatsBucket_investment, timeSeries } from '../charts/view-models';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { FilterBar, FilterChips } from '../dashboard/FilterBar';
import { InvestmentTable } from '../dashboard/InvestmentTable';
import { KpiCards, type KpiCard } from '../dashboard/KpiCards';
import { SavedViews } from '../dashboard/SavedViews';
import { OfficerActions } from '../dashboard/OfficerActions';
import {
  activeFilters,
  COMMITTED_STAGES,
  followedFilters,
  KPI_FOLLOWS,
  organizationFilter,
  parkFilter,
  REAL_RECORDS,
  tenancyFilter,
} from '../dashboard/view-state';
import {
  clearFilters,
  comparisonFor,
  dealFilter,
  investmentFilter,
  monthsBetween,
  parseView,
  presetRange,
  serializeView,
  toggleFilter,
  type ListFilter,
  type ViewState,
} from '../dashboard/view-state';
import { currentLanguage } from '../i18n';
import { ShareLink } from '../components/ShareLink';
import { NewRecordsNotice } from '../live/NewRecordsNotice';
// The chart cards come with the page (a page rendered on the server hydrates them with it); recharts loads with
// each drawing, when it comes near the screen (charts/drawings.tsx, components/Deferred.tsx).
import DashboardCharts from '../charts/DashboardCharts';

const DashboardPageQuery = graphql(`
  query DashboardPageQuery(
    $filter: InvestmentFilter
    $committed: InvestmentFilter
    $deals: DealFilter
    $parks: ParkFilter
    $records: VerificationFilter
    $period: PeriodInput
    $compare: CompareTo
    $currency: String
    $grain: InvestmentGroupBy!
    $dealGrain: DealGroupBy!
    $hasPeriod: Boolean!
    $tenantPeriod: PeriodInput!
    $tenantGrain: TimeGrain!
    $tenancies: TenancyFilter
    $tenantOrgs: OrganizationFilter
  ) {
    tenantSeries(filter: $parks, tenants: $tenantOrgs, records: $records, period: $tenantPeriod, grain: $tenantGrain) @include(if: $hasPeriod) {
      key
      tenants
    }
    committed: investmentStats(filter: $committed, period: $period, compareTo: $compare, currency: $currency, groupBy: [$grain]) {
      currency
      rateDate
      rates {
        usdPerUnit
        validFrom
        approximate
      }
      period {
        from
        to
      }
      previousPeriod {
        from
        to
      }
      follows
      totals {
        count
        valuedCount
        total
        includesDemo
      }
      previousTotals {
        count
        total
      }
      buckets {
        ...StatsBucket_investment
      }
    }
    projects: investmentStats(filter: $filter, period: $period, compareTo: $compare, currency: $currency) {
      follows
      totals {
        count
        includesDemo
      }
      previousTotals {
        count
      }
    }
    bySector: investmentStats(filter: $filter, period: $period, currency: $currency, groupBy: [SECTOR]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    byCountry: investmentStats(filter: $filter, period: $period, currency: $currency, groupBy: [SOURCE_COUNTRY]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    byPark: investmentStats(filter: $filter, period: $period, currency: $currency, groupBy: [PARK]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    overTime: investmentStats(filter: $filter, period: $period, currency: $currency, groupBy: [$grain]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    byStage: investmentStats(filter: $filter, period: $period, currency: $currency, groupBy: [STAGE]) {
      buckets {
        ...StatsBucket_investment
      }
    }
    deals: dealStats(filter: $deals, period: $period, compareTo: $compare, currency: $currency, groupBy: [$dealGrain]) {
      follows
      totals {
        count
        parties
        includesDemo
      }
      previousTotals {
        count
      }
      buckets {
        ...StatsBucket_deal
      }
    }
    tenants: tenancyStats(filter: $tenancies, period: $period, compareTo: $compare, current: true) {
      follows
      totals {
        tenants
        includesDemo
      }
      previousTotals {
        tenants
      }
    }
    parks(filter: $parks, first: 100) {
      nodes {
        id
        name {
          zh
          en
          ru
        }
        verification
        plannedInvestment {
          amountUsd
        }
        landArea {
          mu
          hectares
        }
      }
    }
  }
`);

const DashboardTodayQuery = graphql(`
  query DashboardTodayQuery {
    dataset {
      today
    }
  }
`);

/** The investment-promotion overview: KPIs, charts and the matching records, all driven by the URL. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const setView = useCallback((next: ViewState) => setParams(serializeView(next), { replace: false }), [setParams]);
  const toggle = useCallback((name: ListFilter, value: string) => setView(toggleFilter(view, name, value)), [setView, view]);
  // The language is not part of the view: a link carries ?lang= only when shared "in this language" (ShareLink),
  // and the app opens such a link in it (i18n); otherwise each reader's own choice applies.

  // "Today" is the server's (the zone's time zone), so presets agree with the API's own defaults.
  const today = useQuery(DashboardTodayQuery);
  const period = today.data ? presetRange(view, today.data.dataset.today) : null;
  const filter = investmentFilter(view);
  const { data, previousData, error, refetch, loading } = useQuery(DashboardPageQuery, {
    skip: !today.data,
    variables: {
      filter,
      committed: { ...filter, stage: { in: view.stages.length ? view.stages.filter((s) => COMMITTED_STAGES.includes(s)) : COMMITTED_STAGES } },
      deals: dealFilter(view),
      parks: parkFilter(view),
      records: view.realOnly ? { in: REAL_RECORDS } : null,
      period,
      compare: period ? comparisonFor(view.preset) : null,
      currency: view.currency,
      grain: view.grain,
      dealGrain: view.grain,
      hasPeriod: Boolean(period),
      tenantPeriod: period ?? { from: '2000-01-01', to: '2000-01-01' },
      tenantGrain: period && monthsBetween(period.from, period.to) > 120 ? 'YEAR' : view.grain,
      // Tenants follow the park, sector, country, kind and provenance filters; the API counts them on the period's last
      // day and the comparison period's (today without a period).
      tenancies: tenancyFilter(view),
      tenantOrgs: organizationFilter(view),
    },
  });
  const shown = data ?? previousData;

  let body;
  if ((error || today.error) && !shown)
    body = <ErrorState message={(error ?? today.error)!.message} onRetry={() => void (today.error ? today.refetch() : refetch())} />;
  else if (!shown) body = <LoadingState rows={6} />;
  else {
    const currency = shown.committed.currency;
    const rates = shown.committed.rates;
    const active = activeFilters(view);
    // Each card names what it follows; a chosen filter the API's answer did not follow is named as not applied.
    const scope = (id: string, follows?: readonly string[]) => {
      const followed = follows ? followedFilters(follows) : new Set(KPI_FOLLOWS[id]);
      if (!follows) followed.add('realOnly');
      return { follows: KPI_FOLLOWS[id], ignores: active.filter((f) => !followed.has(f)) };
    };
    const parksDemo = shown.parks.nodes.some((p) => p.verification === 'DEMO');
    const plannedUsd = shown.parks.nodes.reduce((s, p) => s + Number(p.plannedInvestment?.amountUsd ?? 0), 0);
    const parksWithPlan = shown.parks.nodes.filter((p) => p.plannedInvestment).length;
    const landMu = shown.parks.nodes.reduce((s, p) => s + (p.landArea?.mu ?? 0), 0);
    const parksWithLand = shown.parks.nodes.filter((p) => p.landArea).length;
    const committedSeries = timeSeries(getFragmentData(StatsBucket_investment, shown.committed.buckets), lang);
    const dealSeries = timeSeries(getFragmentData(StatsBucket_deal, shown.deals.buckets), lang);
    const cards: KpiCard[] = [
      {
        id: 'committed',
        label: t('dashboard.kpi.committed'),
        kind: 'money',
        currency,
        ...kpi(
          shown.committed.totals.total == null ? null : Number(shown.committed.totals.total),
          shown.committed.previousTotals ? Number(shown.committed.previousTotals.total ?? 0) : null,
        ),
        note: t('dashboard.kpi.rateNote', { date: shown.committed.rateDate, count: shown.committed.totals.count - shown.committed.totals.valuedCount }),
        spark: committedSeries.map((p) => p.value),
        demo: shown.committed.totals.includesDemo,
        ...scope('committed', shown.committed.follows),
      },
      {
        id: 'projects',
        label: t('dashboard.kpi.projects'),
        kind: 'count',
        ...kpi(shown.projects.totals.count, shown.projects.previousTotals?.count),
        spark: committedSeries.map((p) => p.count),
        demo: shown.projects.totals.includesDemo,
        ...scope('projects', shown.projects.follows),
      },
      {
        id: 'tenants',
        label: t('dashboard.kpi.tenants'),
        kind: 'count',
        ...kpi(shown.tenants.totals.tenants, shown.tenants.previousTotals?.tenants),
        note: t('dashboard.kpi.tenantsNote'),
        spark: shown.tenantSeries?.map((p) => p.tenants),
        demo: shown.tenants.totals.includesDemo,
        ...scope('tenants', shown.tenants.follows),
      },
      {
        id: 'deals',
        label: t('dashboard.kpi.deals'),
        kind: 'count',
        ...kpi(shown.deals.totals.count, shown.deals.previousTotals?.count),
        spark: dealSeries.map((p) => p.count),
        demo: shown.deals.totals.includesDemo,
        ...scope('deals', shown.deals.follows),
      },
      {
        id: 'planned',
        label: t('dashboard.kpi.planned'),
        kind: 'money',
        currency,
        ...kpi(parksWithPlan ? fromUsd(plannedUsd, currency, rates) : null, null),
        note: t('dashboard.kpi.parksStating', { count: parksWithPlan, total: shown.parks.nodes.length }),
        sourceHref: '/parks',
        demo: parksDemo,
        ...scope('planned'),
      },
      {
        id: 'land',
        label: t('dashboard.kpi.land'),
        kind: 'area',
        ...kpi(parksWithLand ? landMu : null, null),
        note: t('dashboard.kpi.parksStating', { count: parksWithLand, total: shown.parks.nodes.length }),
        sourceHref: '/parks',
        demo: parksDemo,
        ...scope('land'),
      },
    ];
    const other = t('dashboard.other');
    const charts = {
      currency,
      bySector: barRows(getFragmentData(StatsBucket_investment, shown.bySector.buckets), lang, { otherLabel: other }),
      byCountry: barRows(getFragmentData(StatsBucket_investment, shown.byCountry.buckets), lang, { otherLabel: other }),
      byPark: barRows(getFragmentData(StatsBucket_investment, shown.byPark.buckets), lang, { otherLabel: other }),
      overTime: timeSeries(getFragmentData(StatsBucket_investment, shown.overTime.buckets), lang),
      funnel: funnelSteps(getFragmentData(StatsBucket_investment, shown.byStage.buckets), lang, (s) => t(`stage.${s}`)),
      deals: dealSeries,
      // The investment charts share the projects' filter and period, so the projects' demo mark is theirs.
      demo: {
        sector: shown.projects.totals.includesDemo,
        country: shown.projects.totals.includesDemo,
        park: shown.projects.totals.includesDemo,
        time: shown.projects.totals.includesDemo,
        funnel: shown.projects.totals.includesDemo,
        deals: shown.deals.totals.includesDemo,
      },
      periodLabel: shown.committed.period
        ? t('dashboard.periodNote', { from: shown.committed.period.from, to: shown.committed.period.to })
        : t('dashboard.allTime'),
    };
    const noInvestments = shown.projects.totals.count === 0;
    body = (
      <>
        <KpiCards cards={cards} lang={lang} loading={loading} period={shown.committed.period} previousPeriod={shown.committed.previousPeriod} />
        {noInvestments ? (
          <div className="notice" role="note">
            <p>{view.realOnly ? t('dashboard.noRealInvestments') : t('dashboard.noInvestments')}</p>
            {view.parks.length + view.sectors.length + view.countries.length + view.stages.length + view.kinds.length ? (
              <button type="button" onClick={() => setView(clearFilters(view))}>
                {t('dashboard.clearFilters')}
              </button>
            ) : null}
          </div>
        ) : null}
        <div className="tabs" role="group" aria-label={t('dashboard.tabs')}>
          {(['charts', 'table'] as const).map((tab) => (
            <button key={tab} type="button" aria-pressed={view.tab === tab} data-tab={tab} onClick={() => setView({ ...view, tab })}>
              {t(`dashboard.tab.${tab}`)}
            </button>
          ))}
        </div>
        {view.tab === 'charts' ? (
          <Suspense fallback={<LoadingState rows={4} />}>
            <DashboardCharts data={charts} lang={lang} view={view} onToggle={toggle} />
          </Suspense>
        ) : null}
        <InvestmentTable key={JSON.stringify([filter, period])} filter={filter} period={period} lang={lang} currency={view.currency} />
      </>
    );
  }

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="drill-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <ShareLink />
        <SavedViews />
      </div>
      <OfficerActions />
      <FilterBar view={view} onChange={setView} lang={lang} />
      <FilterChips view={view} onToggle={toggle} onClear={() => setView(clearFilters(view))} lang={lang} />
      {body ?? <EmptyState message={t('dashboard.noInvestments')} />}
      <NewRecordsNotice investments={filter} deals={dealFilter(view)} />
    </section>
  );
}
