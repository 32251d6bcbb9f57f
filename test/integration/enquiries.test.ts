import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';
import { AuditEntry } from '../../server/src/modules/audit/audit.entities.js';
import { Enquiry } from '../../server/src/modules/enquiries/enquiry.entity.js';
import { eraseExpiredEnquiries } from '../../server/src/modules/enquiries/enquiry.service.js';
import type { SubmitEnquiryInput } from '../__generated__/graphql.js';

// A prospective tenant's enquiry end to end over HTTP: sent from the public form (with its abuse defences), hidden
// from everyone but officers, handled and converted by an officer, and its contact details erased after retention.

const OpenEnquiryForm = graphql(`
  mutation OpenEnquiryForm {
    openEnquiryForm {
      token
      minSeconds
    }
  }
`);

const SubmitEnquiry = graphql(`
  mutation SubmitEnquiry($input: SubmitEnquiryInput!) {
    submitEnquiry(input: $input) {
      reference
    }
  }
`);

const EnquiriesList = graphql(`
  query EnquiriesList($status: EnquiryStatus) {
    newEnquiryCount
    enquiries(status: $status) {
      totalCount
      nodes {
        id
        reference
        company
        country
        sector {
          code
        }
        landMu
        plannedInvestment {
          amount
          currency
        }
        contactName
        email
        phone
        message
        parks {
          id
        }
        language
        status
        handledBy
        notes
        erasedAt
        version
      }
    }
  }
`);

const UpdateEnquiry = graphql(`
  mutation UpdateEnquiry($input: UpdateEnquiryInput!) {
    updateEnquiry(input: $input) {
      status
      notes
      handledBy
      version
    }
  }
`);

const ConvertEnquiry = graphql(`
  mutation ConvertEnquiry($id: ID!, $version: Int!) {
    convertEnquiry(id: $id, version: $version) {
      enquiry {
        status
        organization {
          id
        }
        investment {
          id
        }
      }
      organization {
        id
        country
        verification
      }
      investment {
        id
        stage
        verification
        park {
          id
        }
        amount {
          amount
          currency
        }
      }
    }
  }
`);

const EnquiryPublicFigures = graphql(`
  query EnquiryPublicFigures {
    dataset {
      verifiedRecords
      recordedRecords
      demoRecords
    }
    organizations {
      totalCount
    }
    changes(first: 100) {
      nodes {
        type
      }
    }
  }
`);

const ViewerForEnquiries = graphql(`
  query ViewerForEnquiries {
    viewer {
      officer {
        id
        name
      }
    }
    parks(first: 2) {
      nodes {
        id
      }
    }
  }
`);

describe.each(DIALECTS)('enquiries on %s', (dialect) => {
  let server: TestServer;
  let officer: string;
  let officerId: string;
  let parks: string[];

  beforeAll(async () => {
    server = await createTestServer(dialect, { env: { ENQUIRIES_PER_HOUR: '3' } });
    officer = (await signedIn(server)).token;
    const me = await server.gql(ViewerForEnquiries, {}, officer);
    officerId = me.data!.viewer.officer!.id;
    parks = me.data!.parks.nodes.map((p) => p.id);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  /** A form opened now and filled in `seconds` later (the server's clock moved on). */
  const openForm = async (seconds = 5) => {
    const res = await server.gql(OpenEnquiryForm);
    expect(res.errors).toBeUndefined();
    server.clock.advance(seconds * 1000);
    return res.data!.openEnquiryForm.token;
  };

  const input = (formToken: string, more: Partial<SubmitEnquiryInput> = {}): SubmitEnquiryInput => ({
    formToken,
    company: 'Almaty Agro Machinery LLP',
    country: 'KZ',
    sector: 'EQUIPMENT_MANUFACTURING',
    landMu: 120,
    plannedInvestment: { amount: '25000000', currency: 'USD' },
    contactName: 'Aigerim Nurlanovna',
    email: 'aigerim@example.kz',
    phone: '+7 727 123 45 67',
    message: 'We would like to assemble tractors for Central Asia.',
    parks,
    consent: true,
    language: 'RU',
    ...more,
  });

  const fieldErrors = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors?.[0]?.extensions?.fieldErrors as { field: string; reason: string }[] | undefined)?.map((f) => `${f.field} ${f.reason}`);

  it('is accepted, hidden from anonymous callers and public figures, handled and converted by an officer', async () => {
    const before = await server.gql(EnquiryPublicFigures);
    const token = await openForm();
    const sent = await server.gql(SubmitEnquiry, { input: input(token) });
    expect(sent.errors).toBeUndefined();
    const reference = sent.data!.submitEnquiry.reference;
    expect(reference).toMatch(/^ENQ-[2-9A-HJKMNP-Z]{8}$/);
    // The same form sent again (a double click): the same enquiry, not a second one.
    expect((await server.gql(SubmitEnquiry, { input: input(token) })).data?.submitEnquiry.reference).toBe(reference);

    // Anonymous callers read nothing of it, and the public figures and the change feed do not move.
    const anonymous = await server.gql(EnquiriesList, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    expect((await server.gql(EnquiryPublicFigures)).data).toEqual(before.data);

    const list = await server.gql(EnquiriesList, { status: 'NEW' }, officer);
    expect(list.errors).toBeUndefined();
    expect(list.data!.newEnquiryCount).toBe(1);
    const enquiry = list.data!.enquiries.nodes[0];
    expect(enquiry).toMatchObject({
      reference,
      company: 'Almaty Agro Machinery LLP',
      country: 'KZ',
      sector: { code: 'EQUIPMENT_MANUFACTURING' },
      landMu: 120,
      plannedInvestment: { amount: '25000000', currency: 'USD' },
      contactName: 'Aigerim Nurlanovna',
      email: 'aigerim@example.kz',
      phone: '+7 727 123 45 67',
      parks: parks.map((id) => ({ id })),
      language: 'RU',
      status: 'NEW',
      handledBy: null,
      erasedAt: null,
    });

    const updated = await server.gql(
      UpdateEnquiry,
      { input: { id: enquiry.id, version: enquiry.version, status: 'CONTACTED', handledBy: officerId, notes: ' Called back on Monday ' } },
      officer,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateEnquiry).toMatchObject({ status: 'CONTACTED', notes: 'Called back on Monday', version: enquiry.version + 1 });
    expect(updated.data!.updateEnquiry.handledBy).toMatch(/^Officer/);
    // A stale version changes nothing and says which version is current.
    const stale = await server.gql(UpdateEnquiry, { input: { id: enquiry.id, version: enquiry.version, status: 'DECLINED' } }, officer);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: enquiry.version + 1 });
    expect((await server.gql(EnquiriesList, {}, officer)).data!.newEnquiryCount).toBe(0);

    const converted = await server.gql(ConvertEnquiry, { id: enquiry.id, version: enquiry.version + 1 }, officer);
    expect(converted.errors).toBeUndefined();
    const c = converted.data!.convertEnquiry;
    expect(c.enquiry).toEqual({ status: 'CONVERTED', organization: { id: c.organization.id }, investment: { id: c.investment.id } });
    expect(c.organization).toMatchObject({ country: 'KZ', verification: 'RECORDED' });
    expect(c.investment).toMatchObject({ stage: 'LEAD', verification: 'RECORDED', park: { id: parks[0] }, amount: { amount: '25000000', currency: 'USD' } });
    const after = await server.gql(EnquiryPublicFigures);
    expect(after.data!.organizations.totalCount).toBe(before.data!.organizations.totalCount + 1);
    // Converting twice is refused.
    const again = await server.gql(ConvertEnquiry, { id: enquiry.id, version: enquiry.version + 2 }, officer);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CONVERTED' });

    const em = server.em();
    const stored = await em.findOneOrFail(Enquiry, { reference });
    const audit = await em.find(AuditEntry, { recordType: { $in: ['Enquiry', 'Organization', 'Investment'] } }, { orderBy: { id: 'asc' } });
    expect(audit.map((a) => `${a.operation} ${a.recordType}`)).toEqual(['UPDATE Enquiry', 'CREATE Organization', 'CREATE Investment', 'UPDATE Enquiry']);
    expect(audit.every((a) => !JSON.stringify([a.before, a.after]).includes('aigerim'))).toBe(true);
    expect(stored.organization?.id).toBeGreaterThan(0);
  });

  it('refuses a form sent too soon, with an old or forged token, without consent, without contact, with a bad e-mail or oversized fields', async () => {
    const quick = await server.gql(OpenEnquiryForm);
    server.clock.advance(1000);
    expect(fieldErrors(await server.gql(SubmitEnquiry, { input: input(quick.data!.openEnquiryForm.token) }))).toEqual(['input.formToken TOO_SOON']);
    const old = await openForm(25 * 3600);
    expect(fieldErrors(await server.gql(SubmitEnquiry, { input: input(old) }))).toEqual(['input.formToken EXPIRED']);
    const token = await openForm();
    const [nonce, at] = token.split('.');
    const forged = `${nonce}.${Number(at) - 60_000}.${'A'.repeat(43)}`;
    expect(fieldErrors(await server.gql(SubmitEnquiry, { input: input(forged) }))).toEqual(['input.formToken INVALID_VALUE']);

    const refused = await server.gql(SubmitEnquiry, {
      input: input(token, { consent: false, email: 'not-an-address', phone: null, message: 'x'.repeat(3001), company: ' ', landMu: 0, parks: [] }),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldErrors(refused)).toEqual([
      'input.company REQUIRED',
      'input.message TOO_LONG',
      'input.email NOT_AN_EMAIL',
      'input.landMu NOT_POSITIVE',
      'input.consent REQUIRED',
      'input.parks TOO_FEW',
    ]);
    expect(fieldErrors(await server.gql(SubmitEnquiry, { input: input(token, { email: null, phone: ' ' }) }))).toEqual([
      'input.email REQUIRED',
      'input.phone REQUIRED',
    ]);
    // The text rule: a NUL character is refused before any resolver runs.
    const nul = await server.gql(SubmitEnquiry, { input: input(token, { message: 'hello\u0000' }) });
    expect(nul.status).toBe(400);
    expect(fieldErrors(nul)).toEqual(['input.message INVALID_CHARACTERS']);
    expect(await server.em().count(Enquiry, { company: { $ne: 'Almaty Agro Machinery LLP' } })).toBe(0);
  });

  it('discards an enquiry whose hidden field is filled, answering as if accepted, and limits enquiries per address', async () => {
    // At the start of an hour of the server's clock, so the budget's window does not end during the test.
    const now = server.clock.now().getTime();
    server.clock.advance(3_600_000 - (now % 3_600_000) + 1000);
    const count = () => server.em().count(Enquiry, {});
    const stored = await count();
    const bot = await server.gql(SubmitEnquiry, { input: input(await openForm(), { website: 'http://spam.example', company: 'Bot Ltd' }) });
    expect(bot.data?.submitEnquiry.reference).toMatch(/^ENQ-/);
    expect(await count()).toBe(stored);
    // The budget is 3 an hour from one address: the robot's took one (it must not learn it was caught).
    expect((await server.gql(SubmitEnquiry, { input: input(await openForm(), { company: 'Second Co' }) })).errors).toBeUndefined();
    expect((await server.gql(SubmitEnquiry, { input: input(await openForm(), { company: 'Third Co' }) })).errors).toBeUndefined();
    const limited = await server.gql(SubmitEnquiry, { input: input(await openForm(), { company: 'Fourth Co' }) });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.status).toBe(429);
    expect(await count()).toBe(stored + 2);
    // The next hour has a fresh budget.
    server.clock.advance(3600 * 1000);
    expect((await server.gql(SubmitEnquiry, { input: input(await openForm(), { company: 'Fourth Co' }) })).errors).toBeUndefined();
  });

  it('erases contact details after the retention period, each erasure in the audit', async () => {
    const em = server.em();
    const all = await em.find(Enquiry, {}, { orderBy: { id: 'asc' } });
    expect(all.length).toBeGreaterThan(1);
    // Not yet: a day before the period ends nothing goes.
    const receivedLast = Math.max(...all.map((e) => e.receivedAt.getTime()));
    const firstReceived = Math.min(...all.map((e) => e.receivedAt.getTime()));
    expect(await eraseExpiredEnquiries(server.em(), new Date(firstReceived + 364 * 86_400_000), 365)).toBe(0);
    expect(await eraseExpiredEnquiries(server.em(), new Date(receivedLast + 366 * 86_400_000), 365)).toBe(all.length);
    const erased = await server.em().find(Enquiry, {}, { orderBy: { id: 'asc' } });
    for (const e of erased) {
      expect([e.contactName, e.email, e.phone, e.message]).toEqual([null, null, null, null]);
      expect(e.erasedAt).not.toBeNull();
      expect(e.company).not.toBeNull();
    }
    const rows = await server.em().find(AuditEntry, { operation: 'ERASE' });
    expect(rows.map((r) => r.recordId).sort()).toEqual(all.map((e) => e.id).sort());
    expect(rows[0].before).toMatchObject({ erased: ['contactName', 'email', 'phone', 'message'] });
    // Erasing again finds nothing left to erase.
    expect(await eraseExpiredEnquiries(server.em(), new Date(receivedLast + 400 * 86_400_000), 365)).toBe(0);
    // The clock has moved on past the first access token's life: sign in again.
    const list = await server.gql(EnquiriesList, {}, (await signedIn(server)).token);
    expect(list.data!.enquiries.nodes.every((n) => n.contactName === null && n.email === null && n.erasedAt !== null)).toBe(true);
  });

  it('is erased by the job a server runs at start-up', async () => {
    const em = server.em();
    const old = em.create(Enquiry, {
      reference: 'ENQ-OLD00001',
      formNonce: 'old-form-nonce-000001',
      company: 'Old Co',
      country: 'KZ',
      sector: 'LOGISTICS',
      landMu: 10,
      contactName: 'Old Contact',
      email: 'old@example.org',
      message: 'kept too long',
      parkIds: [],
      consent: true,
      language: 'EN',
      receivedAt: new Date(Date.now() - 400 * 86_400_000),
      status: 'NEW',
    });
    await em.flush();
    const second = await createTestServer(dialect, { database: server.databaseUrl, seed: false });
    try {
      await expect.poll(async () => (await server.em().findOneOrFail(Enquiry, { id: old.id })).erasedAt, { timeout: 20_000 }).not.toBeNull();
      const erased = await server.em().findOneOrFail(Enquiry, { id: old.id });
      expect([erased.contactName, erased.email, erased.message]).toEqual([null, null, null]);
      expect(await server.em().count(AuditEntry, { operation: 'ERASE', recordId: old.id })).toBe(1);
    } finally {
      await second.close();
    }
  }, 60_000);
});
