import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tenancy, type TenancyEntity } from '../../server/src/modules/tenancies/tenancy.entity.js';
import type { OrganizationEntity } from '../../server/src/modules/organizations/organization.entity.js';
import type { ParkEntity } from '../../server/src/modules/parks/park.entity.js';
import { Sector } from '../../server/src/modules/sectors/sector.entity.js';
import { fromGlobalId } from '../../server/src/graphql/global-id.js';
import { graphql } from '../__generated__/gql.js';
import { Factory, type Overrides } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const TODAY = '2026-11-24';

const TenantsCompared = graphql(`
  query TenantsCompared {
    parkStats(first: 100) {
      nodes {
        park {
          id
        }
        figures {
          tenants
          tenantsIncludeDemo
        }
      }
    }
  }
`);

const ParkSlugs = graphql(`
  query ParkSlugs {
    parks(first: 100) {
      nodes {
        id
        slug
      }
    }
  }
`);

const ParkTenantCounts = graphql(`
  query ParkTenantCounts($park: ID!, $today: Date!) {
    byCountry: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [COUNTRY], current: true) {
      on
      follows
      totals {
        tenants
        includesDemo
      }
      buckets {
        figures {
          tenants
        }
      }
    }
    bySector: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [SECTOR], current: true) {
      totals {
        tenants
      }
      buckets {
        figures {
          tenants
        }
      }
    }
    compare: tenancyStats(filter: { park: { id: { in: [$park] } } }, groupBy: [PARK, SECTOR], current: true) {
      totals {
        tenants
      }
    }
    series: tenantSeries(filter: { id: { eq: $park } }, period: { from: "2026-01-01", to: $today }, grain: QUARTER) {
      end
      tenants
    }
  }
`);

const FollowedFilters = graphql(`
  query FollowedFilters($today: Date!) {
    all: tenancyStats(current: true) {
      totals {
        tenants
      }
    }
    energy: tenancyStats(current: true, filter: { organization: { sector: { in: [NEW_ENERGY] } } }) {
      follows
      totals {
        tenants
      }
    }
    kz: tenancyStats(current: true, filter: { organization: { country: { in: ["KZ"] }, kind: { in: [COMPANY] } } }) {
      follows
      totals {
        tenants
      }
    }
    deals: dealStats {
      totals {
        count
        includesDemo
      }
      follows
    }
    energyDeals: dealStats(filter: { party: { sector: { in: [NEW_ENERGY] } } }, period: { from: "2023-01-01", to: $today }) {
      follows
      totals {
        count
      }
    }
  }
`);

const DemoFlags = graphql(`
  query DemoFlags {
    mixed: investmentStats(groupBy: [STAGE]) {
      totals {
        includesDemo
      }
      buckets {
        figures {
          includesDemo
        }
      }
    }
    real: investmentStats(filter: { verification: { in: [VERIFIED, RECORDED] } }, groupBy: [STAGE]) {
      totals {
        count
        includesDemo
      }
      buckets {
        figures {
          includesDemo
        }
      }
    }
    realParks: parkStats(first: 100, records: { in: [VERIFIED, RECORDED] }) {
      nodes {
        figures {
          tenantsIncludeDemo
          committedIncludesDemo
          dealsIncludeDemo
        }
      }
    }
    demoParks: parkStats(first: 100) {
      nodes {
        figures {
          committedInvestments
          committedIncludesDemo
        }
      }
    }
  }
`);

const EdgeTenantCount = graphql(`
  query EdgeTenantCount($park: ID!, $on: Date!, $to: Date!) {
    s: tenancyStats(filter: { park: { id: { eq: $park } } }, on: $on, groupBy: [SECTOR]) {
      totals {
        tenants
        includesDemo
      }
      buckets {
        key {
          value
        }
        figures {
          tenants
        }
      }
    }
    p: parkStats(filter: { id: { eq: $park } }, period: { from: "2020-01-01", to: $to }) {
      nodes {
        figures {
          tenants
          tenantsIncludeDemo
        }
      }
    }
  }
`);

const EdgeParkTenants = graphql(`
  query EdgeParkTenants($ids: [ID!]) {
    parkStats(filter: { id: { in: $ids } }) {
      nodes {
        park {
          id
        }
        figures {
          tenants
        }
      }
    }
  }
`);

const EdgeParks = graphql(`
  query EdgeParks {
    parks(first: 10, filter: { search: "Edge " }) {
      nodes {
        id
        name {
          en
        }
      }
    }
  }
`);

/** Current tenants of one park on a day, written out independently of the server's SQL. */
function directCurrentSql(parkId: number, day: string) {
  return `select count(distinct organization_id) as n, max(case when verification = 'DEMO' then 1 else 0 end) as dm from tenancy
    where park_id = ${parkId} and (signed_on is null or signed_on <= '${day}')
      and not (exited_on is not null and exited_on <= '${day}') and not (exited_on is null and status = 'EXITED')`;
}

describe.each(DIALECTS)('one definition of current tenants on %s', (dialect) => {
  describe('with the demo dataset', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await createTestServer(dialect, { demo: true, today: TODAY });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('gives the same count on the profile (by country and by sector), in parkStats (/compare) and in tenantSeries, for every park', async () => {
      const parks = (await server.gql(ParkSlugs)).data!.parks.nodes;
      expect(parks.length).toBeGreaterThan(5);
      const stats = await server.gql(TenantsCompared);
      expect(stats.errors, stats.body).toBeUndefined();
      const compared = new Map(stats.data!.parkStats.nodes.map((n) => [n.park.id, n.figures]));
      let someDemo = false;
      for (const park of parks) {
        const res = await server.gql(ParkTenantCounts, { park: park.id, today: TODAY });
        expect(res.errors, res.body).toBeUndefined();
        const [direct] = await server
          .em()
          .getConnection()
          .execute(directCurrentSql(Number(fromGlobalId(park.id).id), TODAY));
        const expected = Number(direct.n);
        const d = res.data!;
        expect(d.byCountry.on).toBe(TODAY);
        expect(d.byCountry.follows).toEqual(['on', 'park.id']);
        expect(d.byCountry.totals.tenants, park.slug).toBe(expected);
        // Each organization has one country: the country bars add up to the total.
        expect(
          d.byCountry.buckets.reduce((s, b) => s + b.figures.tenants, 0),
          park.slug,
        ).toBe(expected);
        expect(d.bySector.totals.tenants, park.slug).toBe(expected);
        // An organization with two sectors counts in each bar, so the bars may add up to more, never less.
        expect(d.bySector.buckets.reduce((s, b) => s + b.figures.tenants, 0)).toBeGreaterThanOrEqual(expected);
        expect(d.compare.totals.tenants, park.slug).toBe(expected);
        expect(compared.get(park.id)?.tenants, park.slug).toBe(expected);
        expect(d.series.at(-1)).toEqual({ end: TODAY, tenants: expected });
        expect(d.byCountry.totals.includesDemo).toBe(Number(direct.dm) === 1);
        expect(compared.get(park.id)?.tenantsIncludeDemo).toBe(Number(direct.dm) === 1);
        someDemo ||= Number(direct.dm) === 1;
      }
      expect(someDemo).toBe(true);
    });

    it('follows every filter it is given: tenants by sector, country and kind; deals by a party sector', async () => {
      const res = await server.gql(FollowedFilters, { today: TODAY });
      expect(res.errors, res.body).toBeUndefined();
      const d = res.data!;
      const run = async (sql: string) => Number((await server.em().getConnection().execute(sql))[0].n);
      const current = `(t.signed_on is null or t.signed_on <= '${TODAY}') and (t.exited_on > '${TODAY}' or (t.exited_on is null and t.status <> 'EXITED'))`;
      expect(d.energy.follows).toEqual(['on', 'organization.sector']);
      expect(d.energy.totals.tenants).toBe(
        await run(
          `select count(distinct t.organization_id) as n from tenancy t join organization_sector s on s.organization_id = t.organization_id where s.sector_code = 'NEW_ENERGY' and ${current}`,
        ),
      );
      expect(d.energy.totals.tenants).toBeLessThan(d.all.totals.tenants);
      expect(d.kz.follows).toEqual(['on', 'organization.country', 'organization.kind']);
      expect(d.kz.totals.tenants).toBe(
        await run(
          `select count(distinct t.organization_id) as n from tenancy t join organization o on o.id = t.organization_id where o.country = 'KZ' and o.kind = 'COMPANY' and ${current}`,
        ),
      );
      expect(d.deals.follows).toEqual([]);
      expect(d.deals.totals.includesDemo).toBe(true);
      expect(d.energyDeals.follows).toEqual(['party.sector', 'period']);
      expect(d.energyDeals.totals.count).toBe(
        await run(
          `select count(*) as n from deal d where d.signed_on >= '2023-01-01' and d.signed_on <= '${TODAY}' and exists (select 1 from deal_party p join organization_sector s on s.organization_id = p.organization_id where p.deal_id = d.id and s.sector_code = 'NEW_ENERGY')`,
        ),
      );
      expect(d.energyDeals.totals.count).toBeLessThan(d.deals.totals.count);
    });

    it('says whether a figure includes DEMO records, bucket by bucket, and not when only real records are counted', async () => {
      const res = await server.gql(DemoFlags);
      expect(res.errors, res.body).toBeUndefined();
      const d = res.data!;
      expect(d.mixed.totals.includesDemo).toBe(true);
      expect(d.mixed.buckets.some((b) => b.figures.includesDemo)).toBe(true);
      expect(d.real.totals.includesDemo).toBe(false);
      expect(d.real.buckets.every((b) => !b.figures.includesDemo)).toBe(true);
      for (const n of d.realParks.nodes) expect(Object.values(n.figures)).toEqual([false, false, false]);
      expect(d.demoParks.nodes.some((n) => n.figures.committedIncludesDemo)).toBe(true);
    });
  });

  describe('on hand-made edge cases', () => {
    let server: TestServer;
    let parent: string;
    let child: string;
    beforeAll(async () => {
      server = await createTestServer(dialect, { today: TODAY });
      const f = new Factory(server.em());
      const p = f.park({ nameEn: 'Edge Parent Park' }).entity;
      const c = f.park({ nameEn: 'Edge Child Park' }).childOf(p).entity;
      const tenancy = (organization: OrganizationEntity, park: ParkEntity, fields: Overrides<TenancyEntity>) =>
        f.em.create(Tenancy, { organization, park, status: 'OPERATING', verification: 'RECORDED', signedOn: '2024-01-01', ...fields });
      const a = f.organization({ verification: 'RECORDED' });
      tenancy(a, p, { signedOn: '2025-01-01' }); // counted from 2025
      tenancy(f.organization({ verification: 'RECORDED' }), p, { status: 'SIGNED', signedOn: '2027-01-01' }); // signed after the date
      tenancy(f.organization({ verification: 'RECORDED' }), p, { status: 'EXITED', exitedOn: '2026-01-01' }); // exited before
      tenancy(f.organization({ verification: 'RECORDED' }), p, { signedOn: null }); // signing date unknown: counted
      const e = f.organization({
        verification: 'RECORDED',
        sectors: [f.em.getReference(Sector, 'NEW_ENERGY'), f.em.getReference(Sector, 'LOGISTICS')],
      });
      tenancy(e, p, {}); // two tenancies of one organization, two sectors
      tenancy(e, p, { signedOn: '2024-06-01' });
      tenancy(f.organization({ verification: 'RECORDED' }), p, { status: 'EXITED', exitedOn: '2027-01-01' }); // exits after the date
      tenancy(f.organization({ verification: 'RECORDED' }), p, { status: 'EXITED', exitedOn: null }); // exited, date unknown
      tenancy(f.organization(), c, { verification: 'DEMO' }); // at the child park only
      await f.flush();
      const ids = (await server.gql(EdgeParks)).data!.parks.nodes;
      parent = ids.find((n) => n.name.en === 'Edge Parent Park')!.id;
      child = ids.find((n) => n.name.en === 'Edge Child Park')!.id;
    });
    afterAll(async () => {
      await server?.close();
    });

    const count = async (park: string, on: string) => {
      const res = await server.gql(EdgeTenantCount, { park, on, to: on });
      expect(res.errors, res.body).toBeUndefined();
      expect(res.data?.p.nodes[0].figures.tenants).toBe(res.data?.s.totals.tenants);
      return res.data!.s;
    };

    it('counts signed-by-then, unknown signing dates, not yet exited; each organization once; the child apart', async () => {
      // Today: a, the unknown-date one, e (once, though two tenancies), the one exiting in 2027.
      const now = await count(parent, TODAY);
      expect(now.totals).toEqual({ tenants: 4, includesDemo: false });
      // e works in two sectors: it counts in each bar, once in the total.
      const bars = Object.fromEntries(now.buckets.map((b): [string, number] => [String(b.key[0].value), b.figures.tenants]));
      expect(bars.NEW_ENERGY).toBe(1);
      expect(bars.LOGISTICS).toBe(1);
      expect(bars['null']).toBe(3); // the bar of no sector: its null key, as Object.fromEntries writes it
      // Mid-2025, the one that exited in January 2026 was still there.
      expect((await count(parent, '2025-06-30')).totals.tenants).toBe(5);
      // Before 2025-01-01, a had not signed.
      expect((await count(parent, '2024-12-31')).totals.tenants).toBe(4);
      // The child's tenant counts at the child and is not added to the parent.
      expect((await count(child, TODAY)).totals).toEqual({ tenants: 1, includesDemo: true });
      // No period: parkStats counts today.
      const res = await server.gql(EdgeParkTenants, { ids: [parent, child] });
      expect(Object.fromEntries(res.data!.parkStats.nodes.map((n) => [n.park.id, n.figures.tenants]))).toEqual({ [parent]: 4, [child]: 1 });
    });
  });
});
