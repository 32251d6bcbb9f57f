// Live notices (issue 21): the deals page and the overview count new records that match their filters as the server
// pushes them over WebSocket ("n new — show"), without moving the page, and "show" brings them in. The WebSocket
// client is its own chunk, loaded only once the page is idle. One server, one browser for the file.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const LiveParties = graphql(`
  query LiveParties {
    organizations(first: 1) {
      nodes {
        id
      }
    }
  }
`);

const LiveCreateDeal = graphql(`
  mutation LiveCreateDeal($i: CreateDealInput!) {
    createDeal(input: $i) {
      id
    }
  }
`);

describe.skipIf(!HAS_BROWSER)('live notices in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let token: string;
  let organization: string;
  let n = 0;

  beforeAll(async () => {
    server = await createBrowserServer({ seed: true });
    ({ token } = await signedIn(server));
    const parties = await server.gql(LiveParties);
    organization = parties.data!.organizations.nodes[0].id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page watched for console errors, page errors and CSP violations, and for the requests it sends. */
  async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[]; sockets: string[]; subscribed: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    const sockets: string[] = [];
    /** The operations the page subscribed to (graphql-ws subscribe messages sent). */
    const subscribed: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('websocket', (ws) => {
      sockets.push(ws.url());
      ws.on('framesent', (frame) => {
        const message = typeof frame.payload === 'string' ? (JSON.parse(frame.payload) as { type?: string; payload?: { query?: string } }) : null;
        if (message?.type === 'subscribe') subscribed.push(/subscription\s+(\w+)/.exec(message.payload?.query ?? '')?.[1] ?? '?');
      });
    });
    await context.exposeBinding('__reportViolation', (_source, text: string) => void problems.push(`CSP: ${text}`));
    await context.addInitScript(
      `document.addEventListener('securitypolicyviolation', (e) => void window.__reportViolation(e.effectiveDirective + ' ' + e.blockedURI));`,
    );
    return { page, problems, sockets, subscribed };
  }

  /**
   * Creates a deal the page's subscriptions count, once they listen. A subscription counts what is committed after the
   * server starts it (it reads the feed's end then), a moment after the page sends it: a deal committed in between is
   * not new to the page, and the next one is. So a deal the page has not counted within 10 s is followed by another.
   */
  async function createCountedDeal(notice: Locator, expected: string) {
    for (let attempt = 1; ; attempt++) {
      await createDeal('MOU');
      try {
        await expect.poll(() => notice.getAttribute('data-new-records'), { timeout: 10_000 }).toBe(expected);
        return;
      } catch (err) {
        if (attempt === 2) throw err;
      }
    }
  }

  async function createDeal(kind: 'MOU' | 'INVESTMENT_AGREEMENT') {
    const res = await server.gql(
      LiveCreateDeal,
      {
        i: {
          kind,
          titleZh: `实时签约 ${++n}`,
          titleEn: `Live deal ${n}`,
          signedOn: '2026-11-20',
          parties: [{ organization, role: 'INVESTOR' }],
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    return { id: res.data!.createDeal.id, title: `Live deal ${n}` };
  }

  it('counts new deals of the filtered kind on the deals page, without moving it, and shows them on request', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 800 } });
    const { page, problems, sockets, subscribed } = await watchedPage(context);
    // One of the page's kind before it opens, so its list is not empty.
    const earlier = await createDeal('MOU');
    await gotoHydrated(page, `${server.url}/deals?kind=MOU`);
    await page.locator(`[data-table="deals"] tr[data-id="${earlier.id}"]`).waitFor();
    await page.locator('[data-table="deals"]').waitFor();
    // The socket opens once the page is idle; wait for it before writing, since only what comes after is counted.
    await expect.poll(() => sockets.length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => subscribed, { timeout: 20_000 }).toEqual(['DealSignedNotice']);
    expect(sockets[0]).toBe(`${server.url.replace(/^http/, 'ws')}/graphql`);
    const rowsBefore = await page.locator('[data-table="deals"] tbody tr').count();
    const firstRowTop = await page.locator('[data-table="deals"] tbody tr').first().boundingBox();

    // Another kind than the page's filter: not counted. Then two of its kind.
    const other = await createDeal('INVESTMENT_AGREEMENT');
    const mine = [await createDeal('MOU'), await createDeal('MOU')];
    const notice = page.locator('[data-new-records]');
    await expect.poll(() => notice.getAttribute('data-new-records'), { timeout: 20_000 }).toBe('2');
    expect(await notice.innerText()).toMatch(/^2 new\s*Show$/);
    // Nothing moved, nothing was added while the notice waits.
    expect(await page.locator('[data-table="deals"] tbody tr').count()).toBe(rowsBefore);
    expect(await page.locator('[data-table="deals"] tbody tr').first().boundingBox()).toEqual(firstRowTop);
    expect(await page.locator('[data-table="deals"]').innerText()).not.toContain(mine[0].title);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

    await notice.getByRole('button', { name: 'Show' }).click();
    await page.locator(`[data-table="deals"] tr[data-id="${mine[1].id}"]`).waitFor();
    await page.locator(`[data-table="deals"] tr[data-id="${mine[0].id}"]`).waitFor();
    expect(await notice.count()).toBe(0);
    expect(await page.locator(`[data-table="deals"] tr[data-id="${other.id}"]`).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('counts new deals on the overview in Russian', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } });
    const { page, problems, sockets, subscribed } = await watchedPage(context);
    await gotoHydrated(page, `${server.url}/?lang=ru`);
    await page.locator('#dashboard-title').waitFor();
    await expect.poll(() => sockets.length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => [...subscribed].sort(), { timeout: 20_000 }).toEqual(['DealSignedNotice', 'InvestmentRecordedNotice']);
    const notice = page.locator('[data-new-records]');
    await createCountedDeal(notice, '1');
    expect(await notice.innerText()).toMatch(/^1 новая запись\s*Показать$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
