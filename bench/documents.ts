// The statistics `npm run bench` times one at a time, each selecting what the dashboard reads of it. The overview, the
// filter options and the table page are the web app's own documents (web/src/__generated__), sent as the app sends them.
import { graphql } from '../test/__generated__/gql.js';

export const BenchInvestmentStats = graphql(`
  query BenchInvestmentStats($filter: InvestmentFilter, $period: PeriodInput, $groupBy: [InvestmentGroupBy!], $currency: String) {
    investmentStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {
      follows
      totals {
        count
        valuedCount
        total
        includesDemo
      }
      buckets {
        key {
          dimension
          value
          partial
        }
        figures {
          count
          valuedCount
          total
          includesDemo
        }
      }
    }
  }
`);

export const BenchDealStats = graphql(`
  query BenchDealStats($filter: DealFilter, $period: PeriodInput, $groupBy: [DealGroupBy!], $currency: String) {
    dealStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {
      follows
      totals {
        count
        parties
        includesDemo
      }
      buckets {
        key {
          dimension
          value
          partial
        }
        figures {
          count
          valuedCount
          total
          includesDemo
        }
      }
    }
  }
`);

export const BenchTenancyStats = graphql(`
  query BenchTenancyStats($filter: TenancyFilter, $period: PeriodInput) {
    tenancyStats(filter: $filter, period: $period, current: true) {
      follows
      totals {
        tenants
        includesDemo
      }
    }
  }
`);

export const BenchTenantSeries = graphql(`
  query BenchTenantSeries($parks: ParkFilter, $tenants: OrganizationFilter, $period: PeriodInput!) {
    tenantSeries(filter: $parks, tenants: $tenants, period: $period, grain: QUARTER) {
      key
      tenants
    }
  }
`);

export const BenchParkStats = graphql(`
  query BenchParkStats($filter: ParkFilter, $period: PeriodInput, $currency: String) {
    parkStats(filter: $filter, period: $period, currency: $currency, first: 20) {
      totalCount
      nodes {
        park {
          id
        }
        figures {
          tenants
          committedInvestments
          committedInvestment
          deals
        }
      }
    }
  }
`);

/** The most common value of each filter bar dimension: the filtered figures use these (the largest slice of the data). */
export const BenchFilterValues = graphql(`
  query BenchFilterValues {
    parks: investmentStats(groupBy: [PARK]) {
      ...BenchBucket
    }
    sectors: investmentStats(groupBy: [SECTOR]) {
      ...BenchBucket
    }
    countries: investmentStats(groupBy: [SOURCE_COUNTRY]) {
      ...BenchBucket
    }
    stages: investmentStats(groupBy: [STAGE]) {
      ...BenchBucket
    }
    kinds: investmentStats(groupBy: [ORGANIZATION_KIND]) {
      ...BenchBucket
    }
  }
`);

export const BenchBucket = graphql(`
  fragment BenchBucket on InvestmentStats {
    buckets {
      key {
        value
      }
      figures {
        count
      }
    }
  }
`);
