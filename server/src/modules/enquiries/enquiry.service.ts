// Responsible for enquiries from prospective tenants: the public form (its token, checks and abuse defences), the
// officers' list and handling, conversion into an organization and a LEAD investment, and the retention erasure.
// Enquiries are kept out of every public answer: only officers read them, and no change-feed trigger watches them.
import { randomBytes } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { SectorCode } from '../../domain/vocabulary.js';
import type { Clock } from '../../clock.js';
import { badUserInput, conflict, notFound } from '../../graphql/errors.js';
import { databaseId, databaseIdOrNull } from '../../graphql/global-id.js';
import { ID_ORDER, listOrder, paginate, type PageArgs } from '../../graphql/pagination.js';
import type { Logger } from '../../logger.js';
import { requireRole, type Actor } from '../access/actor.js';
import { Officer } from '../access/access.entities.js';
import { AuditEntry } from '../audit/audit.entities.js';
import { Investment, INVESTMENT_MONEY } from '../investments/investment.entity.js';
import { MoneyService } from '../money/money.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { InputCheck, type MoneyInput } from '../writes/input-check.js';
import { snapshot } from '../writes/record-writer.js';
import { Enquiry, type EnquiryEntity, type EnquiryLanguage, type EnquiryStatus } from './enquiry.entity.js';
import { checkFormToken, issueFormToken, MIN_FILL_SECONDS } from './form-token.js';

/** Size limits of the form's fields (characters; land in mu). */
export const ENQUIRY_LIMITS = { company: 200, contactName: 120, email: 200, phone: 40, message: 3000, notes: 5000, parks: 10, landMu: 100_000 } as const;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const PHONE = /^\+?[\d\s().-]{5,40}$/;

export interface SubmitEnquiryInput {
  formToken: string;
  website?: string | null;
  company: string;
  country: string;
  sector: SectorCode;
  landMu: number;
  plannedInvestment?: MoneyInput | null;
  contactName: string;
  email?: string | null;
  phone?: string | null;
  message: string;
  parks: readonly string[];
  consent: boolean;
  language: EnquiryLanguage;
}

export interface UpdateEnquiryInput {
  id: string;
  version: number;
  status?: EnquiryStatus | null;
  handledBy?: string | null;
  notes?: string | null;
}

/** The fields an enquiry's audit rows carry: never its contact details, which must go when the retention ends. */
const audited = (e: EnquiryEntity) => ({
  reference: e.reference,
  status: e.status,
  handledBy: e.handledBy?.id ?? null,
  notes: e.notes ?? null,
  organization: e.organization?.id ?? null,
  investment: e.investment?.id ?? null,
});

const newReference = () => {
  // Crockford-like alphabet without 0/O, 1/I/L: read over the phone without mistakes.
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return `ENQ-${[...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')}`;
};

export class EnquiryService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly clock: Clock,
    private readonly requestId: string | null = null,
    private readonly logger: Logger | null = null,
  ) {}

  async openForm() {
    return { token: await issueFormToken(this.em, this.clock.now()), minSeconds: MIN_FILL_SECONDS };
  }

  /**
   * Checks and stores an enquiry; `countSubmission` spends one of the address's enquiries (RATE_LIMITED past them).
   * A filled honeypot answers like an accepted enquiry and stores nothing.
   */
  async submit(input: SubmitEnquiryInput, countSubmission: () => Promise<void>): Promise<{ reference: string }> {
    if (input.website?.trim()) {
      await countSubmission();
      this.logger?.info({ requestId: this.requestId, actor: this.actor.key }, 'enquiry discarded: honeypot filled');
      return { reference: newReference() };
    }
    const check = new InputCheck();
    const now = this.clock.now();
    const token = await checkFormToken(this.em, input.formToken, now);
    if (!token.ok) {
      if (token.problem === 'TOO_SOON')
        check.fail('input.formToken', 'TOO_SOON', `sent too soon after the form was opened; wait ${token.waitSeconds} s`, { seconds: token.waitSeconds ?? 1 });
      else if (token.problem === 'EXPIRED') check.fail('input.formToken', 'EXPIRED', 'the form was opened too long ago; open it again');
      else check.fail('input.formToken', 'INVALID_VALUE', 'is not a form token of this site; open the form again', { value: input.formToken.slice(0, 40) });
    }
    const company = check.text('input.company', input.company, { max: ENQUIRY_LIMITS.company });
    const country = check.country('input.country', input.country);
    const contactName = check.text('input.contactName', input.contactName, { max: ENQUIRY_LIMITS.contactName });
    const message = check.text('input.message', input.message, { max: ENQUIRY_LIMITS.message });
    const email = input.email?.trim() ? check.text('input.email', input.email, { max: ENQUIRY_LIMITS.email }) : null;
    if (email && email.length <= ENQUIRY_LIMITS.email && !EMAIL.test(email)) check.fail('input.email', 'NOT_AN_EMAIL', 'is not an e-mail address');
    const phone = input.phone?.trim() ? check.text('input.phone', input.phone, { max: ENQUIRY_LIMITS.phone }) : null;
    if (phone && phone.length <= ENQUIRY_LIMITS.phone && !PHONE.test(phone))
      check.fail('input.phone', 'INVALID_CHARACTERS', 'a phone number of digits, spaces and + ( ) - .');
    if (!email && !phone) {
      check.fail('input.email', 'REQUIRED', 'give an e-mail address or a phone number');
      check.fail('input.phone', 'REQUIRED', 'give an e-mail address or a phone number');
    }
    if (!Number.isFinite(input.landMu) || input.landMu <= 0) check.fail('input.landMu', 'NOT_POSITIVE', 'must be more than 0 mu');
    else if (input.landMu > ENQUIRY_LIMITS.landMu)
      check.fail('input.landMu', 'TOO_LARGE', `at most ${ENQUIRY_LIMITS.landMu} mu`, { max: String(ENQUIRY_LIMITS.landMu) });
    const planned = check.money('input.plannedInvestment', input.plannedInvestment);
    if (input.consent !== true) check.fail('input.consent', 'REQUIRED', 'consent to be contacted is needed to answer the enquiry');
    const parkIds: number[] = [];
    if (input.parks.length === 0) check.fail('input.parks', 'TOO_FEW', 'name at least one park', { min: 1 });
    else if (input.parks.length > ENQUIRY_LIMITS.parks)
      check.fail('input.parks', 'TOO_MANY', `at most ${ENQUIRY_LIMITS.parks} parks`, { max: ENQUIRY_LIMITS.parks });
    else
      input.parks.forEach((g, i) => {
        const id = databaseIdOrNull(g, 'Park');
        if (id === null) check.fail(`input.parks.${i}`, 'NOT_AN_ID', `"${g.slice(0, 60)}" is not the ID of a Park`, { type: 'Park', value: g.slice(0, 60) });
        else if (parkIds.includes(id)) check.fail(`input.parks.${i}`, 'DUPLICATE', 'the same park twice');
        else parkIds.push(id);
      });
    if (parkIds.length && !check.errors.some((e) => e.field.startsWith('input.parks'))) {
      const found = new Set((await this.em.find(Park, { id: { $in: parkIds } }, { fields: ['id'] })).map((p) => p.id));
      input.parks.forEach((g, i) => {
        if (!found.has(parkIds[i])) check.fail(`input.parks.${i}`, 'NOT_FOUND', 'no Park has this ID', { type: 'Park' });
      });
    }
    check.done();
    if (!token.ok) throw new Error('unreachable: a bad token is a field error');
    // The same form sent again (a double click, a retry after a lost answer): the first enquiry's reference.
    const earlier = await this.em.fork().findOne(Enquiry, { formNonce: token.nonce }, { fields: ['reference'] });
    if (earlier) return { reference: earlier.reference };
    await countSubmission();
    const enquiry = this.em.create(Enquiry, {
      reference: newReference(),
      formNonce: token.nonce,
      company: company,
      country: country!,
      sector: this.em.getReference(Sector, input.sector),
      landMu: input.landMu,
      contactName,
      email,
      phone,
      message,
      parkIds,
      consent: true,
      language: input.language,
      receivedAt: now,
      status: 'NEW',
      plannedMinor: null,
      plannedCurrency: null,
      plannedUsdMinor: null,
    });
    if (planned) await new MoneyService(this.em, this.clock).assignMoney(enquiry, 'planned', planned, this.clock.today());
    try {
      await this.em.flush();
    } catch (err) {
      // Two sends of one form at the same moment: the other one stored it.
      const winner = await this.em.fork().findOne(Enquiry, { formNonce: token.nonce }, { fields: ['reference'] });
      if (winner) return { reference: winner.reference };
      throw err;
    }
    this.logger?.info({ requestId: this.requestId, enquiry: enquiry.id }, 'enquiry received');
    return { reference: enquiry.reference };
  }

  list(args: PageArgs & { status?: EnquiryStatus | null }) {
    requireRole(this.actor, 'OFFICER');
    const where = () => (args.status ? { status: args.status } : {});
    return paginate(this.em, Enquiry, where, args, listOrder(['ID_DESC'], ID_ORDER));
  }

  async get(globalId: string) {
    requireRole(this.actor, 'OFFICER');
    const id = databaseIdOrNull(globalId, 'Enquiry');
    return id === null ? null : this.em.findOne(Enquiry, { id });
  }

  newCount() {
    requireRole(this.actor, 'OFFICER');
    return this.em.count(Enquiry, { status: 'NEW' });
  }

  private async load(em: EntityManager, globalId: string, version: number, field: string) {
    const id = databaseId(globalId, 'Enquiry', field, 'enquiry');
    const enquiry = await em.findOne(Enquiry, { id });
    if (!enquiry) throw notFound('No enquiry has this ID', field);
    if (enquiry.version !== version)
      throw conflict(`This enquiry was changed by someone else (version ${enquiry.version}, you had ${version}); reload it and try again`, {
        currentVersion: enquiry.version,
      });
    return enquiry;
  }

  private audit(em: EntityManager, operation: 'UPDATE', id: number, before: Record<string, unknown>, after: Record<string, unknown>) {
    em.create(AuditEntry, {
      at: this.clock.now(),
      actor: this.actor.key.slice(0, 40),
      actorName: this.actor.name.slice(0, 200),
      operation,
      recordType: 'Enquiry',
      recordId: id,
      before,
      after,
      requestId: this.requestId,
    });
  }

  /** Optimistic-lock races (a change committed between our read and our write) answered as CONFLICT. */
  private async guarded<T>(globalId: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof OptimisticLockError)) throw err;
      const current = await this.em.fork().findOne(Enquiry, { id: databaseIdOrNull(globalId, 'Enquiry') ?? 0 }, { fields: ['version'] });
      throw conflict('This enquiry was changed by someone else meanwhile; reload it and try again', current ? { currentVersion: current.version } : {});
    }
  }

  async update(input: UpdateEnquiryInput) {
    requireRole(this.actor, 'OFFICER');
    const check = new InputCheck();
    if (input.status === null) check.fail('input.status', 'REQUIRED', 'may not be null');
    if (input.status === 'CONVERTED')
      check.fail('input.status', 'NOT_ONE_OF', 'CONVERTED is set by convertEnquiry', { allowed: ['NEW', 'CONTACTED', 'DECLINED'] });
    const notes = input.notes == null ? input.notes : input.notes.trim() ? check.text('input.notes', input.notes, { max: ENQUIRY_LIMITS.notes }) : null;
    let handledBy: number | null | undefined = input.handledBy === null ? null : undefined;
    if (input.handledBy != null) {
      handledBy = databaseIdOrNull(input.handledBy, 'Officer');
      if (handledBy === null)
        check.fail('input.handledBy', 'NOT_AN_ID', `"${input.handledBy.slice(0, 60)}" is not the ID of an Officer`, {
          type: 'Officer',
          value: input.handledBy.slice(0, 60),
        });
      else if (!(await this.em.count(Officer, { id: handledBy }))) check.fail('input.handledBy', 'NOT_FOUND', 'no Officer has this ID', { type: 'Officer' });
    }
    check.done();
    return this.guarded(input.id, () =>
      this.em.transactional(async (em) => {
        const enquiry = await this.load(em, input.id, input.version, 'input.id');
        if (enquiry.status === 'CONVERTED' && input.status && input.status !== 'CONVERTED')
          throw badUserInput('A converted enquiry stays CONVERTED: its organization and investment exist', 'input.status');
        const before = audited(enquiry);
        if (input.status) enquiry.status = input.status;
        if (notes !== undefined) enquiry.notes = notes;
        if (handledBy !== undefined) enquiry.handledBy = handledBy === null ? null : em.getReference(Officer, handledBy, { wrapped: true });
        const after = audited(enquiry);
        if (JSON.stringify(before) !== JSON.stringify(after)) this.audit(em, 'UPDATE', enquiry.id, before, after);
        await em.flush();
        return enquiry;
      }),
    );
  }

  /**
   * One transaction: an organization (the company, its country and sector) and a LEAD investment in the first park
   * that still exists, both RECORDED by the officer and keyed `web-enquiry:<reference>` (their source), each with its
   * audit row; the enquiry CONVERTED and linked to them.
   */
  async convert(globalId: string, version: number) {
    requireRole(this.actor, 'OFFICER');
    return this.guarded(globalId, () =>
      this.em.transactional(async (em) => {
        const enquiry = await this.load(em, globalId, version, 'id');
        if (enquiry.status === 'CONVERTED')
          throw conflict('This enquiry was converted already', { currentVersion: enquiry.version, reason: 'ALREADY_CONVERTED' });
        const parks = await em.find(Park, { id: { $in: enquiry.parkIds } }, { fields: ['id'] });
        const parkId = enquiry.parkIds.find((id) => parks.some((p) => p.id === id));
        if (parkId === undefined) throw badUserInput('None of the enquiry’s parks exists any more', 'id');
        const now = this.clock.now();
        const provenance = { verification: 'RECORDED' as const, recordedBy: this.actor.name.slice(0, 120), recordedAt: now };
        const key = `web-enquiry:${enquiry.reference}`;
        const organization = em.create(Organization, {
          nameZh: enquiry.company,
          nameEn: enquiry.company,
          country: enquiry.country,
          kind: 'COMPANY',
          externalKey: key,
          ...provenance,
        });
        organization.sectors.set([em.getReference(Sector, enquiry.sector.code)]);
        await em.flush();
        const investment = em.create(Investment, {
          organization,
          park: em.getReference(Park, parkId),
          sector: em.getReference(Sector, enquiry.sector.code),
          stage: 'LEAD',
          announcedOn: this.clock.today(),
          externalKey: key,
          ...provenance,
        });
        const planned =
          enquiry.plannedMinor != null && enquiry.plannedCurrency ? { minor: BigInt(enquiry.plannedMinor), currency: enquiry.plannedCurrency } : null;
        await new MoneyService(em, this.clock).assignAll(investment, INVESTMENT_MONEY, { amount: planned });
        await em.flush();
        const before = audited(enquiry);
        enquiry.status = 'CONVERTED';
        enquiry.organization = em.getReference(Organization, organization.id, { wrapped: true });
        enquiry.investment = em.getReference(Investment, investment.id, { wrapped: true });
        if (!enquiry.handledBy && this.actor.kind === 'officer' && this.actor.id !== null)
          enquiry.handledBy = em.getReference(Officer, this.actor.id, { wrapped: true });
        const row = (type: string, id: number, after: Record<string, unknown>) =>
          em.create(AuditEntry, {
            at: now,
            actor: this.actor.key.slice(0, 40),
            actorName: this.actor.name.slice(0, 200),
            operation: 'CREATE',
            recordType: type,
            recordId: id,
            before: null,
            after,
            requestId: this.requestId,
          });
        row('Organization', organization.id, { ...snapshot(organization), sectors: [enquiry.sector.code] });
        row('Investment', investment.id, snapshot(investment));
        this.audit(em, 'UPDATE', enquiry.id, before, audited(enquiry));
        await em.flush();
        return { enquiry, organization, investment };
      }),
    );
  }
}

/** Who erases: the retention job, named in the audit rows it writes. */
const RETENTION_ACTOR = { key: 'system:retention', name: 'Enquiry retention' };

/**
 * Erases the contact details (name, e-mail, phone, message) of enquiries received more than `days` days before `now`,
 * each erasure with its audit row (ERASE: which fields went, never their values). Answers how many were erased.
 */
export async function eraseExpiredEnquiries(em: EntityManager, now: Date, days: number, logger?: Logger | null): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let erased = 0;
  for (;;) {
    const batch = await em.fork().transactional(async (tx) => {
      const due = await tx.find(Enquiry, { receivedAt: { $lt: cutoff }, erasedAt: null }, { orderBy: { id: 'asc' }, limit: 200 });
      for (const e of due) {
        const fields = (['contactName', 'email', 'phone', 'message'] as const).filter((f) => e[f] != null);
        Object.assign(e, { contactName: null, email: null, phone: null, message: null, erasedAt: now });
        tx.create(AuditEntry, {
          at: now,
          actor: RETENTION_ACTOR.key,
          actorName: RETENTION_ACTOR.name,
          operation: 'ERASE',
          recordType: 'Enquiry',
          recordId: e.id,
          before: { reference: e.reference, erased: fields },
          after: { reference: e.reference, erasedAt: now.toISOString(), retentionDays: days },
          requestId: null,
        });
      }
      await tx.flush();
      return due.length;
    });
    erased += batch;
    if (batch < 200) break;
  }
  if (erased) logger?.info({ erased, retentionDays: days }, 'enquiries’ contact details erased after the retention period');
  return erased;
}
