// A record's history in the API's terms (AuditEntry.fields): amounts with their currency, references as the records
// they name, codes as codes; a created record's entry lists every value entered; referenced records load in batches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { HistoryFieldsQuery } from '../__generated__/graphql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const HistoryParkAndOrganization = graphql(`
  query HistoryParkAndOrganization {
    park(slug: "sco-energy-valley") {
      id
    }
    organizations(first: 2, orderBy: [ID_ASC]) {
      nodes {
        id
        name {
          en
        }
      }
    }
  }
`);

const HistoryCreateInvestment = graphql(`
  mutation HistoryCreateInvestment($input: CreateInvestmentInput!) {
    createInvestment(input: $input) {
      id
      version
    }
  }
`);

const HistoryUpdateInvestment = graphql(`
  mutation HistoryUpdateInvestment($input: UpdateInvestmentInput!) {
    updateInvestment(input: $input) {
      version
    }
  }
`);

const HistoryCreateDeal = graphql(`
  mutation HistoryCreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      id
      version
    }
  }
`);

const HistoryDeleteDeal = graphql(`
  mutation HistoryDeleteDeal($id: ID!, $version: Int!) {
    deleteDeal(id: $id, version: $version) {
      id
    }
  }
`);

const HistoryFields = graphql(`
  query HistoryFields($id: ID, $first: Int) {
    auditLog(recordId: $id, first: $first) {
      nodes {
        operation
        actorName
        fields {
          field
          kind
          before {
            ...HistoryValue
          }
          after {
            ...HistoryValue
          }
        }
      }
    }
  }
  fragment HistoryValue on AuditValue {
    text
    money {
      amount
      currency
    }
    record {
      __typename
      id
      ... on Park {
        name {
          en
        }
      }
      ... on Organization {
        name {
          en
        }
      }
      ... on Sector {
        name {
          en
        }
      }
    }
    items {
      text
      record {
        __typename
        ... on Organization {
          name {
            en
          }
        }
      }
    }
  }
`);

type Entry = HistoryFieldsQuery['auditLog']['nodes'][number];

/** An entry's fields as `{ field: [kind, before, after] }`, each value in words (a name, an amount, a code). */
function readable(entry: Entry) {
  type Value = Entry['fields'][number]['after'];
  const words = (v: Value): string | null => {
    if (!v) return null;
    if (v.money) return `${v.money.currency} ${v.money.amount}`;
    if (v.record) return 'name' in v.record ? v.record.name.en : `(${v.record.__typename})`;
    if (v.items) return v.items.map((i) => `${i.record && 'name' in i.record ? i.record.name.en : '?'}${i.text ? ` as ${i.text}` : ''}`).join(', ');
    return v.text;
  };
  return Object.fromEntries(entry.fields.map((f) => [f.field, [f.kind, words(f.before), words(f.after)]]));
}

describe.each(DIALECTS)('a record history on %s', (dialect) => {
  let server: TestServer;
  let officer: string;
  let park: string;
  let orgs: { id: string; name: { en: string } }[];
  beforeAll(async () => {
    server = await createTestServer(dialect);
    officer = (await signedIn(server, 'OFFICER', 'Officer Li')).token;
    const res = await server.gql(HistoryParkAndOrganization);
    park = res.data!.park!.id;
    orgs = res.data!.organizations.nodes;
  });
  afterAll(async () => {
    await server?.close();
  });

  const history = async (id: string) => {
    const res = await server.gql(HistoryFields, { id, first: 20 }, officer);
    expect(res.errors, res.body).toBeUndefined();
    return res.data!.auditLog.nodes;
  };

  it('lists every value a create entered, and an update as names, amounts and codes', async () => {
    const created = await server.gql(
      HistoryCreateInvestment,
      {
        input: {
          organization: orgs[0].id,
          park,
          sector: 'NEW_ENERGY',
          stage: 'LEAD',
          amount: { amount: '12000000', currency: 'CNY' },
          announcedOn: '2025-03-01',
          expectedJobs: 120,
        },
      },
      officer,
    );
    expect(created.errors, created.body).toBeUndefined();
    const { id, version } = created.data!.createInvestment;
    const updated = await server.gql(
      HistoryUpdateInvestment,
      { input: { id, version, stage: 'SIGNED', amount: { amount: '15000000', currency: 'CNY' }, organization: orgs[1].id } },
      officer,
    );
    expect(updated.errors, updated.body).toBeUndefined();

    const [update, create] = await history(id);
    expect(create.operation).toBe('CREATE');
    expect(readable(create)).toEqual({
      verification: ['CODE', null, 'RECORDED'],
      organization: ['RECORD', null, orgs[0].name.en],
      park: ['RECORD', null, 'SCO Energy Valley'],
      sector: ['RECORD', null, 'New energy'],
      stage: ['CODE', null, 'LEAD'],
      amount: ['MONEY', null, 'CNY 12000000'],
      announcedOn: ['DATE', null, '2025-03-01'],
      expectedJobs: ['NUMBER', null, '120'],
    });
    // Only what changed, in the order of the record's fields; bookkeeping columns and the amount's columns never apart.
    expect(update.operation).toBe('UPDATE');
    expect(update.actorName).toBe('Officer Li');
    expect(readable(update)).toEqual({
      organization: ['RECORD', orgs[0].name.en, orgs[1].name.en],
      stage: ['CODE', 'LEAD', 'SIGNED'],
      amount: ['MONEY', 'CNY 12000000', 'CNY 15000000'],
    });
  });

  it("shows a deal's parties with their roles, and a deleted record's values", async () => {
    const deal = await server.gql(
      HistoryCreateDeal,
      {
        input: {
          kind: 'MOU',
          titleZh: '合作备忘录',
          titleEn: 'Memorandum',
          signedOn: '2025-07-18',
          park,
          parties: [
            { organization: orgs[0].id, role: 'INVESTOR' },
            { organization: orgs[1].id, role: 'TENANT' },
          ],
          value: { amount: '2500000.5', currency: 'USD' },
        },
      },
      officer,
    );
    expect(deal.errors, deal.body).toBeUndefined();
    const { id, version } = deal.data!.createDeal;
    const deleted = await server.gql(HistoryDeleteDeal, { id, version }, officer);
    expect(deleted.errors, deleted.body).toBeUndefined();
    const [remove, create] = await history(id);
    const entered = {
      kind: ['CODE', null, 'MOU'],
      titleEn: ['TEXT', null, 'Memorandum'],
      signedOn: ['DATE', null, '2025-07-18'],
      parties: ['LIST', null, `${orgs[0].name.en} as INVESTOR, ${orgs[1].name.en} as TENANT`],
      value: ['MONEY', null, 'USD 2500000.5'],
    };
    expect(readable(create)).toMatchObject(entered);
    const fields = create.fields.map((f) => f.field);
    for (const bookkeeping of ['recordedBy', 'recordedAt', 'externalKey', 'valueUsdMinor', 'valueMinor']) expect(fields).not.toContain(bookkeeping);
    // A delete lists what the record held, as "before".
    expect(remove.operation).toBe('DELETE');
    expect(readable(remove)).toMatchObject(Object.fromEntries(Object.entries(entered).map(([k, [kind, , value]]) => [k, [kind, value, null]])));
  });

  it('reads the records a page of entries names in a fixed number of statements', async () => {
    const count = async (first: number) =>
      server.countStatements(async () => {
        const res = await server.gql(HistoryFields, { first }, officer);
        expect(res.errors, res.body).toBeUndefined();
        expect(res.data!.auditLog.nodes.length).toBeGreaterThan(0);
      });
    for (let i = 0; i < 6; i++) {
      const made = await server.gql(
        HistoryCreateInvestment,
        { input: { organization: orgs[i % 2].id, park, sector: 'LOGISTICS', stage: 'LEAD', amount: { amount: `${i + 1}000`, currency: 'KZT' } } },
        officer,
      );
      expect(made.errors, made.body).toBeUndefined();
    }
    expect(await count(10)).toBe(await count(2));
  });
});
