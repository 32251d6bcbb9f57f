// Pages rendered on the server (issue 20): each route's HTML holds its first screen, with the data, in the reader's
// language; the browser takes it over (hydrates) with no console error, no CSP violation and no query asked again.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

type Messages = Record<string, Record<string, unknown>>;
const read = (file: string): Messages => JSON.parse(readFileSync(new URL(`../../web/src/i18n/${file}`, import.meta.url), 'utf8')) as Messages;
/** The shell's messages and the pages' (the browser loads them in two parts). */
const messages = (lang: 'zh' | 'en'): Messages => ({ ...read(`core.${lang}.json`), ...read(`${lang}.json`) });
const MESSAGES = { zh: messages('zh'), en: messages('en') };
const text = (lang: 'zh' | 'en', path: string): string =>
  path.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], MESSAGES[lang]) as string;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Route {
  path: string;
  /** The first screen's heading, by message key, or the park's own name. */
  heading: (lang: 'zh' | 'en') => string;
  /** Markup that is there only once the page has its data. */
  data: string;
}

const ENERGY_VALLEY = { zh: '上合能谷', en: 'SCO Energy Valley' };
const ROUTES: Route[] = [
  { path: '/', heading: (l) => text(l, 'dashboard.title'), data: 'data-kpi="committed"' },
  { path: '/deals', heading: (l) => text(l, 'deals.heading'), data: 'data-table="deals"' },
  { path: '/parks', heading: (l) => text(l, 'parks.title'), data: 'data-slug="sco-energy-valley"' },
  { path: '/parks/sco-energy-valley', heading: (l) => ENERGY_VALLEY[l], data: 'data-compare-from="sco-energy-valley"' },
  {
    path: '/compare?parks=sco-energy-valley,sco-innovation-smart-manufacturing-industrial-park',
    heading: (l) => text(l, 'compare.title'),
    data: 'data-park="sco-energy-valley"',
  },
  { path: '/fit?sector=NEW_ENERGY&land=300', heading: (l) => text(l, 'fit.title'), data: 'class="fit-results"' },
  { path: '/api', heading: (l) => text(l, 'api.title'), data: 'data-section="schema"' },
];

/** The markup the server put in the app's root element. */
function rootOf(html: string): string {
  const start = html.indexOf('<div id="root">');
  const end = html.indexOf('<script type="application/json" id="apollo-state"');
  expect(start, 'root element').toBeGreaterThan(0);
  expect(end, 'the answers beside it').toBeGreaterThan(start);
  return html.slice(start, end);
}

describe.skipIf(!HAS_BROWSER)('pages rendered on the server', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await createBrowserServer({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("answers each route's first screen with its data in Chinese and in English, in one pass after its queries", async () => {
    for (const route of ROUTES) {
      for (const lang of ['zh', 'en'] as const) {
        const res = await fetch(`${server.url}${route.path}`, { headers: { 'accept-language': lang === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-GB,en;q=0.9' } });
        const html = await res.text();
        const at = `${route.path} in ${lang}`;
        expect(res.status, at).toBe(200);
        expect(res.headers.get('vary'), at).toMatch(/Accept-Language/);
        expect(html, at).toContain(`data-lang="${lang}"`);
        const root = rootOf(html);
        expect(root, at).toContain(escapeHtml(route.heading(lang)));
        expect(root, at).toContain(route.data);
        expect(root, `${at}: no loading state`).not.toContain('state-loading');
        // The answers travel with the page, marked with this response's nonce.
        const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
        expect(html, at).toContain(`id="apollo-state" nonce="${nonce}"`);
        // One pass asks every query the page needs, the next renders the answers: no query waits for another's.
        expect(res.headers.get('server-timing'), at).toMatch(/render;(dur=[\d.]+;)?desc="(2 passes|cached)"/);
      }
    }
  });

  it("renders in the language the URL names, else the remembered choice, else the browser's; a path that names no page is a 404", async () => {
    const lang = async (path: string, headers: Record<string, string>) =>
      /data-lang="(\w+)"/.exec(await (await fetch(`${server.url}${path}`, { headers })).text())?.[1];
    expect(await lang('/parks?lang=ru', { cookie: 'parkscope.lang=en', 'accept-language': 'zh-CN' })).toBe('ru');
    expect(await lang('/parks', { cookie: 'parkscope.lang=en', 'accept-language': 'zh-CN' })).toBe('en');
    expect(await lang('/parks', { 'accept-language': 'ru-RU,ru;q=0.9' })).toBe('ru');
    const missing = await fetch(`${server.url}/no-such-page`, { headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    expect(rootOf(await missing.text())).toContain(text('en', 'notFound.title'));
  });

  it('keeps a rendered page for the next reader until the data changes', async () => {
    const get = () => fetch(`${server.url}/parks`, { headers: { 'accept-language': 'en' } });
    const first = await get();
    await first.text();
    const again = await get();
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(again.headers.get('server-timing')).toBe('render;desc="cached"');
    // Each response its own nonce, on its own script.
    const nonce = /'nonce-([^']+)'/.exec(again.headers.get('content-security-policy') ?? '')![1];
    expect(await again.text()).toContain(`id="apollo-state" nonce="${nonce}"`);
  });

  /** Opens a route and records what the page met: console errors, CSP violations, GraphQL operations sent. */
  async function open(path: string, width: number): Promise<{ page: Page; problems: string[]; operations: string[] }> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 800 } });
    const problems: string[] = [];
    const operations: string[] = [];
    await context.exposeBinding('__reportViolation', (_source, v: string) => void problems.push(`CSP: ${v}`));
    await context.addInitScript(
      `document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(e.effectiveDirective + ' ' + (e.blockedURI || 'inline')));`,
    );
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/graphql') operations.push(/"operationName":"(\w+)"/.exec(r.postData() ?? '')?.[1] ?? r.url());
    });
    await gotoHydrated(page, `${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    return { page, problems, operations };
  }

  it('hydrates every route at 375 and 1440 px with no console error, no CSP violation and nothing asked again', { timeout: 240_000 }, async () => {
    for (const width of [375, 1440]) {
      for (const route of ROUTES) {
        const { page, problems, operations } = await open(route.path, width);
        const at = `${route.path} at ${width} px`;
        expect(problems, at).toEqual([]);
        // What the first screen shows came with the page; at most one query may follow, for a part that renders once
        // in view (the investment table, a chart's own data), and none twice.
        expect(operations.length, `${at}: ${operations.join(', ')}`).toBeLessThanOrEqual(1);
        expect(await page.locator('h1').first().innerText(), at).toBe(route.heading('en'));
        await page.context().close();
      }
    }
  });

  it('is interactive once hydrated: the language switch changes the page in place and the next page renders in it', async () => {
    const { page, problems } = await open('/parks', 375);
    const documents: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documents.push(r.url());
    });
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('h1', { hasText: text('zh', 'parks.title') }).waitFor();
    expect(documents).toEqual([]);
    // The choice is a cookie the server reads: a reload renders in Chinese although the browser asks for English.
    const reload = await page.reload();
    expect(await reload!.text()).toContain('data-lang="zh"');
    expect(await page.locator('h1').first().innerText()).toBe(text('zh', 'parks.title'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
