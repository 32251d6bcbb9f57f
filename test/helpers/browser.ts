import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { ensureWebBuild, WEB_DIST } from '../../scripts/build-web.js';
import { createTestServer, type TestServer } from './server.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_BROWSER = existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * The server every browser test opens: the built web client, on SQLite, started with NODE_ENV=production as
 * deployments start it (that configuration is the one users meet). `env` adds or overrides settings.
 */
export async function createBrowserServer(options: Omit<NonNullable<Parameters<typeof createTestServer>[1]>, 'webDist'> = {}): Promise<TestServer> {
  await ensureWebBuild({ quiet: true });
  return createTestServer('sqlite', { ...options, webDist: WEB_DIST, env: { NODE_ENV: 'production', ...options.env } });
}

/**
 * Opens an app page as a reader does and waits until it answers: the page the server rendered shows at once, and its
 * controls work once the browser has hydrated it (`<html data-hydrated>`, set by the app).
 */
export async function gotoHydrated(page: Page, url: string, options?: Parameters<Page['goto']>[1]): Promise<Response | null> {
  const response = await page.goto(url, options);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  return response;
}
