import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

// A quiet test browser is idle at once, so the idle path would render everything before the test could look: this
// script keeps the browser's idle callbacks from ever running (and counts the requests), so what renders is what
// came near the viewport (or was asked for). It also sums the page's layout shifts, as Lighthouse's CLS does
// (shifts right after input excluded).
const NEVER_IDLE = `
  window.__idleAsked = 0;
  window.requestIdleCallback = () => { window.__idleAsked += 1; return 0; };
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

const CHARTS = ['sector', 'country', 'park', 'time', 'deals'] as const;

// Below the fold waits (components/Deferred.tsx): on a phone the overview's charts and table out of view render as
// they come near, in a placeholder of their exact height, and all of them before printing or on request.
describe.skipIf(!HAS_BROWSER)('below the fold waits, in Chromium at 375 px', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await createBrowserServer({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 800 }, acceptDownloads: true });
    await context.addInitScript(NEVER_IDLE);
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}${path}`);
    await page.locator('[data-chart="deals"]').waitFor();
    return page;
  }
  const chart = (page: Page, id: string) => page.locator(`[data-chart="${id}"] .chart-frame`);
  const drawn = (page: Page, id: string) => chart(page, id).locator('svg.recharts-surface').count();
  const waiting = (page: Page) => page.locator('[data-deferred="waiting"]').count();
  // The top of the first element matching `selector`, in page coordinates (scrolling does not change it).
  const top = (page: Page, selector: string) =>
    page.evaluate<number>(`document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top + window.scrollY`);

  it('keeps the charts and table out of view as placeholders of their height, renders each as it comes near, and nothing moves', async () => {
    const page = await open('/?period=all');
    // The last charts and the table are far below an 800 px screen: waiting, each in its reserved height.
    expect(await page.evaluate('window.__idleAsked')).toBeGreaterThan(0);
    const deals = chart(page, 'deals').locator('[data-deferred="waiting"]');
    await deals.waitFor({ state: 'attached' });
    expect(await deals.getAttribute('aria-busy')).toBe('true');
    expect(await deals.innerText()).toBe('');
    expect(Math.round((await deals.boundingBox())!.height)).toBe(220);
    expect(await drawn(page, 'deals')).toBe(0);
    expect(await page.locator('.drill-down [data-deferred="waiting"]').count()).toBe(1);
    expect(await page.locator('[data-table="investments"]').count()).toBe(0);
    expect(await top(page, '[data-chart="deals"]')).toBeGreaterThan(2 * 800);
    const waitingAtFirst = await waiting(page);
    expect(waitingAtFirst).toBeGreaterThanOrEqual(3);

    // What follows the waiting charts stays where it is while they render: the table's heading, measured in the page.
    const headingBefore = await top(page, '#drill-title');
    for (let y = 0; y < 20; y += 1) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(150);
      if ((await waiting(page)) === 0) break;
    }
    for (const id of CHARTS) await chart(page, id).locator('svg.recharts-surface').waitFor();
    await page.locator('[data-table="investments"] tbody tr').first().waitFor();
    expect(await top(page, '#drill-title')).toBe(headingBefore);
    // Lighthouse's goal is at most 0.02; the placeholders hold every chart's height exactly.
    const cls = await page.evaluate<number>('window.__cls');
    expect(cls).toBeLessThanOrEqual(0.02);
    await context.close();
  });

  it('renders everything before printing, at once', async () => {
    const page = await open('/?period=all');
    expect(await waiting(page)).toBeGreaterThan(0);
    // Synchronously: nothing is still waiting by the time the print layout is taken.
    expect(await page.evaluate<number>(`window.dispatchEvent(new Event('beforeprint')), document.querySelectorAll('[data-deferred="waiting"]').length`)).toBe(
      0,
    );
    for (const id of CHARTS) await chart(page, id).locator('svg.recharts-surface').waitFor();
    await page.locator('[data-table="investments"] tbody tr').first().waitFor();
    expect(await page.locator('[data-deferred]').count()).toBe(0);
    await context.close();
  });

  it('renders everything, and whatever mounts later, when a script asks (parkscope:render-all)', async () => {
    const page = await open('/?period=all');
    expect(await waiting(page)).toBeGreaterThan(0);
    await page.evaluate(`document.dispatchEvent(new Event('parkscope:render-all'))`);
    for (const id of CHARTS) await chart(page, id).locator('svg.recharts-surface').waitFor();
    // A filter remounts the table: it renders at once, far below the screen, because the request stuck.
    await page.locator('[data-table="investments"] tbody tr').first().waitFor();
    await gotoHydrated(page, `${server.url}/?period=all&stages=SIGNED`);
    // A new document forgets it: its table waits again.
    await page.locator('.drill-down [data-deferred="waiting"]').waitFor({ state: 'attached' });
    await context.close();
  });

  it('draws a chart that has not come into view yet before saving it as a PNG', async () => {
    const page = await open('/?period=all');
    expect(await drawn(page, 'deals')).toBe(0);
    // A click without scrolling (as a keyboard shortcut or assistive technology might press it).
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(`document.querySelector('button[data-png="deals"]').click()`)]);
    expect(download.suggestedFilename()).toMatch(/deals over time\.png$/);
    expect(await drawn(page, 'deals')).toBe(1);
    await context.close();
  });

  it('keeps the park profile’s world map waiting in its place until it comes near', async () => {
    // The map starts about 1,400 px down: more than a 600 px screen and one more below it.
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 600 } });
    await context.addInitScript(NEVER_IDLE);
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}/parks/sco-energy-valley`);
    const held = page.locator('[data-chart="profile-tenant-countries"] [data-deferred="waiting"]');
    await held.waitFor({ state: 'attached' });
    expect(await top(page, '[data-chart="profile-tenant-countries"] [data-deferred]')).toBeGreaterThan(2 * 600);
    const box = (await held.boundingBox())!;
    expect(Math.abs(box.height - box.width / 2)).toBeLessThan(1);
    expect(await page.locator('svg[data-map="world"]').count()).toBe(0);
    // The zone's plot needs no map data: it renders with the page.
    await page.locator('svg[data-map="zone"] circle').first().waitFor();
    const after = await top(page, '[data-chart="profile-tenant-sectors"]');
    await page.locator('[data-chart="profile-tenant-countries"]').scrollIntoViewIfNeeded();
    await page.locator('svg[data-map="world"] path[data-country]').first().waitFor();
    expect(Math.abs((await page.locator('svg[data-map="world"]').boundingBox())!.height - box.height)).toBeLessThan(1);
    expect(await top(page, '[data-chart="profile-tenant-sectors"]')).toBe(after);
    await context.close();
  });
});
