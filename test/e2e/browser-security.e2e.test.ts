// Safe in the browser (issue 19): pages render under their Content-Security-Policy with no violation (every route is
// walked under the same watch in layout.e2e.test.ts), the sign-in page cannot be framed, every response carries the
// security headers, and the officer's session lives in a cookie page scripts cannot read. One server for the file.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer } from '../helpers/access.js';
import { createBrowserServer, gotoHydrated, HAS_BROWSER, launchBrowser } from '../helpers/browser.js';
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

const PASSWORD = 'officer password 2026';
const SESSION_HEADERS = { 'content-type': 'application/json', 'x-parkscope-session': '1' };

describe.skipIf(!HAS_BROWSER)('the browser security of the site in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await createBrowserServer({ demo: true, env: { CORS_ORIGINS: 'https://tools.example.org', TRUST_PROXY_HOPS: '1' } });
    await createOfficer(server, { email: 'zhao@example.org', name: 'Zhao Min', password: PASSWORD });
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

  // Every route (the explorer and officers' pages included) is walked under the same watch in layout.e2e.test.ts, in
  // three languages at two widths; here the watch itself is proved, on the page whose charts use the most styles.
  it('draws the dashboard with no Content-Security-Policy violation, and sees an injected inline script blocked', { timeout: 60_000 }, async () => {
    const { context, violations } = await watchedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('[data-chart="sector"] .recharts-bar-rectangle').first().waitFor();
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    expect(violations).toEqual([]);
    // An injected inline script does not run, and the watch sees the violation (so an empty list above means none).
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

  it('signs in to /auth with a cookie only the server reads, guarded against other sites, under the text rule', async () => {
    const signIn = (headers: Record<string, string>, body: unknown = { email: 'zhao@example.org', password: PASSWORD }) =>
      fetch(`${server.url}/auth/signin`, { method: 'POST', headers, body: JSON.stringify(body) });
    const ok = await signIn(SESSION_HEADERS);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt', 'officer']);
    expect(ok.headers.get('set-cookie')).toMatch(/^parkscope_refresh=[\w-]{20,}; Path=\/auth; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    // Over TLS (a trusted proxy says so) the cookie is Secure too.
    const tls = await signIn({ ...SESSION_HEADERS, 'x-forwarded-proto': 'https' });
    expect(tls.headers.get('set-cookie')).toMatch(/; Secure; SameSite=Strict$/);
    const cookie = ok.headers.get('set-cookie')!.split(';')[0];
    const refresh = (headers: Record<string, string>) => fetch(`${server.url}/auth/refresh`, { method: 'POST', headers: { cookie, ...headers } });
    // Without the session header, or from another site's page: refused, and nothing rotated.
    for (const headers of [{ 'content-type': 'application/json' }, { ...SESSION_HEADERS, origin: 'https://evil.example.com' }]) {
      const refused = await refresh(headers);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const sameSite = await refresh({ ...SESSION_HEADERS, origin: server.url });
    expect(sameSite.status).toBe(200);
    // The rotated token is still accepted for a few seconds (another tab), then a new cookie each time.
    const again = await refresh(SESSION_HEADERS);
    expect(again.status).toBe(200);
    expect(again.headers.get('set-cookie')?.split(';')[0]).not.toBe(cookie);
    // Text the rule refuses is refused by name; wrong credentials are UNAUTHENTICATED; no cookie is no session.
    const nul = await signIn(SESSION_HEADERS, { email: 'zhao\u0000@example.org', password: PASSWORD });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    const wrong = await signIn(SESSION_HEADERS, { email: 'zhao@example.org', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    const none = await fetch(`${server.url}/auth/refresh`, { method: 'POST', headers: SESSION_HEADERS });
    expect(none.status).toBe(401);
  });

  it(
    'keeps the officer signed in across reloads and two tabs refreshing at once, signs out, and never lets page scripts see the refresh token',
    { timeout: 60_000 },
    async () => {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // A session kept the old way (tokens in localStorage) is dropped on load.
      await gotoHydrated(page, `${server.url}/signin`);
      await page.evaluate(`localStorage.setItem('parkscope.session', JSON.stringify({ accessToken: 'a', refreshToken: 'old-refresh-token' }))`);
      await page.reload();
      await page.getByLabel('E-mail').fill('zhao@example.org');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.locator('[data-officer="zhao@example.org"]').waitFor();
      // The rest on a light page (the session is the shell's, whatever the page): a new page load renews it too.
      await page.goto(`${server.url}/parks`);
      await page.locator('[data-officer="zhao@example.org"]').waitFor();

      const refreshCookie = async () => (await context.cookies()).find((c) => c.name === 'parkscope_refresh');
      /** Everything page scripts can read: cookies, both storages. */
      const readable = (p: typeof page) =>
        p.evaluate<string>(`JSON.stringify([document.cookie, Object.entries(localStorage), Object.entries(sessionStorage)])`);
      const first = await refreshCookie();
      expect(first).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth', secure: false });
      expect(await readable(page)).not.toContain(first!.value);
      expect(await readable(page)).not.toMatch(/refresh|old-refresh-token|accessToken/i);

      // A reload renews the access token from the cookie: still signed in, the cookie rotated.
      await page.reload();
      await page.locator('[data-officer="zhao@example.org"]').waitFor();
      const second = await refreshCookie();
      expect(second!.value).not.toBe(first!.value);

      // Two tabs renewing at the same moment both stay signed in, and the session goes on after.
      const other = await context.newPage();
      await other.goto(`${server.url}/parks`);
      await other.locator('[data-officer="zhao@example.org"]').waitFor();
      await Promise.all([page.reload(), other.reload()]);
      await Promise.all([page, other].map((p) => p.locator('[data-officer="zhao@example.org"]').waitFor()));
      // Without turns (no Web Locks), the server's grace for a just-rotated token keeps both too.
      const raced = await Promise.all(
        [page, other].map((p) =>
          p.evaluate<number>(`fetch('/auth/refresh', { method: 'POST', headers: { 'x-parkscope-session': '1' } }).then((r) => r.status)`),
        ),
      );
      expect(raced).toEqual([200, 200]);
      await page.reload();
      await page.locator('[data-officer="zhao@example.org"]').waitFor();
      expect(await readable(other)).not.toContain((await refreshCookie())!.value);

      // Signing out ends the session here, in the other tab, and on the server.
      const last = (await refreshCookie())!.value;
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      await other.getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await refreshCookie()).toBeUndefined();
      await page.reload();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.locator('[data-officer]').count()).toBe(0);
      const reused = await fetch(`${server.url}/auth/refresh`, { method: 'POST', headers: { ...SESSION_HEADERS, cookie: `parkscope_refresh=${last}` } });
      expect(reused.status).toBe(401);
      await context.close();
    },
  );
});
