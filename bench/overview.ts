// The dashboard's overview request as the web app sends it for its default view, shared by the benchmarks.
import { addDays, format, parseISO, subMonths } from 'date-fns';
import { InvestmentStage, type DashboardPageQueryQueryVariables } from '../web/src/__generated__/graphql.js';
import { TIME_ZONE } from './server-process.js';

export interface Period {
  from: string;
  to: string;
}

/** Today as the server counts it (YYYY-MM-DD in the zone's time zone). */
export function today(): string {
  // "en-CA" writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The dashboard's default period, "the last 12 months" (web/src/dashboard/view-state.ts presetRange). */
export function last12Months(day: string): Period {
  return { from: format(addDays(subMonths(parseISO(day), 12), 1), 'yyyy-MM-dd'), to: day };
}

/** DashboardPage's variables for the default view (a period against the year before, CNY, by quarter, no filters). */
export function overviewVariables(period: Period): DashboardPageQueryQueryVariables {
  return {
    filter: {},
    committed: { stage: { in: [InvestmentStage.Signed, InvestmentStage.UnderConstruction, InvestmentStage.Operating] } },
    deals: {},
    parks: {},
    records: null,
    period,
    compare: 'PREVIOUS_YEAR',
    currency: 'CNY',
    grain: 'QUARTER',
    dealGrain: 'QUARTER',
    hasPeriod: true,
    tenantPeriod: period,
    tenantGrain: 'QUARTER',
    tenancies: {},
    tenantOrgs: null,
  };
}
