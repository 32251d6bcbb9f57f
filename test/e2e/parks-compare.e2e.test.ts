import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../scripts/build-web.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

// Skipped only when Chromium is absent; the setup says so, and CI (REQUIRE_BROWSER=1) fails instead.
describe.skipIf(!HAS_BROWSER)('park profiles, comparison and the fit finder in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const outside: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild({ quiet: true });
    server = await createBrowserServer({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, { locale = 'en-US', width = 1280 } = {}): Promise<Page> {
    context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    // Nothing may be fetched from outside this server (maps included).
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
    });
    await gotoHydrated(page, `${server.url}${path}`);
    return page;
  }

  it('opens a profile, compares it with another park, and the shared URL shows the same comparison', async () => {
    const page = await open('/parks/sco-energy-valley');
    await page.getByRole('heading', { level: 1, name: 'SCO Energy Valley' }).waitFor();
    expect(await page.locator('[data-fact="landArea"] dd').first().innerText()).toContain('4,300 mu');
    await page.locator('[data-chart="profile-momentum"] table').waitFor();
    // Offline maps: the tenants' countries shaded on the bundled world atlas, and the zone's parks plotted.
    await page.locator('svg[data-map="world"] path[data-country]').first().waitFor();
    expect(await page.locator('svg[data-map="world"] path').count()).toBeGreaterThan(150);
    expect(await page.locator('svg[data-map="zone"] circle').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('[data-chart="profile-zone"] .zone-plot figcaption').innerText()).toContain('approximate');
    await page.locator('a[data-compare-from="sco-energy-valley"]').click();
    await page.getByText('Choose at least two parks to compare.').waitFor();
    await page.locator('select[name="addPark"]').selectOption('china-europe-railway-qingdao-hub');
    await expect.poll(() => new URL(page.url()).searchParams.get('parks')).toBe('sco-energy-valley,china-europe-railway-qingdao-hub');
    const table = page.locator('[data-table="compare"]');
    await table.waitFor();
    // Land: only the valley states it (4,300 mu); the hub's is unknown, never zero, and a lone value is not "best".
    const land = table.locator('tr[data-row="landMu"] td');
    expect(await land.nth(0).innerText()).toContain('4,300 mu');
    expect(await land.nth(1).innerText()).toBe('Unknown');
    expect(await land.nth(0).getAttribute('data-best')).toBeNull();
    // Where both are known and differ, the larger is marked.
    const tenants = await table.locator('tr[data-row="tenants"] td').allInnerTexts();
    const values = tenants.map((v) => Number(v.replace(/\D/g, '')));
    const best = await table.locator('tr[data-row="tenants"] td[data-best="true"]').count();
    expect(best).toBe(values[0] === values[1] ? 0 : 1);
    const shared = page.url();
    const again = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await gotoHydrated(again, shared);
    await again.locator('[data-table="compare"] th[data-park="china-europe-railway-qingdao-hub"]').waitFor();
    expect(await again.locator('[data-table="compare"] tr[data-row="landMu"] td').nth(0).innerText()).toContain('4,300 亩');
    // It prints on one A4 page (the print stylesheet drops the app's chrome), with four parks too.
    const pages = async () => (await again.pdf({ format: 'A4', printBackground: true })).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(await pages()).toBe(1);
    await gotoHydrated(
      again,
      `${server.url}/compare?parks=sco-energy-valley,china-europe-railway-qingdao-hub,sco-equipment-manufacturing-park,sco-innovation-smart-manufacturing-park`,
    );
    await again.locator('[data-chart="compare-sectors"] .hbar').first().waitFor();
    await again.locator('[data-chart="compare-deals"] .bar').first().waitFor();
    expect(await pages()).toBe(1);
    await again.context().close();
    expect(outside).toEqual([]);
    await context.close();
  });

  it('starts a comparison from the parks list, with tenants by sector on one scale', async () => {
    const page = await open('/parks');
    await page.locator('a[data-compare="china-europe-railway-qingdao-hub"]').click();
    await page.locator('select[name="addPark"]').selectOption('china-europe-railway-jinan-qingdao-national-assembly-center');
    await page.locator('[data-table="compare"]').waitFor();
    // A park and its parent: the page says each figure is counted once.
    await page.getByRole('note').filter({ hasText: 'lies within' }).waitFor();
    await page.locator('[data-chart="compare-sectors"] .hbar').first().waitFor();
    const widths = await page
      .locator('[data-chart="compare-sectors"] .hbar')
      .evaluateAll((els) => els.map((e) => (e as { style: { width: string } }).style.width));
    expect(widths).toContain('100%'); // one maximum across both parks
    await context.close();
  });

  it('ranks parks in the fit finder and reaches the comparison of the top picks, at phone width too', async () => {
    const page = await open('/fit?sector=NEW_ENERGY&land=300', { width: 375 });
    const first = page.locator('.fit-results > li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-park')).toBe('sco-energy-valley');
    expect(await first.locator('.fit-rank').innerText()).toBe('#1');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.locator('a[data-compare-top]').click();
    await page.locator('[data-table="compare"]').waitFor();
    const parks = new URL(page.url()).searchParams.get('parks')!.split(',');
    expect(parks[0]).toBe('sco-energy-valley');
    expect(parks.length).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
