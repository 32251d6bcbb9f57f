import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { createOfficer } from '../helpers/access.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const PASSWORD = 'officer password 2025';

const LayoutDemoRecords = graphql(`
  query LayoutDemoRecords {
    deals(filter: { verification: { eq: DEMO } }, first: 1) {
      nodes {
        id
      }
    }
    investments(filter: { verification: { eq: DEMO } }, first: 1) {
      nodes {
        id
      }
    }
  }
`);
const PHONE = 375;
const DESKTOP = 1440;

interface RouteCheck {
  path: string;
  /** What shows once the page has its data. */
  ready: string;
  officer?: boolean;
}

// Every route of the app, with demo data loaded, on a phone and on a desktop in each interface language: no sideways
// scrolling, no console error, no Content-Security-Policy violation and no message missing. One server, one browser, one page per language and width, side by side.
describe.skipIf(!HAS_BROWSER)('every route at 375 px and 1440 px in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let routes: RouteCheck[];
  let passes: Record<'zhPhone' | 'enPhone' | 'ruPhone' | 'zhDesktop' | 'enDesktop' | 'ruDesktop', Promise<{ page: Page; problems: string[] }>>;

  beforeAll(async () => {
    server = await createBrowserServer({ demo: true });
    await createOfficer(server, { email: 'layout@example.org', name: 'Zhao Lei', password: PASSWORD });
    browser = await launchBrowser();
    const ids = await server.gql(LayoutDemoRecords);
    const deal = encodeURIComponent(ids.data!.deals.nodes[0].id);
    const investment = encodeURIComponent(ids.data!.investments.nodes[0].id);
    routes = [
      { path: '/', ready: '[data-table="investments"] tbody tr' },
      { path: '/deals', ready: '[data-table="deals"] tbody tr' },
      { path: '/parks', ready: 'article[data-slug="sco-energy-valley"]' },
      // One park of each kind: an industrial park, a park within another, a logistics hub, a platform.
      ...['sco-energy-valley', 'sco-innovation-smart-manufacturing-park', 'china-europe-railway-qingdao-hub', 'sco-cross-border-data-service-zone'].map(
        (slug) => ({
          path: `/parks/${slug}`,
          ready: 'svg[data-map="zone"] circle',
        }),
      ),
      {
        path: '/compare?parks=sco-energy-valley,sco-equipment-manufacturing-park,sco-innovation-smart-manufacturing-park,china-europe-railway-qingdao-hub',
        ready: '[data-table="compare"] tbody tr',
      },
      { path: '/fit', ready: '.fit-results > li' },
      { path: '/fit?sector=NEW_ENERGY&landMu=5000&wLand=5', ready: '.fit-results > li' },
      { path: '/api', ready: '[data-example="park-profile"] .schema-description' },
      { path: '/signin', ready: 'input[name="password"]' },
      // The GraphQL explorer is a page of its own (GraphiQL with its editor); it fits a phone too.
      { path: '/graphql', ready: '.graphiql-container .monaco-editor' },
      { path: '/no-such-page', ready: 'main h1' },
      { path: `/deals/${deal}/edit`, ready: 'input[name="titleEn"]', officer: true },
      { path: `/investments/${investment}/edit`, ready: 'select[name="stage"]', officer: true },
      { path: '/deals/new', ready: 'input[name="titleEn"]', officer: true },
      { path: '/tenancies/new', ready: 'form.form', officer: true },
    ];
    const zhPhone = visitAll('zh-CN', PHONE);
    const zhDesktop = visitAll('zh-CN', DESKTOP);
    passes = {
      zhPhone,
      enPhone: visitAll('en-US', PHONE),
      zhDesktop,
      enDesktop: visitAll('en-US', DESKTOP),
      // Russian as a link names it (?lang=ru), in a browser that asks for Russian; each after a Chinese pass, so no
      // more than four pages load at once and the first passes run as fast as before.
      ruPhone: zhPhone.catch(() => undefined).then(() => visitAll('ru-RU', PHONE, 'ru')),
      ruDesktop: zhDesktop.catch(() => undefined).then(() => visitAll('ru-RU', DESKTOP, 'ru')),
    };
    // Each test awaits its own pass; a pass failing before its test runs is reported there, not as unhandled.
    for (const pass of Object.values(passes)) pass.catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Visits every route in one page; returns the problems found (empty when all is well). */
  async function visitAll(locale: 'zh-CN' | 'en-US' | 'ru-RU', width: number, linked?: 'ru'): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (m) => {
      // A path that names no page is answered 404 (with the app's not-found page), which Chromium reports as such.
      if (current === '/no-such-page' && /status of 404/.test(m.text())) return;
      if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
      // The interface warns of a message missing in the reader's language (web/src/i18n).
      if (m.type() === 'warning' && m.text().startsWith('Missing message')) problems.push(`${current}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
    // Every Content-Security-Policy violation on every route (issue 19), reported by the page's own event. Page code as
    // text: the tests are type-checked without the DOM's types.
    await context.exposeBinding('__reportViolation', (_source, text: string) => void problems.push(`${current}: CSP violation: ${text}`));
    await context.addInitScript(`
      document.addEventListener('securitypolicyviolation', (e) => {
        void window.__reportViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
      });
    `);
    for (const route of routes) {
      if (route.officer && !(await page.locator('[data-officer]').count())) {
        current = '/signin (signing in)';
        await gotoHydrated(page, `${server.url}/signin`);
        await page.locator('input[name="email"]').fill('layout@example.org');
        await page.locator('input[name="password"]').fill(PASSWORD);
        await page.locator('form button[type="submit"]').click();
        await page.locator('[data-officer="layout@example.org"]').waitFor();
      }
      current = route.path;
      const url = `${server.url}${linked ? `${route.path}${route.path.includes('?') ? '&' : '?'}lang=${linked}` : route.path}`;
      // The explorer is a page of its own, not the app's.
      await (route.path === '/graphql' ? page.goto(url) : gotoHydrated(page, url));
      await page.locator(route.ready).first().waitFor();
      // Charts and maps arrive after the data: wait until nothing is loading.
      // (Polled from here: the Content-Security-Policy forbids the page evaluating a string, as waitForFunction would.)
      await expect.poll(() => page.locator('.skeleton, [aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      if (scrollWidth > width) problems.push(`${route.path}: ${scrollWidth} px wide at ${width} px`);
      // Nor does a table scroll sideways inside its box.
      const scrolling = await page.evaluate<number>(
        `[...document.querySelectorAll('.table-scroll')].filter((box) => box.scrollWidth > box.clientWidth + 1).length`,
      );
      if (scrolling) problems.push(`${route.path}: ${scrolling} table(s) scroll sideways at ${width} px`);
    }
    return { page, problems };
  }

  it(
    'fits a 375 px phone in Chinese without sideways scrolling or console errors; record lists are cards whose text wraps by words',
    { timeout: 300_000 },
    async () => {
      const { page, problems } = await passes.zhPhone;
      expect(problems).toEqual([]);
      // Each deal is a card: cells stack with their column's name, and a Chinese title keeps whole lines of text.
      await gotoHydrated(page, `${server.url}/deals`);
      const title = page.locator('[data-table="deals"] tbody tr').first().locator('td strong');
      await title.waitFor();
      expect(await style(page, '[data-table="deals"] tbody td', 'content', '::before')).toBe('"签约日期"');
      expect(await style(page, '[data-table="deals"] tbody td', 'display')).toBe('block');
      expect(await charactersPerLine(page, '[data-table="deals"] tbody tr td strong')).toBeGreaterThanOrEqual(8);
      await gotoHydrated(page, `${server.url}/?period=all&tab=table`);
      const investor = page.locator('[data-table="investments"] tbody tr').first().locator('td button').first();
      await investor.waitFor();
      expect(await charactersPerLine(page, '[data-table="investments"] tbody tr td button')).toBeGreaterThanOrEqual(6);
      // The sortable columns keep their buttons above the cards.
      expect(await page.locator('[data-table="investments"] thead button').first().isVisible()).toBe(true);
      await page.context().close();
    },
  );

  it('fits a 375 px phone in English without sideways scrolling or console errors', { timeout: 300_000 }, async () => {
    const { page, problems } = await passes.enPhone;
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows every route at 1440 px in English without sideways scrolling or console errors', { timeout: 300_000 }, async () => {
    const { page, problems } = await passes.enDesktop;
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits a 375 px phone in Russian without sideways scrolling, console errors or missing messages', { timeout: 300_000 }, async () => {
    const { page, problems } = await passes.ruPhone;
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows every route at 1440 px in Russian, worded and formatted for Russian readers', { timeout: 300_000 }, async () => {
    const { page, problems } = await passes.ruDesktop;
    expect(problems).toEqual([]);
    // A browser asking for Russian gets it without a link naming it.
    await gotoHydrated(page, `${server.url}/parks`);
    await page.getByRole('heading', { name: 'Парки, хабы и платформы' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('ru-RU');
    expect(await page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe('true');
    // Counted nouns declined by Russian rules; money with млн/млрд and the code after the number.
    expect(await page.locator('p.subtitle').textContent()).toMatch(/^\d+ (запись|записи|записей)\. /);
    expect(await page.locator('article[data-slug="sco-energy-valley"]').textContent()).toMatch(/\d(,\d+)?\u00a0(млн|млрд) [A-Z]{3}/);
    await page.context().close();
  });

  it('shows every route at 1440 px in Chinese without console errors, lists as real tables', { timeout: 300_000 }, async () => {
    const { page, problems } = await passes.zhDesktop;
    expect(problems).toEqual([]);
    await gotoHydrated(page, `${server.url}/deals`);
    const cell = page.locator('[data-table="deals"] tbody tr').first().locator('td').first();
    await cell.waitFor();
    expect(await style(page, '[data-table="deals"] tbody td', 'display')).toBe('table-cell');
    expect(await page.locator('[data-table="deals"] thead th').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it("shares a link without a language unless asked; a link that names one opens in it once, without changing the reader's own choice", async () => {
    const compare = '/compare?parks=sco-energy-valley,sco-equipment-manufacturing-park';
    const sharer = await browser.newContext({ locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await sharer.newPage();
    await gotoHydrated(page, `${server.url}${compare}`);
    const copy = page.locator('button[data-share-url]');
    await page.locator('[data-table="compare"] tbody tr').first().waitFor();
    // Nothing adds the language to the address or to the link, not even switching language.
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(await copy.getAttribute('data-share-url')).toBe(`${server.url}${compare}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Compare parks' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '园区对比' }).waitFor();
    // "In this language" names it, and that is what lands on the clipboard.
    await page.locator('input[data-share-language]').check();
    await copy.click();
    await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
    const shared = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(shared).toBe(`${server.url}${compare}&lang=zh`);
    await sharer.close();

    // A reader who reads English opens it in Chinese; their own choice still holds elsewhere.
    const reader = await browser.newContext({ locale: 'en-US' });
    const readerPage = await reader.newPage();
    await gotoHydrated(readerPage, `${server.url}/parks`);
    await readerPage.getByRole('heading', { name: 'Parks, hubs and platforms' }).waitFor();
    await gotoHydrated(readerPage, shared);
    await readerPage.getByRole('heading', { name: '园区对比' }).waitFor();
    await gotoHydrated(readerPage, `${server.url}/parks`);
    await readerPage.getByRole('heading', { name: 'Parks, hubs and platforms' }).waitFor();
    await reader.close();
  });
});

/** A computed style of the first element matching `selector`. */
function style(page: Page, selector: string, property: string, pseudo?: string): Promise<string> {
  return page.evaluate<string>(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo ?? null)})[${JSON.stringify(property)}]`,
  );
}

/** Characters per rendered line of the first element matching `selector` (a column one character wide gives 1). */
function charactersPerLine(page: Page, selector: string): Promise<number> {
  return page.evaluate<number>(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return el.textContent.trim().length / Math.max(1, lines.size);
  })()`);
}
