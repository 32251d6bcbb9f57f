import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLInputType } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredRoles } from '../../server/src/graphql/authorization.js';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { graphql } from '../__generated__/gql.js';
import type { CreateOrganizationInput } from '../__generated__/graphql.js';
import { apiKey, PASSWORD, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, fieldOf, type TestServer } from '../helpers/server.js';

const schema = buildSchema();

/** A value of the right type for every required argument (enough to get past validation to authorization). */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, dummy(f.type)]),
    );
  }
  if (isScalarType(type))
    return ({ Int: 1, Float: 1.5, Boolean: true, Date: '2025-01-01', Decimal: '1', PartialDate: '2025' } as Record<string, unknown>)[type.name] ?? 'x';
  return null;
}

/** A query string for one root field, with made-up values for its required arguments: one per field of the schema. */
function operationFor(typeName: 'Query' | 'Mutation', fieldName: string): { query: string; variables: Record<string, unknown> } {
  const field = (typeName === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[fieldName];
  const args = field.args.filter((a) => isNonNullType(a.type));
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
  const op = typeName === 'Query' ? 'query' : 'mutation';
  return {
    query: `${op}${decl ? `(${decl})` : ''} { ${fieldName}${pass ? `(${pass})` : ''} ${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, dummy(a.type)])),
  };
}

const WritesParkId = graphql(`
  query WritesParkId($slug: String!) {
    park(slug: $slug) {
      id
    }
  }
`);

const WritesCreateOrganization = graphql(`
  mutation WritesCreateOrganization($i: CreateOrganizationInput!, $k: String) {
    createOrganization(input: $i, idempotencyKey: $k) {
      id
      version
    }
  }
`);

const WritesOrganization = graphql(`
  query WritesOrganization($id: ID!) {
    node(id: $id) {
      ... on Organization {
        verification
        recordedBy
        country
      }
    }
  }
`);

const WritesCreateInvestment = graphql(`
  mutation WritesCreateInvestment($i: CreateInvestmentInput!) {
    createInvestment(input: $i) {
      id
      version
      amount {
        amount
        currency
        amountUsd
      }
      organization {
        id
      }
    }
  }
`);

const WritesUpdateInvestment = graphql(`
  mutation WritesUpdateInvestment($i: UpdateInvestmentInput!) {
    updateInvestment(input: $i) {
      version
      amount {
        amountUsd
      }
    }
  }
`);

const WritesCreateDeal = graphql(`
  mutation WritesCreateDeal($i: CreateDealInput!) {
    createDeal(input: $i) {
      id
      version
      partyCount
      parties {
        role
        organization {
          id
        }
      }
    }
  }
`);

const WritesDeleteOrganization = graphql(`
  mutation WritesDeleteOrganization($id: ID!, $v: Int!) {
    deleteOrganization(id: $id, version: $v) {
      id
    }
  }
`);

const WritesDeleteDeal = graphql(`
  mutation WritesDeleteDeal($id: ID!, $v: Int!) {
    deleteDeal(id: $id, version: $v) {
      id
    }
  }
`);

const WritesDeleteInvestment = graphql(`
  mutation WritesDeleteInvestment($id: ID!, $v: Int!) {
    deleteInvestment(id: $id, version: $v) {
      id
    }
  }
`);

const WritesAuditLog = graphql(`
  query WritesAuditLog($r: ID!) {
    auditLog(recordId: $r) {
      totalCount
      nodes {
        operation
        actorName
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

const WritesAuditCount = graphql(`
  query WritesAuditCount($r: ID!) {
    auditLog(recordId: $r) {
      totalCount
    }
  }
`);

const WritesUpdateDeal = graphql(`
  mutation WritesUpdateDeal($i: UpdateDealInput!) {
    updateDeal(input: $i) {
      version
      title {
        en
      }
    }
  }
`);

const WritesDeal = graphql(`
  query WritesDeal($id: ID!) {
    node(id: $id) {
      ... on Deal {
        version
        title {
          en
        }
      }
    }
  }
`);

const WritesValley = graphql(`
  query WritesValley($slug: String!) {
    park(slug: $slug) {
      id
      version
      verification
      landArea {
        mu
      }
      sources {
        id
        fields
      }
    }
  }
`);

const WritesUpdateParkVersion = graphql(`
  mutation WritesUpdateParkVersion($i: UpdateParkInput!) {
    updatePark(input: $i) {
      version
    }
  }
`);

const WritesUpdatePark = graphql(`
  mutation WritesUpdatePark($i: UpdateParkInput!) {
    updatePark(input: $i) {
      version
      verification
      landArea {
        mu
      }
      sources {
        id
      }
    }
  }
`);

const WritesCreateExchangeRate = graphql(`
  mutation WritesCreateExchangeRate($i: CreateExchangeRateInput!) {
    createExchangeRate(input: $i) {
      id
      version
    }
  }
`);

const WritesInvestmentAmount = graphql(`
  query WritesInvestmentAmount($id: ID!) {
    node(id: $id) {
      ... on Investment {
        amount {
          amountUsd
          usdRate {
            usdPerUnit
            validFrom
          }
        }
      }
    }
  }
`);

const WritesDeleteExchangeRate = graphql(`
  mutation WritesDeleteExchangeRate($id: ID!, $v: Int!) {
    deleteExchangeRate(id: $id, version: $v) {
      id
    }
  }
`);

const WritesSignIn = graphql(`
  mutation WritesSignIn($e: String!, $p: String!) {
    signIn(email: $e, password: $p) {
      refreshToken
    }
  }
`);

const WritesChangePassword = graphql(`
  mutation WritesChangePassword($c: String!, $n: String!) {
    changePassword(currentPassword: $c, newPassword: $n)
  }
`);

const WritesRefresh = graphql(`
  mutation WritesRefresh($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
    }
  }
`);

describe.each(DIALECTS)('writing records on %s', (dialect) => {
  let server: TestServer;
  let admin: string;
  let officer: string;
  let reader: string;
  let park: string;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    admin = (await signedIn(server, 'ADMIN', 'Admin Zhao')).token;
    officer = (await signedIn(server, 'OFFICER', 'Officer Li')).token;
    reader = await apiKey(server, admin, 'READER');
    park = (await ok(WritesParkId, { slug: 'sco-energy-valley' })).park!.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const sql = (q: string) => server.em().getConnection().execute<Record<string, string | number | null>[]>(q);
  /** Sends a typed document (as the officer unless `as` says otherwise), expects no errors and returns its data. */
  const ok = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables, as = officer): Promise<TResult> => {
    const res = await server.gql(document, variables, as);
    expect(res.errors, res.body).toBeUndefined();
    if (!res.data) throw new Error(res.body);
    return res.data;
  };
  /** Row counts and version sums of every table: any write shows up here. */
  async function fingerprint() {
    const tables = [
      'park',
      'organization',
      'organization_sector',
      'tenancy',
      'investment',
      'deal',
      'deal_party',
      'event',
      'exchange_rate',
      'citation',
      'audit_entry',
      'idempotency_key',
      'api_key',
      'officer',
      'enquiry',
    ];
    const out: Record<string, string> = {};
    for (const t of tables) {
      const versioned = !['organization_sector', 'deal_party', 'citation', 'audit_entry', 'idempotency_key', 'api_key'].includes(t);
      // Failed sign-ins (the open signIn with made-up credentials) are security events: audited, but no change.
      const from = t === 'audit_entry' ? `audit_entry where operation <> 'SIGN_IN_FAILED'` : t;
      const [r] = await sql(`select count(*) as n${versioned ? ', sum(version) as v' : ''} from ${from}`);
      out[t] = `${String(r.n)}/${String(r.v ?? '')}`;
    }
    return out;
  }
  const newOrganization = async (name = `Org ${Math.random()}`) =>
    (await ok(WritesCreateOrganization, { i: { nameZh: `机构${name}`, nameEn: name, kind: 'COMPANY', country: 'KZ' } })).createOrganization;

  it('denies every mutation and every non-public field to anonymous callers and read-only keys, changing nothing', async () => {
    const roles = requiredRoles(schema);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(15);
    for (const m of mutations) expect(roles.has(`Mutation.${m}`), `Mutation.${m} has @requires`).toBe(true);
    const protectedQueries = [...roles.entries()].filter(([k, r]) => k.startsWith('Query.') && r !== 'ANONYMOUS').map(([k]) => k.slice(6));
    expect(protectedQueries).toEqual(expect.arrayContaining(['apiKeys', 'officers', 'auditLog']));
    const before = await fingerprint();
    const callers = [
      ['anonymous', undefined, 'UNAUTHENTICATED'],
      ['reader key', reader, 'FORBIDDEN'],
    ] as const;
    for (const [who, credential, code] of callers) {
      for (const [type, names] of [
        ['Mutation', mutations],
        ['Query', protectedQueries],
      ] as const) {
        for (const name of names) {
          const role = roles.get(`${type}.${name}`);
          const { query, variables } = operationFor(type, name);
          const res = await server.gql(query, variables, credential);
          if (role === 'ANONYMOUS') {
            // signIn / refreshSession / signOut are open; with made-up credentials the first two are refused, the last does nothing.
            // A visitor's enquiry form: opening it gives a signed token (nothing stored); a made-up submission is refused.
            const open: Record<string, unknown> = {
              signIn: 'UNAUTHENTICATED',
              refreshSession: 'UNAUTHENTICATED',
              signOut: false,
              openEnquiryForm: true,
              submitEnquiry: 'BAD_USER_INPUT',
            };
            expect(Object.keys(open), `${name} is open`).toContain(name);
            if (open[name] === false) expect([res.errors, fieldOf(res, name)], `${who} ${name}`).toEqual([undefined, false]);
            else if (open[name] === true) expect([res.errors, fieldOf(res, name)], `${who} ${name}`).toEqual([undefined, expect.anything()]);
            else expect([res.errors?.[0]?.extensions?.code, fieldOf(res, name) ?? null], `${who} ${name}`).toEqual([open[name], null]);
            continue;
          }
          expect(res.errors?.[0]?.extensions?.code, `${who} ${type}.${name}: ${res.body.slice(0, 200)}`).toBe(code);
        }
      }
    }
    // Officers may not do what needs ADMIN.
    for (const [key, role] of roles) {
      if (role !== 'ADMIN') continue;
      const [type, name] = key.split('.') as ['Query' | 'Mutation', string];
      const { query, variables } = operationFor(type, name);
      expect((await server.gql(query, variables, officer)).errors?.[0]?.extensions?.code, key).toBe('FORBIDDEN');
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('creates, updates and deletes records as RECORDED by the officer, each change in the audit log', async () => {
    const org = await newOrganization('Caspian Freight');
    const created = await ok(WritesOrganization, { id: org.id });
    expect(created.node).toEqual({ verification: 'RECORDED', recordedBy: 'Officer Li', country: 'KZ' });
    const inv = (
      await ok(WritesCreateInvestment, {
        i: { organization: org.id, park, sector: 'NEW_ENERGY', stage: 'SIGNED', amount: { amount: '1380000', currency: 'CNY' }, announcedOn: '2025-03-01' },
      })
    ).createInvestment;
    expect(inv.amount).toEqual({ amount: '1380000', currency: 'CNY', amountUsd: '190440' });
    // Moving the announcement to 2024 re-prices the USD equivalent at the 2024 rate (0.139).
    const moved = (await ok(WritesUpdateInvestment, { i: { id: inv.id, version: inv.version, announcedOn: '2024-06-01' } })).updateInvestment;
    expect(moved).toEqual({ version: inv.version + 1, amount: { amountUsd: '191820' } });
    const deal = (
      await ok(WritesCreateDeal, {
        i: {
          kind: 'MOU',
          titleZh: '合作备忘录',
          titleEn: 'Memorandum',
          signedOn: '2025-07-18',
          park,
          parties: [{ organization: org.id, role: 'INVESTOR' }],
          unnamedPartyCount: 2,
        },
      })
    ).createDeal;
    expect(deal.partyCount).toBe(3);
    const refused = await server.gql(WritesDeleteOrganization, { id: org.id, v: org.version }, officer);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE' });
    await ok(WritesDeleteDeal, { id: deal.id, v: deal.version });
    await ok(WritesDeleteInvestment, { id: inv.id, v: moved.version });
    expect((await ok(WritesDeleteOrganization, { id: org.id, v: org.version })).deleteOrganization.id).toBe(org.id);
    const log = await ok(WritesAuditLog, { r: inv.id });
    expect(log.auditLog.nodes.map((n) => n.operation)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    expect(log.auditLog.nodes[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'announcedOn', before: '"2025-03-01"', after: '"2024-06-01"' },
        { field: 'amountUsdMinor', before: '"19044000"', after: '"19182000"' },
      ]),
    );
    expect(log.auditLog.nodes.every((n) => n.actorName === 'Officer Li')).toBe(true);
  });

  it('reports every invalid field by its path and writes nothing', async () => {
    const before = await fingerprint();
    const res = await server.gql(
      WritesCreateDeal,
      {
        i: {
          kind: 'MOU',
          titleZh: '',
          titleEn: 'x'.repeat(301),
          signedOn: '2025-07-18',
          park: 'bm90LWEtcGFyaw',
          parties: [{ organization: park, role: 'PARTY' }],
          unnamedPartyCount: -1,
          value: { amount: '12.345', currency: 'CNY' },
        },
      },
      officer,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(
      ['input.park', 'input.parties.0.organization', 'input.titleEn', 'input.titleZh', 'input.unnamedPartyCount', 'input.value.amount'].sort(),
    );
    const org = await server.gql(WritesCreateOrganization, { i: { nameZh: '甲', nameEn: 'A', kind: 'COMPANY', country: 'XX', website: 'ftp://x' } }, officer);
    expect((org.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual(['input.country', 'input.website']);
    const money = await server.gql(
      WritesCreateInvestment,
      { i: { park, sector: 'LOGISTICS', stage: 'LEAD', amount: { amount: '5', currency: 'ABC' } } },
      officer,
    );
    expect(money.errors?.[0].extensions?.field).toBe('input.amount.currency');
    expect(await fingerprint()).toEqual(before);
  });

  it('lets exactly one of 20 concurrent updates of one deal through; the rest get CONFLICT and nothing is lost', async () => {
    const org = await newOrganization();
    const deal = (
      await ok(WritesCreateDeal, {
        i: {
          kind: 'COOPERATION_AGREEMENT',
          titleZh: '合作协议',
          titleEn: 'Agreement',
          signedOn: '2025-07-18',
          parties: [{ organization: org.id, role: 'PARTY' }],
        },
      })
    ).createDeal;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.gql(WritesUpdateDeal, { i: { id: deal.id, version: deal.version, titleEn: `Attempt ${i}` } }, officer)),
    );
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.errors?.[0].extensions?.code)).toEqual(Array(19).fill('CONFLICT'));
    const now = (await ok(WritesDeal, { id: deal.id })).node;
    expect(now).toEqual({ version: deal.version + 1, title: { en: won[0].data?.updateDeal.title.en } });
    const log = await ok(WritesAuditCount, { r: deal.id });
    expect(log.auditLog.totalCount).toBe(2); // the create and the one update
    // A retry with the version the winner returned goes through: no update is lost, only re-based.
    if (!now || !('version' in now)) throw new Error(`${deal.id} is not a deal`);
    const retry = await ok(WritesUpdateDeal, { i: { id: deal.id, version: now.version, titleEn: 'Re-based' } });
    expect(retry.updateDeal.version).toBe(deal.version + 2);
  });

  it('returns the first result for a retried create with the same idempotency key, also under concurrency', async () => {
    const input: CreateOrganizationInput = { nameZh: '重试公司', nameEn: 'Retry Co', kind: 'COMPANY' };
    const create = (key: string, i = input) => server.gql(WritesCreateOrganization, { i, k: key }, officer);
    const count = async () => Number((await sql(`select count(*) as n from organization where name_en = 'Retry Co'`))[0].n);
    const first = await create('retry-key-0001');
    const second = await create('retry-key-0001');
    expect(second.data?.createOrganization.id).toBe(first.data?.createOrganization.id);
    expect(await count()).toBe(1);
    const other = await create('retry-key-0001', { ...input, nameEn: 'Something Else' });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    const burst = await Promise.all(Array.from({ length: 8 }, () => create('retry-key-0002')));
    expect(
      burst.every((r) => !r.errors),
      burst
        .map((r) => r.body)
        .join('\n')
        .slice(0, 500),
    ).toBe(true);
    expect(new Set(burst.map((r) => r.data?.createOrganization.id)).size).toBe(1);
    expect(await count()).toBe(2);
    // Keys belong to their caller: another officer's same key is a new record.
    const admins = await server.gql(WritesCreateOrganization, { i: input, k: 'retry-key-0001' }, admin);
    expect(admins.data?.createOrganization.id).not.toBe(first.data?.createOrganization.id);
  });

  it('keeps audit rows immutable in the database itself', async () => {
    await newOrganization();
    const id = Number((await sql(`select max(id) as id from audit_entry`))[0].id);
    await expect(sql(`update audit_entry set actor_name = 'someone else' where id = ${id}`)).rejects.toThrow(/audit log rows cannot be changed/);
    await expect(sql(`delete from audit_entry where id = ${id}`)).rejects.toThrow(/audit log rows cannot be changed/);
    const [row] = await sql(`select actor_name from audit_entry where id = ${id}`);
    expect(row.actor_name).toBe('Officer Li');
  });

  it('changes a quoted field of a VERIFIED record only once its quote is removed', async () => {
    const valley = (await ok(WritesValley, { slug: 'sco-energy-valley' })).park!;
    const quote = valley.sources.find((s) => s.fields.includes('landArea'))!;
    const blocked = await server.gql(WritesUpdateParkVersion, { i: { id: valley.id, version: valley.version, landAreaMu: 4400 } }, officer);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.landAreaMu' });
    const changed = (await ok(WritesUpdatePark, { i: { id: valley.id, version: valley.version, landAreaMu: 4400, removeSources: [quote.id] } })).updatePark;
    expect(changed.landArea?.mu).toBe(4400);
    expect(changed.sources.map((s) => s.id)).not.toContain(quote.id);
    // The park's other quotes remain, so it stays VERIFIED for the fields they support.
    expect(valley.verification).toBe('VERIFIED');
    expect(changed.sources).toHaveLength(valley.sources.length - 1);
    expect(changed.verification).toBe(valley.sources.length > 1 ? 'VERIFIED' : 'RECORDED');
    // An unquoted field changes freely.
    const positioned = await ok(WritesUpdateParkVersion, { i: { id: valley.id, version: changed.version, locationEn: 'Jiaozhou, Qingdao' } });
    expect(positioned.updatePark.version).toBe(changed.version + 1);
  });

  it('lets admins change exchange rates, re-pricing the stored US-dollar amounts in one go', async () => {
    const org = await newOrganization();
    const inv = (
      await ok(WritesCreateInvestment, {
        i: { organization: org.id, park, sector: 'LOGISTICS', stage: 'LEAD', amount: { amount: '1000000', currency: 'CNY' }, announcedOn: '2026-03-01' },
      })
    ).createInvestment;
    expect(inv.amount?.amountUsd).toBe('138000');
    const rate = await server.gql(WritesCreateExchangeRate, { i: { currency: 'CNY', validFrom: '2026-01-01', usdPerUnit: '0.14', note: 'test' } }, admin);
    expect(rate.errors, rate.body).toBeUndefined();
    const amount = async () => {
      const node = (await ok(WritesInvestmentAmount, { id: inv.id })).node;
      if (!node || !('amount' in node)) throw new Error(`${inv.id} is not an investment`);
      return node.amount;
    };
    expect(await amount()).toEqual({ amountUsd: '140000', usdRate: { usdPerUnit: '0.14', validFrom: '2026-01-01' } });
    const removed = await server.gql(WritesDeleteExchangeRate, { id: rate.data!.createExchangeRate.id, v: rate.data!.createExchangeRate.version }, admin);
    expect(removed.errors).toBeUndefined();
    expect((await amount())?.amountUsd).toBe('138000');
  });

  it('lets an officer change their password, ending their other sessions', async () => {
    const me = await signedIn(server, 'OFFICER');
    const other = await server.gql(WritesSignIn, { e: me.email, p: PASSWORD });
    const bad = await server.gql(WritesChangePassword, { c: 'wrong', n: 'another long password' }, me.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await ok(WritesChangePassword, { c: PASSWORD, n: 'another long password' }, me.token)).changePassword).toBe(true);
    const refresh = (t: string) => server.gql(WritesRefresh, { t });
    expect((await refresh(other.data!.signIn.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The caller's own session goes on.
    expect((await refresh(me.refreshToken)).errors).toBeUndefined();
    const key = await apiKey(server, admin, 'OFFICER');
    expect((await server.gql(WritesChangePassword, { c: 'x', n: 'y' }, key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
