import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeRate } from '../../server/src/modules/money/exchange-rate.entity.js';
import { MoneyService } from '../../server/src/modules/money/money.service.js';
import { graphql } from '../__generated__/gql.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const EnergyValleyMoney = graphql(`
  query EnergyValleyMoney {
    park(slug: "sco-energy-valley") {
      expectedAnnualOutput {
        amountUsd
        usdRate {
          usdPerUnit
        }
      }
      expectedAnnualProfit {
        amountUsd
      }
    }
  }
`);

const CnyRateInUse = graphql(`
  query CnyRateInUse {
    investmentStats(currency: "CNY") {
      rates {
        validFrom
        usdPerUnit
      }
    }
    park(slug: "sco-energy-valley") {
      expectedAnnualOutput {
        usdRate {
          validFrom
          usdPerUnit
        }
      }
    }
  }
`);

describe.each(DIALECTS)('stored USD amounts on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('are recomputed when a rate changes', async () => {
    const em = server.em();
    const rate = await em.findOneOrFail(ExchangeRate, { currency: 'CNY', validFrom: '2025-01-01' });
    rate.usdPerUnit = '0.1400';
    await em.flush();
    const changed = await new MoneyService(em).recomputeUsdAmounts('CNY');
    expect(changed).toBe(2); // the Energy Valley's output and profit
    const res = await server.gql(EnergyValleyMoney);
    expect(res.data?.park?.expectedAnnualOutput).toEqual({ amountUsd: '8400000000', usdRate: { usdPerUnit: '0.14' } });
    expect(res.data?.park?.expectedAnnualProfit?.amountUsd).toBe('1120000000');
    expect(await new MoneyService(server.em()).recomputeUsdAmounts('CNY')).toBe(0);
  });

  it('uses a rate changed outside the API (another process, a script) from the next request on', async () => {
    const before = (await server.gql(CnyRateInUse)).data!;
    const latest = before.investmentStats.rates[0];
    // The rate table is shared by the requests of one data version: asked again, the same rate.
    expect((await server.gql(CnyRateInUse)).data).toEqual(before);
    const em = server.em();
    const rate = await em.findOneOrFail(ExchangeRate, { currency: 'CNY', validFrom: latest.validFrom });
    rate.usdPerUnit = '0.1234';
    await em.flush();
    const after = (await server.gql(CnyRateInUse)).data!;
    expect(after.investmentStats.rates).toEqual([{ validFrom: latest.validFrom, usdPerUnit: '0.1234' }]);
    // The park's amount in CNY uses the same rate, read from the same, new table.
    expect(before.park?.expectedAnnualOutput?.usdRate?.validFrom).toBe(latest.validFrom);
    expect(after.park?.expectedAnnualOutput?.usdRate).toEqual({ validFrom: latest.validFrom, usdPerUnit: '0.1234' });
  });
});
