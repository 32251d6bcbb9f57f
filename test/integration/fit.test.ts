import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deal } from '../../server/src/modules/deals/deal.entity.js';
import { Investment } from '../../server/src/modules/investments/investment.entity.js';
import { Organization } from '../../server/src/modules/organizations/organization.entity.js';
import { Park } from '../../server/src/modules/parks/park.entity.js';
import { Sector } from '../../server/src/modules/sectors/sector.entity.js';
import { Tenancy } from '../../server/src/modules/tenancies/tenancy.entity.js';
import { graphql } from '../__generated__/gql.js';
import type { ParkFitInput } from '../__generated__/graphql.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const FitRanking = graphql(`
  query FitRanking($i: ParkFitInput!) {
    parkFit(input: $i) {
      park {
        id
        slug
      }
      rank
      score
      confidence
      parts {
        criterion
        weight
        score
        points
      }
    }
  }
`);

const FitRank = graphql(`
  query FitRank($i: ParkFitInput!) {
    parkFit(input: $i) {
      rank
    }
  }
`);

/**
 * Four parks whose ranking for a logistics tenant needing 100 mu was worked out by hand (today: 2026-11-24):
 *   A: focus logistics, 200 mu, 2 logistics neighbours, 1 investment this year, no facilities → logistics unknown
 *   D: the same facts as A (a tie), created after it
 *   B: focus new energy, 50 mu, logistics hub, no neighbours, 2 deals this year
 *   C: no focus recorded, land unknown, facilities operating + planned, 1 neighbour (a 2024 investment)
 */
describe.each(DIALECTS)('the fit finder on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false });
    const em = server.em();
    for (const [code, i] of [
      ['LOGISTICS', 1],
      ['NEW_ENERGY', 2],
    ] as const)
      em.create(Sector, { code, nameZh: code, nameEn: code, sortOrder: i });
    await em.flush();
    const logistics = em.getReference(Sector, 'LOGISTICS');
    const park = (key: string, o: Record<string, unknown>) =>
      em.create(Park, {
        slug: `fit-${key}`,
        kind: 'INDUSTRIAL_PARK',
        nameZh: `园区${key}`,
        nameEn: `Park ${key}`,
        status: 'OPERATING',
        verification: 'DEMO',
        ...o,
      });
    const a = park('a', { landAreaMu: 200 });
    await em.flush();
    const b = park('b', { landAreaMu: 50, kind: 'LOGISTICS_HUB' });
    const c = park('c', {
      facilities: [
        { nameEn: 'Depot', nameZh: '仓库', status: 'OPERATING' },
        { nameEn: 'Yard', nameZh: '堆场', status: 'PLANNED' },
      ],
    });
    await em.flush();
    const d = park('d', { landAreaMu: 300 });
    await em.flush();
    a.focusSectors.set([logistics]);
    d.focusSectors.set([logistics]);
    b.focusSectors.set([em.getReference(Sector, 'NEW_ENERGY')]);
    const org = (n: string) => em.create(Organization, { nameZh: `企业${n}`, nameEn: `Org ${n}`, kind: 'COMPANY', verification: 'DEMO', sectors: [logistics] });
    for (const p of [a, d]) {
      for (const n of [1, 2]) em.create(Tenancy, { organization: org(`${p.slug}-${n}`), park: p, status: 'OPERATING', verification: 'DEMO' });
      em.create(Investment, { park: p, sector: em.getReference(Sector, 'NEW_ENERGY'), stage: 'SIGNED', announcedOn: '2026-06-01', verification: 'DEMO' });
    }
    em.create(Investment, { park: c, organization: org('c'), sector: logistics, stage: 'LEAD', announcedOn: '2024-03-01', verification: 'DEMO' });
    for (const signedOn of ['2026-05-01', '2026-07-01']) {
      em.create(Deal, { park: b, kind: 'MOU', titleZh: '备忘录', titleEn: 'MoU', signedOn, verification: 'DEMO' });
    }
    await em.flush();
  });
  afterAll(async () => {
    await server?.close();
  });

  const fit = async (input: ParkFitInput) => {
    const res = await server.gql(FitRanking, { i: input });
    expect(res.errors, res.body).toBeUndefined();
    return res.data!.parkFit;
  };
  /** Each park as [letter, rank, score, confidence], in the order the API ranked them. */
  const table = (rows: Awaited<ReturnType<typeof fit>>) => rows.map((r) => [r.park.slug.slice(4).toUpperCase(), r.rank, r.score, r.confidence]);

  it('ranks by the documented formula, ties sharing a rank, unknown data lowering confidence only', async () => {
    const rows = await fit({ sector: 'LOGISTICS', landMu: 100 });
    expect(rows).toHaveLength(4);
    expect(table(rows)).toEqual([
      ['A', 1, 87.5, 0.8],
      ['D', 1, 87.5, 0.8],
      ['B', 3, 50, 1],
      ['C', 4, 33.3, 0.6],
    ]);
    const c = rows[3].parts;
    expect(c.find((p) => p.criterion === 'SECTOR_MATCH')).toEqual({ criterion: 'SECTOR_MATCH', weight: 1, score: null, points: 0 });
    expect(c.find((p) => p.criterion === 'LOGISTICS')).toEqual({ criterion: 'LOGISTICS', weight: 1, score: 0.5, points: 16.67 });
    expect(rows[0].parts.map((p) => p.points)).toEqual([25, 25, 25, 12.5, 0]);
  });

  it('ignores criteria weighted zero, and reads the land in hectares too', async () => {
    const rows = await fit({ sector: 'LOGISTICS', landMu: 100, weights: { sectorMatch: 0, land: 0, neighbours: 0, momentum: 1, logistics: 1 } });
    // A criterion weighted zero adds no points and does not count as known or unknown weight.
    const a = rows.find((r) => r.park.slug === 'fit-a')!;
    expect(a.parts.filter((p) => p.weight === 0).map((p) => [p.criterion, p.points])).toEqual([
      ['SECTOR_MATCH', 0],
      ['LAND', 0],
      ['NEIGHBOURS', 0],
    ]);
    expect(table(rows)).toEqual([
      ['B', 1, 100, 1],
      ['A', 2, 50, 0.5],
      ['D', 2, 50, 0.5],
      ['C', 4, 25, 1],
    ]);
    const landOnly = { sectorMatch: 0, neighbours: 0, momentum: 0, logistics: 0, land: 2 };
    const hectares = await fit({ sector: 'LOGISTICS', landHectares: 10, weights: landOnly });
    // 10 ha = 150 mu: the same answer as asking in mu.
    expect(hectares).toEqual(await fit({ sector: 'LOGISTICS', landMu: 150, weights: landOnly }));
    // A and D cover it, B covers a third, C's land is unknown.
    expect(table(hectares)).toEqual([
      ['A', 1, 100, 1],
      ['D', 1, 100, 1],
      ['B', 3, 33.3, 1],
      ['C', 4, null, 0],
    ]);
  });

  it('refuses requests it cannot score, field by field', async () => {
    for (const [input, field] of [
      [{ sector: 'LOGISTICS' }, 'input.landMu'],
      [{ sector: 'LOGISTICS', landMu: 10, landHectares: 1 }, 'input.landMu'],
      [{ sector: 'LOGISTICS', landMu: -5 }, 'input.landMu'],
      [{ sector: 'LOGISTICS', landMu: 5, weights: { sectorMatch: 0, land: 0, neighbours: 0, momentum: 0, logistics: 0 } }, 'input.weights'],
      [{ sector: 'LOGISTICS', landMu: 5, weights: { land: 11 } }, 'input.weights.land'],
    ] as const) {
      const res = await server.gql(FitRank, { i: input });
      expect(res.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
