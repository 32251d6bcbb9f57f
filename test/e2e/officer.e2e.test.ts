import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../scripts/build-web.js';
import { graphql } from '../__generated__/gql.js';
import { createOfficer } from '../helpers/access.js';
import { createBrowserServer, HAS_BROWSER, launchBrowser, gotoHydrated } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PASSWORD = 'officer password 2025';

const OfficerDemoDeal = graphql(`
  query OfficerDemoDeal {
    deals(filter: { verification: { eq: DEMO } }, first: 1) {
      nodes {
        id
        title {
          en
        }
      }
    }
  }
`);

const OfficerVerifiedDeal = graphql(`
  query OfficerVerifiedDeal {
    deals(filter: { verification: { eq: VERIFIED } }, first: 1) {
      nodes {
        id
        kind
        signedOn
        title {
          en
        }
      }
    }
  }
`);

const OfficerTranslatedDeal = graphql(`
  query OfficerTranslatedDeal($id: ID!) {
    node(id: $id) {
      ... on Deal {
        verification
        title {
          ru
          ruTranslation {
            enteredBy
          }
        }
      }
    }
  }
`);

const OfficerTranslatedPark = graphql(`
  query OfficerTranslatedPark {
    park(slug: "sco-energy-valley") {
      verification
      name {
        en
        ru
        ruTranslation {
          enteredBy
        }
      }
    }
  }
`);

const OfficerTranslatedOrganization = graphql(`
  query OfficerTranslatedOrganization($search: String!) {
    organizations(filter: { search: $search }, first: 2) {
      nodes {
        verification
        name {
          en
          ru
          ruTranslation {
            enteredBy
          }
        }
      }
    }
  }
`);

const OfficerDealAfterEdit = graphql(`
  query OfficerDealAfterEdit($id: ID!) {
    node(id: $id) {
      ... on Deal {
        title {
          en
        }
        recordedBy
      }
    }
  }
`);

const OfficerDealTitle = graphql(`
  query OfficerDealTitle($id: ID!) {
    node(id: $id) {
      ... on Deal {
        title {
          en
        }
      }
    }
  }
`);

const OfficerRecordedInvestment = graphql(`
  query OfficerRecordedInvestment($id: ID!) {
    node(id: $id) {
      ... on Investment {
        verification
        recordedBy
        amount {
          amount
          currency
        }
        announcedOn
      }
    }
  }
`);

/** The English title of a node read through a `... on Deal` selection (undefined when the node is not a deal). */
const dealTitle = (node: { title?: { en?: string | null } | null } | null | undefined) => node?.title?.en;

/** Serious or critical accessibility violations axe-core finds on the page as it is. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: a <script> tag of its own would be an inline script, which
  // the site's Content-Security-Policy refuses.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate<{ passes: unknown[]; violations: { id: string; impact: string; nodes: unknown[] }[] }>(
    `axe.run(document, { resultTypes: ['violations'] })`,
  );
  // The check really ran: it passed some rules on this page.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

describe.skipIf(!HAS_BROWSER)('officers editing deals in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild({ quiet: true });
    server = await createBrowserServer({ demo: true });
    await createOfficer(server, { email: 'li@example.org', name: 'Li Na', password: PASSWORD });
    await createOfficer(server, { email: 'wang@example.org', name: 'Wang Wei', password: PASSWORD });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedInPage(email: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}/signin`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator(`[data-officer="${email}"]`).waitFor();
    return page;
  }

  it('edits a deal, shows the change and its audit entry, and tells a second officer about the conflict', async () => {
    const deal = (await server.gql(OfficerDemoDeal)).data!.deals.nodes[0];
    const editUrl = `${server.url}/deals/${encodeURIComponent(deal.id)}/edit`;
    const li = await signedInPage('li@example.org');
    const wang = await signedInPage('wang@example.org');
    await gotoHydrated(li, editUrl);
    await gotoHydrated(wang, editUrl);
    await li.locator('input[name="titleEn"]').waitFor();
    await wang.locator('input[name="titleEn"]').waitFor();
    expect(await li.locator('input[name="titleEn"]').inputValue()).toBe(deal.title.en);

    // A field error appears beside its field, and nothing is saved.
    await li.locator('input[name="titleEn"]').fill('');
    await li.getByRole('button', { name: 'Save changes' }).click();
    await li.locator('#err-titleEn').waitFor();
    expect(await li.locator('#err-titleEn').innerText()).toBe('Required.');
    expect(await li.locator('input[name="titleEn"]').getAttribute('aria-invalid')).toBe('true');

    await li.locator('input[name="titleEn"]').fill('Memorandum on cold-chain logistics');
    await li.getByRole('button', { name: 'Save changes' }).click();
    await li.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const history = li.locator('.history li[data-audit="UPDATE"]').first();
    await history.waitFor();
    expect(await history.innerText()).toContain('Li Na');
    expect(await history.innerText()).toContain('Memorandum on cold-chain logistics');
    const api = await server.gql(OfficerDealAfterEdit, { id: deal.id });
    expect(dealTitle(api.data!.node)).toBe('Memorandum on cold-chain logistics');

    // Wang still has the old version open: his save is refused, saying who saved first, and he chooses between the titles.
    await wang.locator('input[name="titleEn"]').fill('Something else');
    await wang.getByRole('button', { name: 'Save changes' }).click();
    const conflict = wang.locator('[data-conflict]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Li Na saved this deal at');
    const clash = conflict.locator('[data-clash="titleEn"]');
    expect(await clash.innerText()).toContain('Theirs: Memorandum on cold-chain logistics');
    expect(await clash.innerText()).toContain('Yours: Something else');
    expect(await wang.locator('input[name="titleEn"]').inputValue()).toBe('Something else');
    await clash.getByLabel('Theirs: Memorandum on cold-chain logistics').check();
    expect(await wang.locator('input[name="titleEn"]').inputValue()).toBe('Memorandum on cold-chain logistics');
    expect(dealTitle((await server.gql(OfficerDealTitle, { id: deal.id })).data!.node)).toBe('Memorandum on cold-chain logistics');

    // Deleting asks first.
    await li.getByRole('button', { name: 'Delete' }).click();
    await li.getByRole('dialog').waitFor();
    await li.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await li.getByRole('dialog').isVisible()).toBe(false);
    await li.context().close();
    await wang.context().close();
  });

  it('shares a saved view with another officer; a visitor keeps theirs in the browser', { timeout: 120_000 }, async () => {
    const li = await signedInPage('li@example.org');
    await gotoHydrated(li, `${server.url}/?countries=KZ&stages=SIGNED&period=all`);
    await li.locator('input[name="viewName"]').fill('Kazakh signed projects');
    await li.getByRole('button', { name: 'Save for all officers' }).click();
    await li.locator('[data-views] summary').waitFor();
    const wang = await signedInPage('wang@example.org');
    await gotoHydrated(wang, `${server.url}/`);
    await wang.locator('[data-views] summary').click();
    await wang.locator('a[data-view="Kazakh signed projects"]').click();
    await expect.poll(() => new URL(wang.url()).searchParams.get('countries')).toBe('KZ');
    expect(new URL(wang.url()).searchParams.get('stages')).toBe('SIGNED');
    await li.context().close();
    await wang.context().close();

    const visitor = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await gotoHydrated(visitor, `${server.url}/?sectors=NEW_ENERGY`);
    await visitor.locator('input[name="viewName"]').fill('Energy');
    await visitor.getByRole('button', { name: 'Save in this browser' }).click();
    await gotoHydrated(visitor, `${server.url}/`);
    await visitor.locator('[data-views] summary').click();
    expect(await visitor.locator('[data-views] li').count()).toBe(1);
    await visitor.locator('a[data-view="Energy"]').click();
    await expect.poll(() => new URL(visitor.url()).searchParams.get('sectors')).toBe('NEW_ENERGY');
    await visitor.context().close();
  });

  it('opens an investment from the table with its provenance, and its history for officers only', async () => {
    const visitor = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await gotoHydrated(visitor, `${server.url}/?period=all`);
    await visitor.locator('button[data-open]').first().click();
    const panel = visitor.locator('aside[data-detail]');
    // The panel opens at once and shows the record when its query answers: wait for the record, not the panel.
    await panel.getByText('Demo data').first().waitFor();
    expect(await panel.getByRole('heading', { name: 'History' }).count()).toBe(0);
    await visitor.context().close();
    const li = await signedInPage('li@example.org');
    await gotoHydrated(li, `${server.url}/?period=all`);
    await li.locator('button[data-open]').first().click();
    await li.locator('aside[data-detail]').getByRole('heading', { name: 'History' }).waitFor();
    await li.context().close();
  });

  it('records an investment and a tenancy through their forms, with field errors and the audit trail', async () => {
    const li = await signedInPage('li@example.org');
    await gotoHydrated(li, `${server.url}/`);
    await li.getByRole('link', { name: 'Record an investment' }).click();
    await li.locator('input[name="organizationSearch"]').fill('Qingdao');
    await li.locator('.picker-results button').first().click();
    await li.locator('select[name="park"]').selectOption({ index: 1 });
    await li.locator('input[name="amount"]').fill('12.345');
    await li.locator('input[name="announcedOn"]').fill('2026-03-01');
    await li.getByRole('button', { name: 'Record', exact: true }).click();
    await li.locator('#err-amount-amount').waitFor();
    expect(await li.locator('#err-amount-amount').innerText()).toContain('CNY has 2 decimal places');
    await li.locator('input[name="amount"]').fill('5000000');
    await li.getByRole('button', { name: 'Record', exact: true }).click();
    await li.waitForURL(/\/investments\/.+\/edit$/);
    await li.locator('.history li[data-audit="CREATE"]').waitFor();
    const id = decodeURIComponent(new URL(li.url()).pathname.split('/')[2]);
    const api = await server.gql(OfficerRecordedInvestment, { id });
    expect(api.data?.node).toEqual({
      verification: 'RECORDED',
      recordedBy: 'Li Na',
      amount: { amount: '5000000', currency: 'CNY' },
      announcedOn: '2026-03-01',
    });

    await gotoHydrated(li, `${server.url}/tenancies/new`);
    await li.locator('input[name="organizationSearch"]').fill('Qingdao');
    await li.locator('.picker-results button').first().click();
    await li.locator('select[name="park"]').selectOption({ index: 1 });
    await li.locator('select[name="status"]').selectOption('MOVED_IN');
    await li.locator('input[name="signedOn"]').fill('2026-05-01');
    await li.locator('input[name="movedInOn"]').fill('2026-04-01');
    await li.getByRole('button', { name: 'Record', exact: true }).click();
    await li.locator('#err-movedInOn').waitFor();
    expect(await li.locator('#err-movedInOn').innerText()).toBe('Cannot be before the signing date.');
    await li.locator('input[name="movedInOn"]').fill('2026-06-01');
    await li.getByRole('button', { name: 'Record', exact: true }).click();
    await li.waitForURL(/\/tenancies\/.+\/edit$/);
    await li.locator('input[name="leasedAreaM2"]').fill('1200');
    await li.getByRole('button', { name: 'Save changes' }).click();
    await li.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await li.locator('.history li[data-audit="UPDATE"]').waitFor();
    await li.context().close();
  });

  it('speaks Chinese to a Chinese officer: sign-in refusals, REQUIRED beside the park, 1.5亿 read back and saved exactly', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}/signin`);
    await page.locator('button[type="submit"]').click();
    await page.locator('#err-email').waitFor();
    expect(await page.locator('#err-email').innerText()).toBe('此项必填。');
    expect(await page.locator('#err-password').innerText()).toBe('此项必填。');
    await page.locator('input[name="email"]').fill('li@example.org');
    await page.locator('input[name="password"]').fill('not the password');
    await page.locator('button[type="submit"]').click();
    await page.locator('[data-refusal]').waitFor();
    expect(await page.locator('[data-refusal]').innerText()).toBe('电子邮件或密码错误。');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.locator('[data-officer="li@example.org"]').waitFor();

    await gotoHydrated(page, `${server.url}/investments/new`);
    const amount = page.locator('input[name="amount"]');
    await amount.waitFor();
    // Nothing chosen, garbage typed: each problem beside its field in Chinese, checked before anything is sent.
    await amount.fill('一亿五千万');
    await page.locator('button[type="submit"]').click();
    await page.locator('#err-park').waitFor();
    expect(await page.locator('#err-park').innerText()).toBe('此项必填。');
    expect(await page.locator('#err-amount-amount').innerText()).toBe('“一亿五千万”不是金额。可写作 12,000,000、1200万、1.5亿 或 1.5 million。');
    expect(await page.locator('select[name="park"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.content()).not.toContain('Variable');
    // Typed as people write it, read back in the currency before saving.
    await amount.fill('1.5亿');
    const reads = page.locator('#reads-amount');
    await expect.poll(() => reads.getAttribute('data-reads')).toBe('150000000');
    expect(await reads.innerText()).toBe('识别为 150,000,000 人民币（1.5亿人民币）');
    await page.locator('input[name="organizationSearch"]').fill('Qingdao');
    await page.locator('.picker-results button').first().click();
    await page.locator('select[name="park"]').selectOption({ index: 1 });
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/investments\/.+\/edit$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    expect((await server.gql(OfficerRecordedInvestment, { id })).data?.node).toMatchObject({ amount: { amount: '150000000', currency: 'CNY' } });
    // The saved amount comes back into the field and reads the same; the page fits a phone.
    await expect.poll(() => page.locator('input[name="amount"]').inputValue()).toBe('150000000');
    expect(await page.locator('#reads-amount').innerText()).toBe('识别为 150,000,000 人民币（1.5亿人民币）');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('takes a Russian deal title, park name and investor name from an officer as translations: the Russian pages show them, marked with who entered them', async () => {
    const deal = (await server.gql(OfficerVerifiedDeal)).data!.deals.nodes[0];
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${server.url}/signin`);
    await page.getByLabel('Эл. почта').fill('wang@example.org');
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await page.locator('[data-officer="wang@example.org"]').waitFor();

    // Before: the Russian list shows the English title, unmarked.
    const list = `${server.url}/deals?kind=${deal.kind}&from=${deal.signedOn}&to=${deal.signedOn}`;
    await gotoHydrated(page, list);
    const row = page.locator('[data-table="deals"] tbody tr', { hasText: deal.title.en });
    await row.waitFor();
    expect(await row.locator('[data-translation]').count()).toBe(0);
    // The list's downloads are asked for in the interface language.
    expect(new URL((await page.locator('a[data-export="csv"]').getAttribute('href'))!, server.url).searchParams.get('lang')).toBe('ru');

    await gotoHydrated(page, `${server.url}/deals/${encodeURIComponent(deal.id)}/edit`);
    await page.locator('input[name="titleRu"]').fill('Соглашение о холодовой логистике');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByRole('status').filter({ hasText: 'Сохранено.' }).waitFor();
    expect((await server.gql(OfficerTranslatedDeal, { id: deal.id })).data?.node).toEqual({
      verification: 'VERIFIED',
      title: { ru: 'Соглашение о холодовой логистике', ruTranslation: { enteredBy: 'Wang Wei' } },
    });

    await gotoHydrated(page, list);
    const translated = page.locator('[data-table="deals"] tbody tr', { hasText: 'Соглашение о холодовой логистике' });
    await translated.waitFor();
    expect(await translated.locator('[data-translation]').innerText()).toMatch(/^Перевод на русский: Wang Wei, \d/);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

    // A park's Russian name, entered on its profile: the park list shows it, marked; the record stays verified.
    await gotoHydrated(page, `${server.url}/parks/sco-energy-valley`);
    const form = page.locator('[data-form="ru-name-park"]');
    await form.getByLabel('Название (русский)').fill('Энергетическая долина ШОС');
    await form.getByRole('button', { name: 'Сохранить изменения' }).click();
    await form.getByRole('status').filter({ hasText: 'Сохранено.' }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect((await server.gql(OfficerTranslatedPark)).data?.park).toEqual({
      verification: 'VERIFIED',
      name: { en: 'SCO Energy Valley', ru: 'Энергетическая долина ШОС', ruTranslation: { enteredBy: 'Wang Wei' } },
    });
    await gotoHydrated(page, `${server.url}/parks`);
    const card = page.locator('article[data-slug="sco-energy-valley"]');
    await card.getByRole('heading', { name: /Энергетическая долина ШОС/ }).waitFor();
    expect(await card.locator('header [data-translation]').innerText()).toMatch(/^Перевод на русский: Wang Wei, \d/);
    // Parks without a Russian name show their English one, unmarked.
    expect(await page.locator('article[data-slug="sco-equipment-manufacturing-park"] header [data-translation]').count()).toBe(0);

    // An investor's Russian name, entered from an investment's details: the details show it, marked; found by search.
    await gotoHydrated(page, `${server.url}/?period=all`);
    await page.locator('button[data-open]').first().click();
    const panel = page.locator('aside[data-detail]');
    const orgForm = panel.locator('[data-form="ru-name-organization"]');
    await orgForm.waitFor();
    // The details give the investor's name (English while it has no Russian one), its country and kind.
    const english = (await panel.locator('dd').first().innerText()).split(' · ')[0].replace(/ \([A-Z]{2}\)$/, '');
    const before = (await server.gql(OfficerTranslatedOrganization, { search: english })).data?.organizations.nodes[0];
    expect(before?.name).toMatchObject({ en: english, ru: null });
    await orgForm.getByLabel('Название (русский)').fill('Тестовая Логистическая Компания');
    await orgForm.getByRole('button', { name: 'Сохранить изменения' }).click();
    await orgForm.getByRole('status').filter({ hasText: 'Сохранено.' }).waitFor();
    await panel.locator('dd', { hasText: 'Тестовая Логистическая Компания' }).first().waitFor();
    expect(await panel.locator('dd').first().locator('[data-translation]').innerText()).toMatch(/^Перевод на русский: Wang Wei, \d/);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    // Found by its Russian name typed in another case; the record keeps its provenance.
    expect((await server.gql(OfficerTranslatedOrganization, { search: 'тестовая логистическая' })).data?.organizations.nodes).toEqual([
      { verification: before!.verification, name: { en: english, ru: 'Тестовая Логистическая Компания', ruTranslation: { enteredBy: 'Wang Wei' } } },
    ]);
    await context.close();
  });

  it('passes the accessibility check on the overview, the deals list and the edit form', async () => {
    const page = await signedInPage('li@example.org');
    await gotoHydrated(page, `${server.url}/?period=all`);
    await page.locator('[data-chart="sector"] .recharts-bar-rectangle').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await gotoHydrated(page, `${server.url}/deals`);
    await page.locator('[data-table="deals"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await gotoHydrated(page, `${server.url}/deals/new`);
    await page.locator('input[name="titleEn"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
