import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

// The minor items of the walk-through that a user sees: charts with axes and written values, partial buckets,
// PNG headers, localized controls and amounts, the fit finder's explanation, and wording and links that fit.
describe.skipIf(!HAS_BROWSER)('charts and controls say what they show, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await createBrowserServer({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, locale = 'en-US'): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}${path}`);
    return page;
  }

  it('dashboard: partial buckets dashed and said, PNG with a header, amounts in the display currency, currencies named in Chinese', async () => {
    const page = await open('/?lang=zh', 'zh-CN');
    // The default period (last 12 months by quarter) cuts its first and last quarter.
    await page.locator('[data-chart="time"] [data-partial-note]').waitFor();
    // The drawing renders as it comes near (components/Deferred), a moment after its card: waited for as a reader would.
    await page.locator('[data-chart="time"] path[stroke-dasharray="5 4"]').first().waitFor();
    expect(await page.locator('[data-chart="time"] tr[data-partial]').count()).toBe(2);
    expect(await page.locator('[data-chart="time"] path[stroke-dasharray="5 4"]').count()).toBeGreaterThan(0);
    // "This year" is compared with the same dates a year earlier.
    const answer = (await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ dataset { today } }' }),
      })
    ).json()) as { data: { dataset: { today: string } } };
    const today = answer.data.dataset.today;
    await page.locator('select[name="period"]').selectOption('this-year');
    const year = Number(today.slice(0, 4));
    await page.locator('.kpi-period', { hasText: `${year - 1}-01-01` }).waitFor();
    expect(await page.locator('.kpi-period').innerText()).toContain(`${year - 1}${today.slice(4)}`);
    // The PNG carries a header (title, period, filters) above the 220 px chart: taller than the chart alone.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-png="time"]').click()]);
    const png = await readFile(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual((220 + 3 * 18) * 2);
    // Currencies by their Chinese names; every amount in the display currency, the original beneath when converted.
    expect(await page.locator('select[name="currency"] option[value="CNY"]').innerText()).toBe('人民币');
    const amounts = page.locator('table[data-table="investments"] td[data-amount]');
    await amounts.first().waitFor();
    const texts = await amounts.allInnerTexts();
    expect(texts.every((text) => /人民币|未知/.test(text.split('\n')[0]))).toBe(true);
    expect(texts.some((text) => /原币/.test(text))).toBe(true);
  });

  it('deals and compare: columns with an axis and their values written; a country picker in the interface language', async () => {
    const page = await open('/deals?lang=zh', 'zh-CN');
    const timeline = page.locator('[data-chart="deal-timeline"]');
    await timeline.locator('.column-axis span').first().waitFor();
    expect(await timeline.locator('.column-axis span').count()).toBeGreaterThanOrEqual(2);
    expect(await timeline.locator('.column-value').count()).toBeGreaterThan(0);
    expect(await page.locator('input[name="country"]').count()).toBe(0);
    expect(await page.locator('select[name="country"] option[value="KZ"]').innerText()).toBe('哈萨克斯坦');
    await page.locator('select[name="country"]').selectOption('KZ');
    await page.waitForURL(/country=KZ/);
    await page.locator('table[data-table="deals"] ul.parties', { hasText: '哈萨克斯坦' }).first().waitFor();

    const compare = await open('/compare?parks=sco-energy-valley,sco-equipment-manufacturing-park');
    const deals = compare.locator('[data-chart="compare-deals"]');
    await deals.locator('.column-chart').first().waitFor();
    expect(await deals.locator('.column-axis').count()).toBe(2);
    const years = (await deals.locator('.column-label').allInnerTexts()).filter(Boolean);
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
    // The current year is not over: hatched and said.
    expect(await deals.locator('li[data-partial]').count()).toBe(2);
    expect(await deals.locator('[data-partial-note]').count()).toBe(1);
  });

  it('fit finder explains unknown land in its row, under column headers; anonymous forms and detail links use their own words and targets', async () => {
    const page = await open('/fit?sector=LOGISTICS&landMu=100');
    const first = page.locator('ol.fit-results > li').first();
    await first.locator('thead th').first().waitFor();
    expect(await first.locator('thead th').allInnerTexts()).toEqual(['Criterion', 'Score (0–1)', 'Weight', 'Points']);
    const unknownLand = page.locator('ol.fit-results > li:has(tr[data-criterion="LAND"][data-unknown])').first();
    // Parks whose land is not stated (the zone's platforms) say so in their row and above it.
    expect(await unknownLand.count()).toBe(1);
    expect(await unknownLand.locator('tr[data-criterion="LAND"]').innerText()).toContain('Land unknown: not scored; confidence lower');
    expect(await unknownLand.locator('.fit-unscored').innerText()).toContain('Scored without Land');

    const form = await open('/investments/new');
    expect(await form.locator('[data-sign-in-required="investment"]').innerText()).toContain('investments');

    const dashboard = await open('/');
    await dashboard.locator('table[data-table="investments"] button[data-open]').first().click();
    const link = dashboard.locator('a[data-park-link]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/parks\/[a-z0-9-]+$/);
  });
});
