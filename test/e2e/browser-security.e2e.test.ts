// Safe in the browser (issue 19): every page renders under its Content-Security-Policy with no violation, the
// sign-in page cannot be framed, and every response carries the security headers. One server for the file.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, HAS_BROWSER, launchBrowser } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

/** Records every CSP violation a page meets (the event, and Chromium's console report of it). */
async function watchedContext(browser: Browser): Promise<{ context: BrowserContext; violations: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  await context.exposeBinding('__reportViolation', ({ page }, text: string) => void violations.push(`${page.url()}: ${text}`));
  // Page code as text: the tests are type-checked without the DOM's types.
  await context.addInitScript(`
    document.addEventListener('securitypolicyviolation', (e) => {
      void window.__reportViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
    });
  `);
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return { context, violations };
}

describe.skipIf(!HAS_BROWSER)('the browser security of the site in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await createBrowserServer({ demo: true, env: { CORS_ORIGINS: 'https://tools.example.org', TRUST_PROXY_HOPS: '1' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends the security headers on every kind of response, HSTS only over TLS, and CORS only to a configured origin', async () => {
    for (const path of ['/', '/signin', '/healthz', '/schema.graphql', '/graphql?query=%7B__typename%7D', '/export/deals.csv', '/assets/missing.js']) {
      const res = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/(^|;)default-src 'self'(;|$)/);
      expect(csp, path).toMatch(/(^|;)script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'(;|$)/);
      expect(csp, path).toMatch(/(^|;)style-src 'self'(;|$)/);
      expect(csp, path).toMatch(/(^|;)img-src 'self' blob: data:(;|$)/);
      expect(csp, path).toMatch(/(^|;)connect-src 'self'(;|$)/);
      expect(csp, path).toMatch(/(^|;)frame-ancestors 'none'(;|$)/);
      expect(csp, path).toMatch(/(^|;)object-src 'none'(;|$)/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
      expect(res.headers.get('x-powered-by'), path).toBeNull();
      await res.arrayBuffer();
    }
    // A fresh nonce per response.
    const nonces = await Promise.all([1, 2].map(async () => /'nonce-([^']+)'/.exec((await fetch(server.url)).headers.get('content-security-policy')!)![1]));
    expect(nonces[0]).not.toBe(nonces[1]);
    // Through a trusted proxy that received it over TLS the request is secure: HSTS.
    const forwarded = await fetch(server.url, { headers: { 'x-forwarded-proto': 'https' } });
    expect(forwarded.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');

    // CORS: the configured origin may read the API's answers, any other gets no CORS header at all.
    const asked = (origin: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
    const allowed = await asked('https://tools.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://tools.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await asked('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://tools.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const noPreflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(noPreflight.headers.get('access-control-allow-origin')).toBeNull();
    // The explorer's page has its own policy: inline styles and blob: workers for its editor, nothing else wider.
    const explorer = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const explorerCsp = explorer.headers.get('content-security-policy') ?? '';
    expect(explorerCsp).toMatch(/(^|;)style-src 'self' 'unsafe-inline'(;|$)/);
    expect(explorerCsp).toMatch(/(^|;)worker-src 'self' blob:(;|$)/);
    expect(explorerCsp).toMatch(/(^|;)script-src 'self' 'nonce-[^']+'(;|$)/);
    expect(explorerCsp).toMatch(/(^|;)frame-ancestors 'none'(;|$)/);
  });

  it('renders every page with no Content-Security-Policy violation', { timeout: 120_000 }, async () => {
    const { context, violations } = await watchedContext(browser);
    const page = await context.newPage();
    const slug = await (async () => {
      const res = await server.gql('{ parks(first: 1) { nodes { slug } } }');
      return (res.data as { parks: { nodes: { slug: string }[] } }).parks.nodes[0].slug;
    })();
    const routes = ['/', '/parks', `/parks/${slug}`, '/deals', '/compare', '/fit', '/signin', '/api', '/deals/new', '/no-such-page', '/?lang=zh'];
    for (const route of routes) {
      await page.goto(`${server.url}${route}`);
      // Rendered: something in the page's main region (its data loaded: no busy region left).
      await page.locator('main > *').first().waitFor();
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    }
    // The dashboard's charts drew (style props and SVG under the policy).
    await page.goto(`${server.url}/`);
    await page.locator('[data-chart="sector"] .recharts-bar-rectangle').first().waitFor();
    await page.goto(`${server.url}/graphql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.monaco-editor').first().waitFor();
    expect(violations).toEqual([]);
    // An injected inline script does not run, and the watch sees the violation (so an empty list above means none).
    await page.goto(`${server.url}/signin`);
    const ran = await page.evaluate(`(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.head.append(s);
      return window.injected === true;
    })()`);
    expect(ran).toBe(false);
    await expect.poll(() => violations.filter((v) => v.includes('script-src-elem blocked inline')).length).toBe(1);
    await context.close();
  });

  it('refuses to show the sign-in page in a frame on another site', async () => {
    const { context, violations } = await watchedContext(browser);
    const page = await context.newPage();
    // A page of no origin of the site's (about:blank, with no policy of its own) framing the sign-in page.
    await page.setContent(`<iframe id="f" src="${server.url}/signin" width="600" height="400"></iframe>`);
    const frame = await (await page.waitForSelector('#f')).contentFrame();
    await expect.poll(() => violations.some((v) => /frame-ancestors/.test(v))).toBe(true);
    expect(await frame?.locator('input[type="password"]').count()).toBe(0);
    await context.close();
  });
});
