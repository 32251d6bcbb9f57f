import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../server/src/modules/imports/import-file.js';
import { createOfficer } from '../helpers/access.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const PASSWORD = 'officer password 2025';

const HEADER = 'Reference,Park,Sector,Stage,Amount,Amount currency,Announced on';
const GOOD = ['E2E-IMPORT-1,SCO Energy Valley,LOGISTICS,SIGNED,1500000,CNY,2025-06-30', 'E2E-IMPORT-2,SCO Energy Valley,NEW_ENERGY,LEAD,,,'];
const csv = (rows: string[]) => Buffer.from(`${[HEADER, ...rows].join('\r\n')}\r\n`);

// Skipped only when Chromium is absent; the setup says so, and CI (REQUIRE_BROWSER=1) fails instead.
describe.skipIf(!HAS_BROWSER)('importing a file from the import page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await createBrowserServer();
    browser = await launchBrowser();
    await createOfficer(server, { email: 'wang@example.org', name: 'Wang Fang', password: PASSWORD });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const investments = async () => Number((await server.em().getConnection().execute<{ n: number | string }[]>('select count(*) as n from investment'))[0].n);

  async function upload(page: Page, name: string, bytes: Buffer, checkOnly: boolean) {
    await page.getByLabel('File (XLSX or CSV, at most 20 MB)').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
    const box = page.getByLabel('Check only (write nothing)');
    if ((await box.isChecked()) !== checkOnly) await box.click();
    await page.getByRole('button', { name: checkOnly ? 'Check file' : 'Import file' }).click();
  }

  it('an officer on a phone uploads a file with a bad row and sees that row and column, nothing written; then a good file is created', async () => {
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 800 } })).newPage();
    await gotoHydrated(page, `${server.url}/signin`);
    await page.getByLabel('E-mail').fill('wang@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    expect(await page.getByLabel('What to import').inputValue()).toBe('investments');
    expect(await page.locator('.import-status').innerText()).toContain('No file checked yet');
    // The template downloads with the officer's token, in the interface language, and reads back as its example row.
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download template (XLSX)' }).click()]);
    const example = await readImportFile(readFileSync(await template.path()), template.suggestedFilename(), 'investments');
    expect([example.lang, example.records.rows.length]).toEqual(['en', 1]);
    const before = await investments();

    // One good row and one naming a park that does not exist: the report names row 3's Park column; nothing is written.
    await upload(page, 'bad.csv', csv([GOOD[0], 'E2E-IMPORT-2,Atlantis Park,LOGISTICS,LEAD,,,']), false);
    const refused = page.locator('[data-state="REFUSED"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('1 problem found. Nothing was written.');
    const problem = page.locator('.import-problems tbody tr');
    expect(await problem.count()).toBe(1);
    expect(await problem.getAttribute('data-line')).toBe('3');
    expect(await problem.getAttribute('data-column')).toBe('park');
    const cells = await problem.locator('td').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['3', 'Park']);
    expect(cells[2]).toContain('Unknown park');
    // The full report downloads with the officer's token: the same problem, with the column as the file names it.
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (CSV)' }).click()]);
    expect(report.suggestedFilename()).toBe('bad-report.csv');
    const reportText = readFileSync(await report.path(), 'utf8');
    expect(reportText).toContain('3,Park,UNKNOWN_PARK');
    expect(await investments()).toBe(before);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

    // A file that is not a spreadsheet is refused as a whole, in words.
    await upload(page, 'notes.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), false);
    await page.locator('[data-file-error="NOT_A_SPREADSHEET"]').waitFor();
    expect(await page.locator('[data-file-error]').innerText()).toContain('This is not an Excel workbook (.xlsx) or a CSV file.');

    // The corrected file: checked only first (nothing written), then imported.
    await upload(page, 'good.csv', csv(GOOD), true);
    await page.locator('[data-result="checked"]').waitFor();
    expect(await page.locator('[data-result="checked"]').innerText()).toContain('The file is valid: 2 rows checked');
    expect(await investments()).toBe(before);
    await upload(page, 'good.csv', csv(GOOD), false);
    await page.locator('[data-result="written"]').waitFor();
    expect(await page.locator('[data-result="written"]').innerText()).toBe('Imported: 2 created, 0 updated, 0 unchanged.');
    expect(await investments()).toBe(before + 2);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  }, 180_000);
});
