import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../scripts/build-web.js';
import { sourceRecords } from '../../seeds/source/records.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

// Skipped only when Chromium is absent; test/setup/databases.ts says so loudly, and CI (REQUIRE_BROWSER=1) fails instead.
describe.skipIf(!HAS_BROWSER)('the parks page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    await ensureWebBuild({ quiet: true });
    server = await createBrowserServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path = '/parks', viewport = { width: 1440, height: 900 }): Promise<Page> {
    context = await browser.newContext({ locale: 'en-US', viewport });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}${path}`);
    return page;
  }

  it('shows the parks, switches to Chinese and remembers it, and opens a quote', async () => {
    const page = await open();
    const valley = page.locator('article[data-slug="sco-energy-valley"]');
    await expect.poll(() => valley.locator('h2 a').innerText()).toBe('SCO Energy Valley');
    expect(await valley.locator('[data-fact="landArea"] dd').innerText()).toContain('4,300 mu (286.67 ha)');
    expect(await valley.locator('[data-fact="plannedInvestment"] dd').innerText()).toContain('USD 1 billion');
    expect(await valley.locator('[data-fact="expectedAnnualOutput"] dd').innerText()).toContain('CNY 60 billion');
    // Unknown is said in words, never as zero.
    const equipment = page.locator('article[data-slug="sco-equipment-manufacturing-park"]');
    expect(await equipment.locator('> dl [data-fact="landArea"] dd').innerText()).toContain('Unknown');
    // A child park sits inside its parent, once: the Qingdao hub inside the national assembly center.
    const center = page.locator('article[data-slug="china-europe-railway-jinan-qingdao-national-assembly-center"]');
    await expect.poll(() => center.locator('article[data-slug="china-europe-railway-qingdao-hub"]').count()).toBe(1);
    expect(await page.locator('article[data-slug="china-europe-railway-qingdao-hub"]').count()).toBe(1);
    // The report names the two manufacturing parks side by side: neither is inside the other.
    expect(await equipment.locator('article[data-slug="sco-innovation-smart-manufacturing-park"]').count()).toBe(0);
    await expect.poll(() => page.locator('footer').innerText()).toContain('Real data only');

    await page.getByRole('button', { name: '中文' }).click();
    // The heading carries both names; the switch is done when the Chinese one leads.
    await expect.poll(() => valley.locator('h2 a').innerText()).toBe('上合能谷');
    expect(await valley.locator('[data-fact="landArea"] dd').innerText()).toContain('4,300 亩(286.67 公顷)');
    expect(await valley.locator('[data-fact="plannedInvestment"] dd').innerText()).toContain('10亿美元');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('园区、枢纽与平台');

    await page.reload();
    await expect.poll(() => valley.locator('h2 a').innerText()).toBe('上合能谷');

    const note = valley.locator('[data-fact="plannedInvestment"] details.source-note');
    expect(await note.locator('blockquote').isVisible()).toBe(false);
    await note.locator('summary').click();
    expect(await note.locator('blockquote').innerText()).toContain('总投资100000万美元');
    expect(await note.locator('figcaption').innerText()).toContain('李雨馨');
    await context.close();
  });

  it('shows the records added from the report: the zone and the national assembly center as parents, 6 enterprises signed with 1 named, the parent event', async () => {
    const page = await open();
    const zone = page.locator('article[data-slug="sco-demonstration-area"]');
    await expect.poll(() => zone.locator('h2 a').innerText()).toBe('SCO Demonstration Area');
    expect(await zone.locator('article[data-slug="sco-multimodal-transport-center"]').count()).toBe(1);
    expect(await zone.locator('article[data-slug="sco-cross-border-data-service-zone"]').count()).toBe(1);
    const center = page.locator('article[data-slug="china-europe-railway-jinan-qingdao-national-assembly-center"]');
    const signings = center.locator('> dl [data-fact="settlementSignings"] dd');
    expect(await signings.innerText()).toContain('6 enterprises signed, 1 named');
    // The total investment is labelled as the report has it (总投资).
    expect(await page.locator('article[data-slug="sco-energy-valley"] [data-fact="plannedInvestment"] dt').innerText()).toBe('Total investment');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => signings.innerText()).toContain('6家企业签约入驻,其中1家具名');

    // The center's profile says the same, and the hub's names its new parent.
    await gotoHydrated(page, `${server.url}/parks/china-europe-railway-jinan-qingdao-national-assembly-center`);
    await expect.poll(() => page.locator('[data-fact="settlementSignings"] dd').first().innerText()).toContain('6家企业签约入驻,其中1家具名');
    await gotoHydrated(page, `${server.url}/parks/china-europe-railway-qingdao-hub`);
    await expect.poll(() => page.locator('#profile-title').innerText()).toBe('中欧班列(济青)国家集结中心青岛枢纽');
    expect(await page.locator('.profile a[href="/parks/china-europe-railway-jinan-qingdao-national-assembly-center"]').first().innerText()).toContain(
      '中欧班列(济青)国家集结中心',
    );

    // The deals page gives each deal's session within the event it is part of, in both languages.
    await gotoHydrated(page, `${server.url}/deals`);
    const event = page.locator('[data-event]').first();
    await expect.poll(() => event.innerText()).toContain('物流运输国际合作对话对接会');
    expect(await event.innerText()).toContain('上海合作组织产业链供应链青岛会议');
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => event.innerText())
      .toContain('Logistics and Transport International Cooperation Dialogue, part of SCO Industrial Chain and Supply Chain Qingdao Conference');
    await context.close();
  });

  it('says in the footer when demo data is included', async () => {
    const demoServer = await createBrowserServer({ demo: true });
    try {
      context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await gotoHydrated(page, demoServer.url);
      await expect.poll(() => page.locator('footer').innerText()).toContain('包含系统生成的演示数据');
      await context.close();
    } finally {
      await demoServer.close();
    }
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const page = await open('/parks', { width: 375, height: 812 });
    await page.locator('article[data-slug="sco-energy-valley"]').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('opens the self-hosted GraphQL explorer at /graphql and runs a query', { timeout: 120_000 }, async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
    });
    await page.goto(`${server.url}/graphql#query=${encodeURIComponent('{ parks(first: 2) { totalCount } }')}`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor();
    // Monaco lays text out with non-breaking spaces; compare without white space.
    const text = async (selector: string) => (await page.locator(selector).first().innerText()).replace(/[\s\u00a0]+/g, '');
    await expect.poll(() => text('.graphiql-query-editor'), { timeout: 30_000 }).toContain('totalCount');
    // On a loaded machine the editor may still be wiring up when first clicked: click again until a response shows.
    await expect
      .poll(
        async () => {
          const response = await text('.graphiql-response');
          if (!response) await page.locator('.graphiql-execute-button').click();
          return response;
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toContain(`"totalCount":${sourceRecords.parks.length}`);
    expect(external).toEqual([]);
    await context.close();
  });

  it('lists example queries for each kind of user and opens one in the explorer', { timeout: 120_000 }, async () => {
    const page = await open('/api');
    await page.getByRole('heading', { name: 'For prospective tenants' }).waitFor();
    const example = page.locator('[data-example="park-profile"]');
    expect(await example.locator('.schema-description').innerText()).toContain('One park by its slug');
    expect(await example.locator('pre.curl').innerText()).toContain(`${server.url}/graphql -H 'content-type: application/json'`);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '意向入驻企业' }).waitFor();
    await example.locator('a.explorer-link').click();
    await page.locator('.graphiql-container').waitFor();
    const editor = async () => (await page.locator('.graphiql-query-editor').first().innerText()).replace(/[\s\u00a0]+/g, '');
    await expect.poll(editor, { timeout: 30_000 }).toContain('park(slug:"sco-energy-valley")');
    await context.close();
  });

  it('shows loading, error with retry, and empty states', async () => {
    context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    let mode: 'fail' | 'empty' | 'pass' = 'fail';
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== 'ParksPageQuery' || mode === 'pass') return route.continue();
      await new Promise((r) => setTimeout(r, 300)); // long enough to see the loading state
      if (mode === 'fail') return route.fulfill({ status: 500, contentType: 'application/json', body: '{"errors":[{"message":"boom"}]}' });
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            parks: { __typename: 'ParkConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
          },
        }),
      });
    });
    // The server renders /parks with its data: the browser's own loading and error states are met when the reader
    // goes to the page from another one, and the browser asks the API.
    const viaNavigation = async () => {
      await gotoHydrated(page, `${server.url}/api`);
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Parks', exact: true }).click();
    };
    await viaNavigation();
    await page.getByRole('status').waitFor();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Could not load the data');
    mode = 'pass';
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('article[data-slug="sco-energy-valley"]').waitFor();
    mode = 'empty';
    await viaNavigation();
    await page.getByText('No parks have been entered yet.').waitFor();
    await gotoHydrated(page, `${server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});
