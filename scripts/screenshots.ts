// Takes the README's screenshots of the overview and the parks page in each interface language (desktop and phone) with Debian's Chromium,
// from a server on a throw-away database: `npm run screenshots`.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { createLogger } from '../server/src/logger.js';
import { loadConfig } from '../server/src/config.js';
import { startServer } from '../server/src/server.js';
import { seedOnStart } from '../seeds/startup.js';
import { ensureWebBuild, WEB_DIST } from './build-web.js';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });
await ensureWebBuild({ quiet: true });
const db = await createScratchDatabase('sqlite');
const server = await startServer(
  loadConfig({ DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', WEB_DIST }),
  createLogger('silent'),
  {},
  { seed: seedOnStart },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const lang of ['en', 'zh', 'ru'] as const) {
    for (const [name, viewport] of [
      ['desktop', { width: 1440, height: 1100 }],
      ['phone', { width: 375, height: 812 }],
    ] as const) {
      const locale = { en: 'en-US', zh: 'zh-CN', ru: 'ru-RU' }[lang];
      const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
      // Below the fold waits for a reader to come near (components/Deferred.tsx); a full-page screenshot shows it all, so
      // every page renders everything at once, from its first render on.
      await context.addInitScript(`document.documentElement.setAttribute('data-render-all', '')`);
      const page = await context.newPage();
      await page.goto(`${server.url}/parks`);
      await page.locator('article[data-slug="sco-energy-valley"]').waitFor();
      await page.locator('article[data-slug="sco-energy-valley"] [data-fact="plannedInvestment"] summary').click();
      const file = `${OUT}parks-${lang}-${name}.png`;
      await page.screenshot({ path: file, fullPage: name === 'desktop' });
      console.log(file);
      // The overview, filtered to two source countries, once its charts have drawn.
      await page.goto(`${server.url}/?countries=KZ,RU&grain=MONTH`);
      await page.locator('[data-chart="sector"] .recharts-bar-rectangle').first().waitFor();
      const dashboard = `${OUT}dashboard-${lang}-${name}.png`;
      await page.screenshot({ path: dashboard, fullPage: name === 'desktop' });
      console.log(dashboard);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await db.drop();
}
