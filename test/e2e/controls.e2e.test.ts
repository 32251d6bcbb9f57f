import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

// Controls that must do what they say: "show more deals", the fit finder's inputs, opening an investment.
describe.skipIf(!HAS_BROWSER)('show more, the fit finder inputs and the investment dialog in Chromium', () => {
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

  async function open(path: string, { width = 1440, height = 900 } = {}): Promise<Page> {
    context = await browser.newContext({ locale: 'en-US', viewport: { width, height } });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}${path}`);
    return page;
  }

  it('appends 50 more deals per "Show more deals", asking for the next page each time', async () => {
    const page = await open('/deals');
    const afters: (string | null)[] = [];
    page.on('request', (r) => {
      const body =
        r.method() === 'POST' && r.url().endsWith('/graphql') ? (r.postDataJSON() as { operationName?: string; variables?: { after?: string } }) : null;
      if (body?.operationName === 'DealsPageQuery') afters.push(body.variables?.after ?? null);
    });
    const rows = page.locator('[data-table="deals"] tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    const firstPage = await rows.evaluateAll((trs) => trs.map((tr) => (tr as { getAttribute(name: string): string | null }).getAttribute('data-id')));
    const more = page.getByRole('button', { name: 'Show more deals' });
    await more.click();
    await expect.poll(() => rows.count()).toBe(100);
    await more.click();
    await expect.poll(() => rows.count()).toBe(150);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => (tr as { getAttribute(name: string): string | null }).getAttribute('data-id')));
    expect(new Set(ids).size).toBe(150);
    expect(ids.slice(0, 50)).toEqual(firstPage);
    // Two distinct pages were asked for, each after the end of the list shown.
    const pages = afters.filter((a) => a !== null);
    expect(pages).toHaveLength(2);
    expect(new Set(pages).size).toBe(2);
    await context.close();
  });

  it('keeps the land needed and the land weight apart in the fit finder', async () => {
    const page = await open('/fit');
    const need = page.locator('input[name="landNeeded"]');
    const slider = page.locator('input[name="weight-land"]');
    await page.locator('.fit-results > li').first().waitFor();
    await slider.fill('4');
    await expect.poll(() => new URL(page.url()).searchParams.get('wLand')).toBe('4');
    await need.fill('50');
    await expect.poll(() => new URL(page.url()).searchParams.get('landMu')).toBe('50');
    expect(await slider.inputValue()).toBe('4');
    expect(new URL(page.url()).searchParams.get('wLand')).toBe('4');
    await slider.fill('9');
    await expect.poll(() => new URL(page.url()).searchParams.get('wLand')).toBe('9');
    expect(await need.inputValue()).toBe('50');
    expect(new URL(page.url()).searchParams.get('landMu')).toBe('50');
    // The link reproduces both.
    await page.reload();
    await expect.poll(() => need.inputValue()).toBe('50');
    expect(await slider.inputValue()).toBe('9');
    await context.close();
  });

  /** The whole element inside the visible part of the page. */
  const isInViewport = async (page: Page, selector: string) => {
    const box = await page.locator(selector).boundingBox();
    const view = page.viewportSize()!;
    return Boolean(
      box && box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5,
    );
  };

  for (const [label, size] of [
    ['a desktop', { width: 1440, height: 900 }],
    ['a 375 px phone', { width: 375, height: 812 }],
  ] as const) {
    it(`opens an investment in a dialog where the user is looking, linkable and closed by Back, on ${label}`, async () => {
      const page = await open('/?period=all', size);
      const button = page.locator('[data-table="investments"] button[data-open]').nth(3);
      await button.waitFor();
      const id = (await button.getAttribute('data-open'))!;
      const investor = (await button.innerText()).replace(/ \([A-Z]{2}\)$/, '');
      await button.scrollIntoViewIfNeeded();
      await button.click();

      const dialog = page.locator('dialog.investment-dialog');
      await expect.poll(() => dialog.getAttribute('open')).toBe(''); // open, as a modal
      await expect.poll(() => dialog.locator('dl.facts').innerText()).toContain(investor);
      expect(await isInViewport(page, 'dialog.investment-dialog')).toBe(true);
      expect(await page.evaluate<boolean>(`document.querySelector('dialog.investment-dialog').contains(document.activeElement)`)).toBe(true);
      expect(new URL(page.url()).searchParams.get('investment')).toBe(id);
      expect(new URL(page.url()).searchParams.get('period')).toBe('all');
      expect(await page.locator(`tr[data-id="${id}"]`).getAttribute('aria-current')).toBe('true');
      if (size.width === 375) {
        const box = (await dialog.boundingBox())!;
        expect(box.width).toBe(375);
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      }

      // Back closes it, and focus returns to the row's button.
      await page.goBack();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('investment')).toBeNull();
      await expect.poll(() => page.evaluate<string | null>(`document.activeElement?.getAttribute('data-open') ?? null`)).toBe(id);
      expect(await page.locator(`tr[data-id="${id}"]`).getAttribute('aria-current')).toBeNull();

      // Escape closes it too, without leaving the page.
      await button.click();
      await expect.poll(() => dialog.count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(new URL(page.url()).searchParams.get('investment')).toBeNull();
      await expect.poll(() => page.evaluate<string | null>(`document.activeElement?.getAttribute('data-open') ?? null`)).toBe(id);

      // The URL opens it directly; the close button closes it and stays on the overview.
      await gotoHydrated(page, `${server.url}/?period=all&investment=${encodeURIComponent(id)}`);
      await expect
        .poll(() =>
          dialog
            .locator('dl.facts')
            .innerText()
            .catch(() => ''),
        )
        .toContain(investor);
      expect(await isInViewport(page, 'dialog.investment-dialog')).toBe(true);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('investment')).toBeNull();
      expect(new URL(page.url()).searchParams.get('period')).toBe('all');
      await context.close();
    });
  }
});
