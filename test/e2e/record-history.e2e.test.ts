// Two officers editing one investment in Chromium: a conflict keeps the edits the other save did not touch and asks
// about the ones it did; the history reads in the officer's language; a deleted record's page says who deleted it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessService, COMMAND_LINE } from '../../server/src/modules/access/access.service.js';
import { TokenIssuer } from '../../server/src/modules/access/tokens.js';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const PASSWORD = 'officer password 2025';

const ConflictSetting = graphql(`
  query ConflictSetting {
    park(slug: "sco-energy-valley") {
      id
    }
    organizations(first: 1, orderBy: [ID_ASC]) {
      nodes {
        id
        name {
          zh
          en
        }
      }
    }
  }
`);

const ConflictCreateInvestment = graphql(`
  mutation ConflictCreateInvestment($input: CreateInvestmentInput!) {
    createInvestment(input: $input) {
      id
      version
    }
  }
`);

const ConflictUpdateInvestment = graphql(`
  mutation ConflictUpdateInvestment($input: UpdateInvestmentInput!) {
    updateInvestment(input: $input) {
      version
    }
  }
`);

const ConflictInvestment = graphql(`
  query ConflictInvestment($id: ID!) {
    node(id: $id) {
      ... on Investment {
        stage
        expectedJobs
        amount {
          amount
          currency
        }
      }
    }
  }
`);

describe.skipIf(!HAS_BROWSER)('two officers on one investment in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let token: string;
  let park: string;
  let investor: { id: string; name: { zh: string; en: string } };

  beforeAll(async () => {
    server = await createBrowserServer();
    const access = new AccessService(server.em(), { tokens: new TokenIssuer(new Uint8Array(32), 60), refreshTtlDays: 1 });
    await access.createOfficer(COMMAND_LINE, { email: 'li@example.org', name: 'Li Na', role: 'OFFICER', password: PASSWORD });
    await access.createOfficer(COMMAND_LINE, { email: 'wang@example.org', name: 'Wang Wei', role: 'OFFICER', password: PASSWORD });
    token = (await signedIn(server, 'OFFICER', 'Zhao Min')).token;
    const setting = (await server.gql(ConflictSetting)).data!;
    park = setting.park!.id;
    investor = setting.organizations.nodes[0];
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new investment recorded through the API (by Zhao Min): CNY 12,000,000 in new energy, 120 jobs, a lead. */
  async function investment(): Promise<{ id: string; version: number; url: string }> {
    const res = await server.gql(
      ConflictCreateInvestment,
      {
        input: {
          organization: investor.id,
          park,
          sector: 'NEW_ENERGY',
          stage: 'LEAD',
          amount: { amount: '12000000', currency: 'CNY' },
          announcedOn: '2025-03-01',
          expectedJobs: 120,
        },
      },
      token,
    );
    expect(res.errors, res.body).toBeUndefined();
    const { id, version } = res.data!.createInvestment;
    return { id, version, url: `${server.url}/investments/${encodeURIComponent(id)}/edit` };
  }

  async function signedInPage(email: string, locale = 'en-US', width = 1280): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}/signin`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.locator(`[data-officer="${email}"]`).waitFor();
    return page;
  }

  const opened = async (page: Page, url: string) => {
    await gotoHydrated(page, url);
    await page.locator('input[name="expectedJobs"]').waitFor();
  };
  const save = async (page: Page) => page.getByRole('button', { name: 'Save changes' }).click();
  const saved = async (page: Page) => page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const stored = async (id: string) => (await server.gql(ConflictInvestment, { id })).data!.node;

  it('keeps the edits the other save did not touch, takes theirs, and asks about a field both changed', async () => {
    const { id, url } = await investment();
    const li = await signedInPage('li@example.org');
    const wang = await signedInPage('wang@example.org');
    await opened(li, url);
    await opened(wang, url);

    await li.locator('select[name="stage"]').selectOption('SIGNED');
    await save(li);
    await saved(li);

    // Wang edited the jobs and the amount meanwhile: nothing of his is lost, Li's stage is taken in.
    await wang.locator('input[name="expectedJobs"]').fill('300');
    await wang.locator('input[name="amount"]').fill('1500万');
    await save(wang);
    const notice = wang.locator('[data-conflict]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Li Na saved this investment at');
    expect(await notice.locator('[data-taken="stage"]').innerText()).toBe('Stage: Signed');
    expect(await notice.locator('[data-clash]').count()).toBe(0);
    expect(await notice.innerText()).toContain('None of your edits clash with theirs');
    expect(await wang.locator('input[name="expectedJobs"]').inputValue()).toBe('300');
    expect(await wang.locator('input[name="amount"]').inputValue()).toBe('1500万');
    expect(await wang.locator('select[name="stage"]').inputValue()).toBe('SIGNED');
    await save(wang);
    await saved(wang);
    expect(await wang.locator('[data-conflict]').count()).toBe(0);
    expect(await stored(id)).toEqual({ stage: 'SIGNED', expectedJobs: 300, amount: { amount: '15000000', currency: 'CNY' } });

    // Now Li is behind: both changed the jobs, so she chooses; Wang's amount is taken in.
    await li.locator('input[name="expectedJobs"]').fill('400');
    await save(li);
    const clash = li.locator('[data-conflict] [data-clash="expectedJobs"]');
    await clash.waitFor();
    expect(await li.locator('[data-conflict]').innerText()).toContain('Wang Wei saved this investment at');
    expect(await li.locator('[data-taken="amount"]').innerText()).toBe('Amount: CNY 15,000,000');
    expect(await clash.getByLabel('Theirs: 300').isChecked()).toBe(false);
    expect(await clash.getByLabel('Yours: 400').isChecked()).toBe(true);
    // The notice fits a phone: nothing scrolls sideways.
    await li.setViewportSize({ width: 375, height: 800 });
    expect(await li.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await clash.getByLabel('Theirs: 300').check();
    expect(await li.locator('input[name="expectedJobs"]').inputValue()).toBe('300');
    await clash.getByLabel('Yours: 400').check();
    expect(await li.locator('input[name="expectedJobs"]').inputValue()).toBe('400');
    await save(li);
    await saved(li);
    expect(await stored(id)).toEqual({ stage: 'SIGNED', expectedJobs: 400, amount: { amount: '15000000', currency: 'CNY' } });
    await li.context().close();
    await wang.context().close();
  });

  it('shows the history with the form labels, names and formatted values, in Chinese on a phone', async () => {
    const { id, version, url } = await investment();
    const res = await server.gql(ConflictUpdateInvestment, { input: { id, version, stage: 'SIGNED', amount: { amount: '15000000', currency: 'CNY' } } }, token);
    expect(res.errors, res.body).toBeUndefined();
    /** Each line of an entry as [label, value]. */
    const lines = async (page: Page, operation: string) =>
      Promise.all(
        (await page.locator(`.history li[data-audit="${operation}"] [data-field]`).all()).map(async (row) => [
          await row.locator('dt').innerText(),
          await row.locator('dd').innerText(),
        ]),
      );

    const li = await signedInPage('li@example.org');
    await opened(li, url);
    await li.locator('.history li[data-audit="UPDATE"]').waitFor();
    expect(await li.locator('.history li[data-audit="UPDATE"] strong').innerText()).toMatch(/^Changed by Zhao Min · /);
    expect(await lines(li, 'UPDATE')).toEqual([
      ['Stage', 'Lead → Signed'],
      ['Amount', 'CNY 12,000,000 → CNY 15,000,000'],
    ]);
    expect(await lines(li, 'CREATE')).toEqual([
      ['Provenance', 'Recorded'],
      ['Investor', investor.name.en],
      ['Park', 'SCO Energy Valley'],
      ['Sector', 'New energy'],
      ['Stage', 'Lead'],
      ['Amount', 'CNY 12,000,000'],
      ['Announced', 'March 1, 2025'],
      ['Expected jobs', '120'],
    ]);
    await li.context().close();

    const phone = await signedInPage('li@example.org', 'zh-CN', 375);
    await opened(phone, url);
    await phone.locator('.history li[data-audit="UPDATE"]').waitFor();
    expect(await lines(phone, 'UPDATE')).toEqual([
      ['阶段', '意向 → 已签约'],
      ['金额', '12,000,000 人民币 → 15,000,000 人民币'],
    ]);
    expect(await lines(phone, 'CREATE')).toContainEqual(['园区', '上合能谷']);
    expect(await lines(phone, 'CREATE')).toContainEqual(['投资方', investor.name.zh]);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await phone.context().close();
  });

  it('confirms a delete, says who deleted a record on its page, and says a mistyped address once', async () => {
    const { url } = await investment();
    const li = await signedInPage('li@example.org');
    const wang = await signedInPage('wang@example.org');
    await opened(li, url);
    await opened(wang, url);

    await li.getByRole('button', { name: 'Delete' }).click();
    await li.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    const done = li.locator('[data-deleted="you"]');
    await done.waitFor();
    expect(await done.getByRole('status').innerText()).toBe(`Deleted: ${investor.name.en}`);
    expect(await done.getByRole('link', { name: 'Back to the overview' }).getAttribute('href')).toBe('/');

    // Wang's save finds it gone: his page says who deleted it, and so does the page opened afresh.
    await wang.locator('input[name="expectedJobs"]').fill('99');
    await save(wang);
    const gone = wang.locator('[data-deleted="earlier"]');
    await gone.waitFor();
    expect(await gone.getByRole('alert').innerText()).toMatch(/^This investment was deleted by Li Na at .+\.$/);
    expect(await gone.getByRole('link', { name: 'Back to the overview' }).count()).toBe(1);
    await gotoHydrated(wang, url);
    await wang.locator('[data-deleted="earlier"]').waitFor();

    await gotoHydrated(wang, `${server.url}/investments/not-an-id/edit`);
    await wang.locator('[data-bad-id]').waitFor();
    expect(await wang.locator('main').innerText()).not.toMatch(/not a valid ID/);
    expect(await wang.getByText('This address does not name any investment').count()).toBe(1);
    await li.context().close();
    await wang.context().close();
  });
});
