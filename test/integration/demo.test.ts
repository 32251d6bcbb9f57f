import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData, removeDemoData } from '../../seeds/demo/load-demo.js';
import { graphql } from '../__generated__/gql.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const DemoInvestments = graphql(`
  query DemoInvestments {
    dataset {
      includesDemoData
      demoRecords
    }
    investments(first: 100) {
      totalCount
      nodes {
        verification
        organization {
          verification
        }
        park {
          slug
        }
        amount {
          amount
          currency
          amountUsd
        }
      }
    }
  }
`);

const DemoPresent = graphql(`
  query DemoPresent {
    dataset {
      includesDemoData
    }
  }
`);

const SIZES = { organizations: 30, tenancies: 60, investments: 200, deals: 40 };

describe.each(DIALECTS)('demo data on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect); // the source's records only
  });
  afterAll(async () => {
    await server?.close();
  });

  const count = async (table: string, where: string) =>
    Number((await server.em().getConnection().execute(`select count(*) as c from ${table} where ${where}`))[0].c);

  it('loads the sizes asked for, all DEMO, with USD amounts, once', async () => {
    const verifiedBefore = await count('organization', `verification = 'VERIFIED'`);
    const result = await loadDemoData(server.em(), { sizes: SIZES });
    expect(result).toEqual({ skipped: false, ...SIZES });
    expect(await count('organization', `verification = 'DEMO'`)).toBe(30);
    expect(await count('tenancy', `verification = 'DEMO'`)).toBe(60);
    expect(await count('investment', `verification = 'DEMO'`)).toBe(200);
    expect(await count('deal', `verification = 'DEMO'`)).toBe(40);
    expect(await count('investment', `amount_usd_minor is null`)).toBe(0);
    expect(await count('deal_party', `deal_id in (select id from deal where verification = 'DEMO')`)).toBeGreaterThanOrEqual(40);
    expect(await count('organization', `verification = 'VERIFIED'`)).toBe(verifiedBefore);
    // Demo records go to places that take tenants: never a platform (上合码, a liaison point) nor a park holding others.
    const misplaced = `verification = 'DEMO' and (park_id in (select id from park where kind = 'PLATFORM') or park_id in (select parent_id from park where parent_id is not null))`;
    expect(await count('park', `kind = 'PLATFORM'`)).toBeGreaterThan(0);
    for (const table of ['tenancy', 'investment', 'deal']) expect(await count(table, misplaced), table).toBe(0);

    const res = await server.gql(DemoInvestments);
    expect(res.errors).toBeUndefined();
    expect(res.data?.dataset).toEqual({ includesDemoData: true, demoRecords: 330 });
    expect(res.data?.investments.totalCount).toBe(200);
    const investments = res.data?.investments.nodes ?? [];
    for (const i of investments) {
      expect(i.verification).toBe('DEMO');
      expect(i.amount?.amountUsd).toMatch(/^\d+(\.\d+)?$/);
    }
    // Amounts already in dollars keep their amount as the dollar amount (the demo data has some).
    const dollars = investments.filter((i) => i.amount?.currency === 'USD');
    expect(dollars.length).toBeGreaterThan(0);
    expect(dollars.map((i) => i.amount?.amountUsd)).toEqual(dollars.map((i) => i.amount?.amount));

    expect(await loadDemoData(server.em(), { sizes: SIZES })).toMatchObject({ skipped: true });
    expect(await count('investment', `verification = 'DEMO'`)).toBe(200);
  });

  it('can be removed, leaving the real records', async () => {
    const verified = await count('deal', `verification = 'VERIFIED'`);
    expect(await removeDemoData(server.em())).toBeGreaterThan(330);
    for (const t of ['organization', 'tenancy', 'investment', 'deal']) expect(await count(t, `verification = 'DEMO'`), t).toBe(0);
    expect(await count('deal', `verification = 'VERIFIED'`)).toBe(verified);
    expect((await server.gql(DemoPresent)).data?.dataset.includesDemoData).toBe(false);
  });
});
