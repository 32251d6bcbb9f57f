import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, WEB_DIST } from '../../scripts/build-web.js';
import { graphql } from '../__generated__/gql.js';
import type { OrganizationFilter } from '../__generated__/graphql.js';
import { HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import { createTestServer, type TestServer } from '../helpers/server.js';

const FiguresCurrentTenants = graphql(`
  query FiguresCurrentTenants($o: OrganizationFilter) {
    tenancyStats(current: true, filter: { organization: $o }) {
      totals {
        tenants
      }
    }
  }
`);

const FiguresTenantsCompared = graphql(`
  query FiguresTenantsCompared($period: PeriodInput!) {
    tenancyStats(period: $period, compareTo: PREVIOUS_PERIOD) {
      totals {
        tenants
      }
      previousTotals {
        tenants
      }
      change {
        tenants
      }
    }
  }
`);

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

// Figures that mean one thing everywhere, follow the filters they say, and carry the demo mark; run as deployed.
describe.skipIf(!HAS_BROWSER)('one number for one thing, filters followed and demo figures marked, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    await ensureWebBuild({ quiet: true });
    server = await createTestServer('sqlite', { webDist: WEB_DIST, demo: true, env: { NODE_ENV: 'production' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}${path}`);
    return page;
  }

  const kpi = async (page: Page, id: string) => number(await page.locator(`[data-kpi="${id}"] .kpi-value`).innerText());

  it('the tenants KPI changes with a sector or country filter and says which filters it follows', async () => {
    const page = await open('/?period=all');
    await page.locator('[data-kpi="tenants"] .kpi-value').waitFor();
    const all = await kpi(page, 'tenants');
    const card = page.locator('[data-kpi="tenants"]');
    expect(await card.locator('[data-follows]').innerText()).toBe('Follows: park, sector, country, investor kind, period');
    expect(await card.locator('[data-demo-mark]').count()).toBe(1);

    const api = async (organization: OrganizationFilter) => (await server.gql(FiguresCurrentTenants, { o: organization })).data!.tenancyStats.totals.tenants;
    expect(all).toBe(await api({}));

    await gotoHydrated(page, `${server.url}/?period=all&sectors=NEW_ENERGY`);
    await expect.poll(() => kpi(page, 'tenants')).toBe(await api({ sector: { in: ['NEW_ENERGY'] } }));
    expect(await kpi(page, 'tenants')).toBeLessThan(all);
    const deals = await kpi(page, 'deals');

    await gotoHydrated(page, `${server.url}/?period=all&countries=KZ`);
    await expect.poll(() => kpi(page, 'tenants')).toBe(await api({ country: { in: ['KZ'] } }));
    expect(await kpi(page, 'deals')).not.toBe(deals);

    // A stage has no meaning for tenants or deals: their cards say they are not narrowed by it; projects are.
    await gotoHydrated(page, `${server.url}/?period=all&stages=OPERATING`);
    await page.locator('[data-kpi="tenants"] [data-ignores]').waitFor();
    expect(await page.locator('[data-kpi="tenants"] [data-ignores]').innerText()).toContain('Not narrowed by: stage');
    expect(await page.locator('[data-kpi="deals"] [data-ignores]').getAttribute('data-ignores')).toBe('stage');
    expect(await page.locator('[data-kpi="projects"] [data-ignores]').count()).toBe(0);
  });

  it("the tenants KPI shows the API's count on the period's last day and its change against the comparison period's", async () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const page = await open(`/?period=custom&from=${period.from}&to=${period.to}`);
    const card = page.locator('[data-kpi="tenants"]');
    await card.locator('.kpi-change').waitFor();
    const api = (await server.gql(FiguresTenantsCompared, { period })).data!.tenancyStats;
    expect(api.change!.tenants).not.toBe(0);
    await expect.poll(() => kpi(page, 'tenants')).toBe(api.totals.tenants);
    const direction = api.change!.tenants > 0 ? 'kpi-up' : 'kpi-down';
    expect(await card.locator(`.kpi-change.${direction}`).count()).toBe(1);
    const shown = Number((await card.locator('.kpi-change').innerText()).match(/[-+]?[\d.]+(?=%)/)![0]);
    expect(shown).toBe(Math.round(((api.totals.tenants - api.previousTotals!.tenants) / api.previousTotals!.tenants) * 1000) / 10);
  });

  it("the Energy Valley's tenant count is the same on its profile (by country and by sector) and on /compare", async () => {
    const page = await open('/parks/sco-energy-valley');
    const byCountry = page.locator('[data-chart="profile-tenant-countries"] figcaption');
    const bySector = page.locator('[data-chart="profile-tenant-sectors"] figcaption');
    await bySector.waitFor();
    const countryCount = number((await byCountry.innerText()).match(/\((\d[\d,]*)\)/)![1]);
    const sectorCaption = await bySector.innerText();
    expect(sectorCaption).toContain('an organization with two sectors counts in each');
    expect(number(sectorCaption.match(/\((\d[\d,]*);/)![1])).toBe(countryCount);
    expect(countryCount).toBeGreaterThan(0);
    // Profile charts built from demo records carry the demo mark.
    expect(await page.locator('[data-chart="profile-tenant-countries"] figcaption [data-demo-mark]').count()).toBe(1);
    expect(await page.locator('[data-chart="profile-stages"] figcaption [data-demo-mark]').count()).toBe(1);

    const compare = await open('/compare?parks=sco-energy-valley,china-europe-railway-qingdao-hub');
    const cell = compare.locator('[data-table="compare"] tr[data-row="tenants"] td').first();
    await cell.waitFor();
    expect(number((await cell.innerText()).replace(/Demo data/g, ''))).toBe(countryCount);
  });

  it('marks demo figures on /compare, and prints the notice with the date, the URL and the sources', async () => {
    const page = await open('/compare?parks=sco-energy-valley,china-europe-railway-qingdao-hub');
    const table = page.locator('[data-table="compare"]');
    await table.waitFor();
    await page.locator('[data-chart="compare-sectors"] li').first().waitFor();
    // Every "best" committed-investment cell built from demo records carries the mark; a verified fact does not.
    const committed = table.locator('tr[data-row="committedInvestmentUsd"] td');
    for (let i = 0; i < (await committed.count()); i++) {
      const text = await committed.nth(i).innerText();
      if (text !== 'Unknown') expect(await committed.nth(i).locator('[data-demo-mark]').count()).toBe(1);
    }
    expect(await table.locator('tr[data-row="landMu"] td [data-demo-mark]').count()).toBe(0);
    expect(await page.locator('[data-chart="compare-sectors"] figcaption [data-demo-mark]').count()).toBe(1);
    expect(await page.locator('[data-demo-notice]').isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    const notice = page.locator('[data-print-notice]');
    const printed = await notice.innerText();
    expect(printed).toContain('computed from generated demo records, not real');
    expect(printed).toMatch(/Printed \d{4}-\d{2}-\d{2} from http:\/\/127\.0\.0\.1:\d+\/compare\?parks=sco-energy-valley,china-europe-railway-qingdao-hub/);
    expect(await notice.locator('[data-sources]').innerText()).toMatch(/^Sources: .+/);
    expect(await table.locator('tr[data-row="tenants"] [data-demo-mark]').first().isVisible()).toBe(true);
  });
});
