import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, HAS_BROWSER, launchBrowser } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

// A deployment starts with NODE_ENV=production; the API page and the explorer describe the schema there, through
// introspection (the default) or, with INTROSPECTION=false, from the published SDL.
describe.skipIf(!HAS_BROWSER).each(['true', 'false'])('the API page and the explorer with INTROSPECTION=%s in Chromium', (introspection) => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await createBrowserServer({ seed: false, env: { INTROSPECTION: introspection } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the examples with the schema descriptions on /api', async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/api`);
    await page.getByRole('heading', { name: 'For prospective tenants' }).waitFor();
    expect(await page.locator('[data-example="park-profile"] .schema-description').innerText()).toContain('One park by its slug');
    expect(await page.locator('[data-example="deals-signed"] .schema-description').innerText()).toMatch(/^deals: \S/);
    expect(await page.locator('body').innerText()).not.toMatch(/introspection is not allowed/i);
    await context.close();
  });

  it('tells tools about the rate-limit headers, which the page itself receives', async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/api`);
    await page.getByRole('heading', { name: 'Rate limits' }).waitFor();
    const section = page.locator('[data-section="rate-limits"]');
    expect(await section.innerText()).toMatch(/RateLimit-Policy gives the quota q/);
    expect(await section.locator('pre.headers').innerText()).toMatch(/^RateLimit-Policy: "anonymous";q=\d+;w=60\nRateLimit: "anonymous";r=\d+;t=\d+$/);
    expect(await section.locator('pre.curl').innerText()).toContain(`${server.url}/graphql`);
    // What the page describes is what this browser's own request gets.
    const fields = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      return [res.headers.get('ratelimit-policy'), res.headers.get('ratelimit')];
    });
    expect(fields[0]).toMatch(/^"anonymous";q=\d+;w=60$/);
    expect(fields[1]).toMatch(/^"anonymous";r=\d+;t=\d+$/);
    // The sections for tools show their scripts for this server (the scripts themselves run in api-tools.test.ts).
    expect(await page.locator('[data-section="schema"] pre.curl').innerText()).toContain(`${server.url}/schema.graphql`);
    expect(await page.locator('[data-section="change-feed"] pre.script').innerText()).toContain(`'${server.url}/graphql'`);
    expect(await page.locator('[data-section="subscriptions"] pre.script').innerText()).toContain(`'${server.url.replace(/^http/, 'ws')}/graphql'`);
    // Nothing wider than a phone's screen: long lines scroll inside their box.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('shows the schema docs in the explorer, with no "Error fetching schema"', { timeout: 120_000 }, async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/graphql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click({ timeout: 30_000 });
    await expect
      .poll(() => docs.locator('.graphiql-doc-explorer-field-name').allInnerTexts(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['park', 'parks', 'investments', 'deals']));
    expect(await docs.innerText()).toContain('One park by its slug');
    expect(await page.locator('body').innerText()).not.toContain('Error fetching schema');
    await context.close();
  });
});
