// Field errors a form can translate: every entry of extensions.fieldErrors names its field, a stable reason and that
// reason's parameters, for bad values the resolvers refuse and for variables the API could not read at all; sign-in
// refusals carry a stable reason too.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_ERROR_REASONS } from '../../server/src/graphql/errors.js';
import { toGlobalId } from '../../server/src/graphql/global-id.js';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { Factory } from '../helpers/factories.js';
import { SECTORS } from '../../seeds/reference.js';
import { Sector } from '../../server/src/modules/sectors/sector.entity.js';
import { createTestServer, DIALECTS, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const CreateDealForErrors = graphql(`
  mutation CreateDealForErrors($input: CreateDealInput!) {
    createDeal(input: $input) {
      id
    }
  }
`);

const CreateInvestmentForErrors = graphql(`
  mutation CreateInvestmentForErrors($input: CreateInvestmentInput!) {
    createInvestment(input: $input) {
      id
    }
  }
`);

const CreateInvestmentAtMost = graphql(`
  mutation CreateInvestmentAtMost($input: CreateInvestmentInput!) {
    createInvestment(input: $input) {
      amount {
        amount
        currency
      }
    }
  }
`);

const CreateTenancyForErrors = graphql(`
  mutation CreateTenancyForErrors($input: CreateTenancyInput!) {
    createTenancy(input: $input) {
      id
    }
  }
`);

const CreateOrganizationForErrors = graphql(`
  mutation CreateOrganizationForErrors($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

const UpdateOrganizationForErrors = graphql(`
  mutation UpdateOrganizationForErrors($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
    }
  }
`);

const CreateExchangeRateForErrors = graphql(`
  mutation CreateExchangeRateForErrors($input: CreateExchangeRateInput!) {
    createExchangeRate(input: $input) {
      id
    }
  }
`);

const SaveViewForErrors = graphql(`
  mutation SaveViewForErrors($input: SaveViewInput!) {
    saveView(input: $input) {
      id
    }
  }
`);

const SignInForErrors = graphql(`
  mutation SignInForErrors($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      accessToken
    }
  }
`);

interface Entry {
  field: string;
  reason: string;
  params: Record<string, unknown>;
}

/** The answer's field errors without their English messages, in the order the API reports them. */
function reasons(res: GraphQLResponse<unknown>): Entry[] {
  expect(res.errors?.[0]?.extensions?.code, res.body).toBe('BAD_USER_INPUT');
  const entries = res.errors?.flatMap((e) => (e.extensions?.fieldErrors ?? []) as (Entry & { message: string })[]) ?? [];
  for (const e of entries) expect(typeof e.message).toBe('string');
  return entries.map(({ field, reason, params }) => ({ field, reason, params }));
}

describe('the reasons list', () => {
  it('is documented in the README, a table row for each reason with its parameters', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [reason, params] of Object.entries(FIELD_ERROR_REASONS)) {
      const line = readme.split('\n').find((l) => l.trimStart().startsWith(`| \`${reason}\``));
      expect(line, `README names ${reason}`).toBeDefined();
      for (const p of params) expect(line, `README gives ${reason}'s parameter ${p}`).toContain(`\`${p}\``);
    }
  });
});

describe.each(DIALECTS)('field errors on %s', (dialect) => {
  let server: TestServer;
  let officer: string;
  let admin: string;
  let park: string;
  let org: string;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false });
    officer = (await signedIn(server, 'OFFICER')).token;
    admin = (await signedIn(server, 'ADMIN')).token;
    const f = new Factory(server.em());
    const p = f.park().entity;
    const o = f.organization();
    // The one sector the valid writes below name (this database holds no reference data).
    const em = server.em();
    em.create(Sector, { ...SECTORS[0], sortOrder: 0 });
    await em.flush();
    await f.flush();
    park = toGlobalId('Park', p.id);
    org = toGlobalId('Organization', o.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('name the reason and its parameters of each bad field of a deal, all at once', async () => {
    const res = await server.gql(
      CreateDealForErrors,
      {
        input: {
          kind: 'MOU',
          titleZh: '  ',
          titleEn: 'x'.repeat(301),
          signedOn: '2025-07-18',
          park: org,
          parties: [
            { organization: org, role: 'INVESTOR' },
            { organization: org, role: 'INVESTOR' },
            { organization: toGlobalId('Organization', 999_999), role: 'PARTY' },
          ],
          unnamedPartyCount: -1,
          value: { amount: '12.345', currency: 'CNY' },
        },
      },
      officer,
    );
    expect(reasons(res)).toEqual([
      { field: 'input.park', reason: 'NOT_AN_ID', params: { type: 'Park', value: org } },
      { field: 'input.parties.1', reason: 'DUPLICATE', params: {} },
      { field: 'input.titleZh', reason: 'REQUIRED', params: {} },
      { field: 'input.titleEn', reason: 'TOO_LONG', params: { max: 300, length: 301 } },
      { field: 'input.unnamedPartyCount', reason: 'OUT_OF_RANGE', params: { min: 0, max: 10000 } },
      { field: 'input.value.amount', reason: 'TOO_MANY_DECIMALS', params: { currency: 'CNY', decimals: 2 } },
      { field: 'input.parties.2.organization', reason: 'NOT_FOUND', params: { type: 'Organization' } },
    ]);
    const none = await server.gql(
      CreateDealForErrors,
      { input: { kind: 'MOU', titleZh: '协议', titleEn: 'Deal', signedOn: '2025-07-18', parties: [] } },
      officer,
    );
    expect(reasons(none)).toEqual([{ field: 'input.parties', reason: 'TOO_FEW', params: { min: 1 } }]);
  });

  it('say REQUIRED for an empty park, not that "" is no ID; currencies, negative amounts and decimals by reason', async () => {
    const res = await server.gql(
      CreateInvestmentForErrors,
      {
        input: {
          park: '',
          organization: park,
          sector: 'LOGISTICS',
          stage: 'LEAD',
          amount: { amount: '-5', currency: 'CNY' },
          expectedAnnualOutput: { amount: '1', currency: 'XYZ' },
        },
      },
      officer,
    );
    expect(reasons(res)).toEqual([
      { field: 'input.organization', reason: 'NOT_AN_ID', params: { type: 'Organization', value: park } },
      { field: 'input.park', reason: 'REQUIRED', params: {} },
      { field: 'input.amount.amount', reason: 'NEGATIVE', params: {} },
      { field: 'input.expectedAnnualOutput.currency', reason: 'UNKNOWN_CURRENCY', params: { value: 'XYZ' } },
    ]);
    const yen = await server.gql(
      CreateInvestmentForErrors,
      { input: { park, sector: 'LOGISTICS', stage: 'LEAD', amount: { amount: '1.5', currency: 'jpy' } } },
      officer,
    );
    expect(reasons(yen)).toEqual([{ field: 'input.amount.amount', reason: 'TOO_MANY_DECIMALS', params: { currency: 'JPY', decimals: 0 } }]);
    const huge = await server.gql(
      CreateInvestmentForErrors,
      { input: { park, sector: 'LOGISTICS', stage: 'LEAD', amount: { amount: '90071992547409.92', currency: 'CNY' } } },
      officer,
    );
    expect(reasons(huge)).toEqual([{ field: 'input.amount.amount', reason: 'TOO_LARGE', params: { max: '90071992547409.91' } }]);
    // The largest amount taken is stored exactly on every database (2^53 - 1 minor units: SQLite keeps no more).
    const most = await server.gql(
      CreateInvestmentAtMost,
      { input: { park, sector: 'LOGISTICS', stage: 'LEAD', amount: { amount: '90071992547409.91', currency: 'CNY' } } },
      officer,
    );
    expect(most.errors).toBeUndefined();
    expect(most.data?.createInvestment.amount).toEqual({ amount: '90071992547409.91', currency: 'CNY' });
  });

  it('report a variable the API cannot read under its path in the variable, with a reason', async () => {
    // What a form sends when it passes typed text on unchecked: refused before any resolver runs.
    const res = await server.gql(
      `mutation($input: CreateInvestmentInput!) { createInvestment(input: $input) { id } }`,
      {
        input: { park, sector: 'LOGISTICZ', stage: 'LEAD', amount: { amount: '12,000,000', currency: 'CNY' }, announcedOn: '2025-02-30', expectedJobs: 'many' },
      },
      officer,
    );
    expect(res.status).toBe(400);
    expect(reasons(res)).toEqual([
      { field: 'input.sector', reason: 'INVALID_VALUE', params: { value: 'LOGISTICZ' } },
      { field: 'input.amount.amount', reason: 'NOT_A_DECIMAL', params: { value: '12,000,000' } },
      { field: 'input.announcedOn', reason: 'NOT_A_DATE', params: {} },
      { field: 'input.expectedJobs', reason: 'INVALID_VALUE', params: { value: 'many' } },
    ]);
    expect(res.errors?.[1].extensions?.field).toBe('input.amount.amount');
    const missing = await server.gql(
      `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`,
      { input: { kind: 'MOU', titleEn: 'Deal' } },
      officer,
    );
    expect(reasons(missing)).toEqual([
      { field: 'input.titleZh', reason: 'REQUIRED', params: {} },
      { field: 'input.signedOn', reason: 'REQUIRED', params: {} },
      { field: 'input.parties', reason: 'REQUIRED', params: {} },
    ]);
    const parties = await server.gql(
      `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`,
      {
        input: {
          kind: 'MOU',
          titleZh: '协议',
          titleEn: 'Deal',
          signedOn: '2025-07-18',
          parties: [
            { organization: org, role: 'INVESTOR' },
            { organization: null, role: 'PARTY' },
          ],
        },
      },
      officer,
    );
    expect(reasons(parties)).toEqual([{ field: 'input.parties.1.organization', reason: 'REQUIRED', params: {} }]);
    const whole = await server.gql(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, {}, officer);
    expect(reasons(whole)).toEqual([{ field: 'input', reason: 'REQUIRED', params: {} }]);
  });

  it("order a tenancy's dates by naming the field a date may not precede", async () => {
    const res = await server.gql(
      CreateTenancyForErrors,
      { input: { organization: org, park, status: 'OPERATING', signedOn: '2025-05-01', movedInOn: '2025-04-01', exitedOn: '2025-03-01' } },
      officer,
    );
    expect(reasons(res)).toEqual([
      { field: 'input.movedInOn', reason: 'DATE_ORDER', params: { notBefore: 'input.signedOn' } },
      { field: 'input.exitedOn', reason: 'DATE_ORDER', params: { notBefore: 'input.movedInOn' } },
    ]);
    const noMoveIn = await server.gql(
      CreateTenancyForErrors,
      { input: { organization: org, park, status: 'EXITED', signedOn: '2025-05-01', exitedOn: '2025-03-01' } },
      officer,
    );
    expect(reasons(noMoveIn)).toEqual([{ field: 'input.exitedOn', reason: 'DATE_ORDER', params: { notBefore: 'input.signedOn' } }]);
  });

  it('give organizations, quoted fields, rates and saved views their reasons', async () => {
    const created = await server.gql(
      CreateOrganizationForErrors,
      { input: { nameZh: '甲', nameEn: 'A', kind: 'COMPANY', country: 'xx', website: 'ftp://example.org', descriptionEn: 'a\u0000b' } },
      officer,
    );
    // Text no column can hold is refused before anything else is checked (the text rule, issue 19).
    expect(reasons(created)).toEqual([{ field: 'input.descriptionEn', reason: 'INVALID_CHARACTERS', params: {} }]);
    const unreadable = await server.gql(
      CreateOrganizationForErrors,
      { input: { nameZh: '甲', nameEn: 'A', kind: 'COMPANY', country: 'xx', website: 'ftp://example.org' } },
      officer,
    );
    expect(reasons(unreadable)).toEqual([
      { field: 'input.country', reason: 'UNKNOWN_COUNTRY', params: { value: 'xx' } },
      { field: 'input.website', reason: 'NOT_A_URL', params: {} },
    ]);
    const f = new Factory(server.em());
    const quoted = f.organization({ verification: 'VERIFIED', recordedBy: null, recordedAt: null });
    await f.flush();
    f.citation('Organization', quoted.id, ['country']);
    await f.flush();
    const id = toGlobalId('Organization', quoted.id);
    const cleared = await server.gql(UpdateOrganizationForErrors, { input: { id, version: quoted.version, nameEn: null } }, officer);
    expect(reasons(cleared)).toEqual([{ field: 'input.nameEn', reason: 'REQUIRED', params: {} }]);
    const moved = await server.gql(UpdateOrganizationForErrors, { input: { id, version: quoted.version, country: 'RU' } }, officer);
    expect(reasons(moved)).toEqual([{ field: 'input.country', reason: 'SUPPORTED_BY_QUOTE', params: { quotedField: 'country' } }]);

    const usd = await server.gql(CreateExchangeRateForErrors, { input: { currency: 'usd', validFrom: '2025-01-01', usdPerUnit: '0', note: 'x' } }, admin);
    expect(reasons(usd)).toEqual([
      { field: 'input.currency', reason: 'BASE_CURRENCY', params: { currency: 'USD' } },
      { field: 'input.usdPerUnit', reason: 'NOT_A_RATE', params: { decimals: 12 } },
    ]);
    const rate = { currency: 'KZT', validFrom: '2025-01-01', usdPerUnit: '0.002', note: 'x' };
    expect((await server.gql(CreateExchangeRateForErrors, { input: rate }, admin)).errors).toBeUndefined();
    expect(reasons(await server.gql(CreateExchangeRateForErrors, { input: rate }, admin))).toEqual([
      { field: 'input.validFrom', reason: 'ALREADY_EXISTS', params: { value: '2025-01-01' } },
    ]);

    const view = await server.gql(SaveViewForErrors, { input: { name: 'n'.repeat(121), path: '/admin', query: 'a b' } }, officer);
    expect(reasons(view)).toEqual([
      { field: 'input.name', reason: 'TOO_LONG', params: { max: 120, length: 121 } },
      { field: 'input.path', reason: 'NOT_ONE_OF', params: { allowed: ['/', '/deals'] } },
      { field: 'input.query', reason: 'INVALID_CHARACTERS', params: {} },
    ]);
  });

  it('refuse a wrong password with a stable reason, the same for an unknown e-mail', async () => {
    const { email } = await signedIn(server, 'OFFICER');
    for (const attempt of [
      { email, password: 'not the password' },
      { email: 'nobody@example.org', password: 'not the password' },
    ]) {
      const res = await server.gql(SignInForErrors, attempt);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    }
  });
});
