import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParkEntity } from '../../server/src/modules/parks/park.entity.js';
import type { OrganizationEntity } from '../../server/src/modules/organizations/organization.entity.js';
import type { TenancyEntity } from '../../server/src/modules/tenancies/tenancy.entity.js';
import { graphql } from '../__generated__/gql.js';
import type { TenantsComparedOnPeriodEndsQueryVariables } from '../__generated__/graphql.js';
import { Factory, type Overrides } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

// Current tenants on a period's last day and on its comparison period's last day, counted by the API (the dashboard's
// tenants KPI), with tenancies signed and exited on the boundary days.

const TODAY = '2026-11-24';

const TenantsCompared = graphql(`
  query TenantsComparedOnPeriodEnds($parks: [ID!], $period: PeriodInput, $compareTo: CompareTo, $on: Date) {
    tenancyStats(filter: { park: { id: { in: $parks } } }, groupBy: [PARK], period: $period, compareTo: $compareTo, on: $on) {
      on
      follows
      period {
        from
        to
        days
      }
      previousPeriod {
        from
        to
        days
      }
      totals {
        count
        tenants
      }
      previousTotals {
        count
        tenants
      }
      change {
        count
        countPercent
        tenants
        tenantsPercent
      }
      buckets {
        key {
          value
        }
        figures {
          tenants
        }
        previous {
          tenants
        }
        change {
          tenants
          tenantsPercent
        }
      }
    }
  }
`);

const TenantsInParkStats = graphql(`
  query TenantsComparedInParkStats($parks: [ID!], $period: PeriodInput!, $compareTo: CompareTo!) {
    parkStats(filter: { id: { in: $parks } }, period: $period, compareTo: $compareTo) {
      nodes {
        park {
          id
        }
        figures {
          tenants
        }
        previous {
          tenants
        }
      }
    }
  }
`);

const TenantsParks = graphql(`
  query TenantsComparedParks {
    parks(first: 10, filter: { search: "Boundary " }) {
      nodes {
        id
        name {
          en
        }
      }
    }
  }
`);

describe.each(DIALECTS)('current tenants on a period end against its comparison period end, on %s', (dialect) => {
  let server: TestServer;
  let main: string;
  let other: string;
  beforeAll(async () => {
    server = await createTestServer(dialect, { today: TODAY });
    const f = new Factory(server.em());
    const p = f.park({ nameEn: 'Boundary Main Park', verification: 'RECORDED' }).entity;
    const q = f.park({ nameEn: 'Boundary Other Park', verification: 'RECORDED' }).entity;
    const at = (park: ParkEntity, fields: Overrides<TenancyEntity>, organization?: OrganizationEntity) =>
      f.tenancy(park, { verification: 'RECORDED', status: 'OPERATING', ...fields, ...(organization ? { organization } : {}) });
    // The period 2026-01-01..2026-06-30 (181 days); PREVIOUS_PERIOD ends 2025-12-31, PREVIOUS_YEAR ends 2025-06-30.
    const a = f.organization({ verification: 'RECORDED' });
    at(p, { signedOn: '2025-12-31' }, a); // signed on the comparison period's last day: then and now
    at(p, { signedOn: '2026-03-01' }, a); // a second tenancy of the same tenant: one tenant, two tenancies now
    at(p, { signedOn: '2026-01-01' }); // the day after the comparison period: now only
    at(p, { signedOn: '2026-06-30' }); // on the period's last day: now
    at(p, { signedOn: '2026-07-01' }); // the day after the period: never
    at(p, { signedOn: '2025-06-30', status: 'EXITED', exitedOn: '2025-12-31' }); // exited on the comparison day: not then
    at(p, { signedOn: '2025-06-30', status: 'EXITED', exitedOn: '2026-01-01' }); // then, not now
    at(p, { signedOn: '2024-05-05', status: 'EXITED', exitedOn: '2026-07-01' }); // then and now
    at(q, { signedOn: '2026-06-30' }); // the other park: nothing then, one now
    await f.flush();
    const parks = (await server.gql(TenantsParks)).data!.parks.nodes;
    main = parks.find((n) => n.name.en === 'Boundary Main Park')!.id;
    other = parks.find((n) => n.name.en === 'Boundary Other Park')!.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const ask = async (variables: Omit<TenantsComparedOnPeriodEndsQueryVariables, 'parks'>) => {
    const res = await server.gql(TenantsCompared, { parks: [main, other], ...variables });
    expect(res.errors, res.body).toBeUndefined();
    return res.data!.tenancyStats;
  };

  it('counts the tenants on the last day of the period and of the previous period, and the change', async () => {
    const s = await ask({ period: { from: '2026-01-01', to: '2026-06-30' }, compareTo: 'PREVIOUS_PERIOD' });
    expect(s.period).toEqual({ from: '2026-01-01', to: '2026-06-30', days: 181 });
    expect(s.previousPeriod).toEqual({ from: '2025-07-04', to: '2025-12-31', days: 181 });
    expect(s.on).toBe('2026-06-30');
    expect(s.follows).toEqual(['park.id', 'period']);
    // Now (2026-06-30): a (two tenancies), the 2026-01-01 and 2026-06-30 signings, the one exiting 2026-07-01, and the
    // other park's. Then (2025-12-31): a, the one exiting 2026-01-01, the one exiting 2026-07-01.
    expect(s.totals).toEqual({ count: 6, tenants: 5 });
    expect(s.previousTotals).toEqual({ count: 3, tenants: 3 });
    expect(s.change).toEqual({ count: 3, countPercent: 100, tenants: 2, tenantsPercent: 66.67 });
    const byPark = new Map(s.buckets.map((b) => [b.key[0].value, b]));
    expect(byPark.get(main)).toMatchObject({ figures: { tenants: 4 }, previous: { tenants: 3 }, change: { tenants: 1, tenantsPercent: 33.33 } });
    // Something from nothing has no percentage.
    expect(byPark.get(other)).toMatchObject({ figures: { tenants: 1 }, previous: { tenants: 0 }, change: { tenants: 1, tenantsPercent: null } });
  });

  it('compares with the same day a year earlier, and the per-park figures agree', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const s = await ask({ period, compareTo: 'PREVIOUS_YEAR' });
    expect(s.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-06-30', days: 181 });
    // On 2025-06-30: the two signed that day (both exited later) and the one signed in 2024.
    expect(s.previousTotals).toEqual({ count: 3, tenants: 3 });
    expect(s.change).toMatchObject({ tenants: 2 });
    const parks = await server.gql(TenantsInParkStats, { parks: [main, other], period, compareTo: 'PREVIOUS_YEAR' });
    expect(parks.errors, parks.body).toBeUndefined();
    for (const node of parks.data!.parkStats.nodes) {
      const bucket = s.buckets.find((b) => b.key[0].value === node.park.id)!;
      expect(node.figures.tenants).toBe(bucket.figures.tenants);
      expect(node.previous?.tenants).toBe(bucket.previous?.tenants ?? 0);
    }
  });

  it('counts a period on its last day, not by signing date, and without compareTo gives no comparison', async () => {
    const s = await ask({ period: { from: '2026-06-01', to: '2026-06-30' } });
    // Signed long before June 2026 and still there: counted.
    expect(s.totals).toEqual({ count: 6, tenants: 5 });
    expect(s.on).toBe('2026-06-30');
    expect(s.previousPeriod).toBeNull();
    expect(s.previousTotals).toBeNull();
    expect(s.change).toBeNull();
    expect(s.buckets.every((b) => b.previous === null && b.change === null)).toBe(true);
  });

  it('compares today with the same day a year earlier when no period is given', async () => {
    const s = await ask({ compareTo: 'PREVIOUS_PERIOD' });
    expect(s.on).toBe(TODAY);
    expect(s.period).toEqual({ from: '2025-11-25', to: TODAY, days: 365 });
    expect(s.previousPeriod?.to).toBe('2025-11-24');
    // Today: a, the four 2026 signings (one at the other park, one after June); the one exiting 2026-07-01 has left.
    expect(s.totals.tenants).toBe(5);
    // 2025-11-24: a had not signed; the ones exiting 2025-12-31, 2026-01-01 and 2026-07-01 were there.
    expect(s.previousTotals?.tenants).toBe(3);
  });

  it('refuses `on` with a period or a comparison, and a period that ends before it starts, with BAD_USER_INPUT', async () => {
    const cases = [
      { on: '2026-06-30', period: { from: '2026-01-01', to: '2026-06-30' } },
      { on: '2026-06-30', compareTo: 'PREVIOUS_YEAR' as const },
      { period: { from: '2026-06-30', to: '2026-01-01' }, compareTo: 'PREVIOUS_PERIOD' as const },
    ];
    for (const variables of cases) {
      const res = await server.gql(TenantsCompared, { parks: [main], ...variables });
      expect(res.data, res.body).toBeNull();
      expect(res.errors?.[0].extensions?.code, res.body).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
