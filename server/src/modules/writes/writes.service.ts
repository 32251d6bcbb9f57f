// Responsible for what officers change: organizations, tenancies, investments, deals and park profiles, and, for
// admins, exchange rates. Each mutation validates its whole input first, then writes through RecordWriter.
import { article } from '../../graphql/errors.js';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  CreateDealInput,
  CreateExchangeRateInput,
  CreateInvestmentInput,
  CreateOrganizationInput,
  CreateTenancyInput,
  UpdateDealInput,
  UpdateExchangeRateInput,
  UpdateInvestmentInput,
  UpdateOrganizationInput,
  UpdateParkInput,
  UpdateTenancyInput,
} from '../../__generated__/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { Actor } from '../access/actor.js';
import { Deal, DealParty, type DealEntity } from '../deals/deal.entity.js';
import { Event, EventParticipant } from '../events/event.entity.js';
import { Investment, type InvestmentEntity } from '../investments/investment.entity.js';
import { ExchangeRate, type ExchangeRateEntity } from '../money/exchange-rate.entity.js';
import { MoneyService } from '../money/money.service.js';
import { Organization, type OrganizationEntity } from '../organizations/organization.entity.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Tenancy, type TenancyEntity } from '../tenancies/tenancy.entity.js';
import { InputCheck, type MoneyInput } from './input-check.js';
import { RecordWriter } from './record-writer.js';
import type { Clock } from '../../clock.js';

type Input = Record<string, unknown>;
const has = (input: object, key: string) => Object.prototype.hasOwnProperty.call(input, key);

/** Money columns of each entity and the date column that picks their exchange rate. */
const MONEY: Record<string, { prefixes: string[]; dateProp: string }> = {
  Investment: { prefixes: ['amount', 'expectedAnnualOutput'], dateProp: 'announcedOn' },
  Deal: { prefixes: ['value'], dateProp: 'signedOn' },
  Park: { prefixes: ['plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit'], dateProp: 'figuresAsOf' },
};

function numericId(globalId: string, type: string, path: string): number {
  try {
    const d = fromGlobalId(globalId);
    if (d.type === type && /^\d+$/.test(d.id)) return Number(d.id);
  } catch {
    // below
  }
  throw badUserInput(`"${globalId}" is not the ID of ${article(type)}`, path);
}

export class WritesService {
  private readonly writer: RecordWriter;

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    requestId: string,
    private readonly clock?: Clock,
  ) {
    this.writer = new RecordWriter(em, actor, requestId, clock ? () => clock.now() : undefined);
  }

  /** Rejects null for a field that may be omitted but not cleared. */
  private required(check: InputCheck, input: Input, keys: string[]) {
    for (const k of keys) if (has(input, k) && input[k] === null) check.fail(`input.${k}`, 'may not be null');
  }

  /** Sets the money columns from inputs (omitted: unchanged, null: unknown) and recomputes every USD equivalent. */
  private async money(em: EntityManager, type: string, record: object, values: Record<string, { minor: bigint; currency: string } | null | undefined>) {
    const spec = MONEY[type];
    const money = new MoneyService(em);
    const row = record as Record<string, unknown>;
    const date = (row[spec.dateProp] as string | null | undefined) ?? null;
    for (const prefix of spec.prefixes) {
      const value = values[prefix];
      if (value !== undefined) {
        await money.assignMoney(record, prefix, value, date);
      } else if (row[`${prefix}Minor`] != null) {
        // the date may have changed: the USD equivalent follows the rate of the (new) date
        await money.assignMoney(record, prefix, { minor: BigInt(row[`${prefix}Minor`] as bigint), currency: row[`${prefix}Currency`] as string }, date);
      }
    }
  }

  // ---- organizations

  private organizationFields(check: InputCheck, input: Input) {
    return {
      nameZh: check.text('input.nameZh', input.nameZh as string | undefined, { max: 200 }),
      nameEn: check.text('input.nameEn', input.nameEn as string | undefined, { max: 200 }),
      country: check.country('input.country', input.country as string | null | undefined),
      website: this.url(check, input.website as string | null | undefined),
      descriptionZh: check.text('input.descriptionZh', input.descriptionZh as string | null | undefined, { max: 5000 }),
      descriptionEn: check.text('input.descriptionEn', input.descriptionEn as string | null | undefined, { max: 5000 }),
      kind: input.kind,
    };
  }

  private url(check: InputCheck, value: string | null | undefined) {
    const v = check.text('input.website', value, { max: 300 });
    if (v && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(v)) check.fail('input.website', 'must be an http(s) URL');
    return v;
  }

  createOrganization(input: CreateOrganizationInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const fields = this.organizationFields(check, input as Input);
    check.done();
    return this.writer.create<OrganizationEntity>({
      type: 'Organization',
      entity: Organization,
      operation: 'createOrganization',
      input,
      idempotencyKey,
      build: async (em) => {
        const org = em.create(Organization, definedOnly(fields) as never);
        if (input.sectors) org.sectors.set(input.sectors.map((c) => em.getReference(Sector, c)));
        return org as OrganizationEntity;
      },
      extra: sectorsOf('organization_sector', 'organization_id'),
    });
  }

  updateOrganization(input: UpdateOrganizationInput) {
    const check = new InputCheck();
    this.required(check, input as Input, ['nameZh', 'nameEn', 'kind']);
    const fields = this.organizationFields(check, input as Input);
    const id = numericId(input.id, 'Organization', 'input.id');
    check.done();
    return this.writer.update<OrganizationEntity>({
      type: 'Organization',
      entity: Organization,
      id,
      version: input.version,
      removeSources: input.removeSources,
      extra: sectorsOf('organization_sector', 'organization_id'),
      apply: async (em, org) => {
        assignPresent(org, input as Input, fields);
        if (has(input, 'sectors')) {
          await org.sectors.init();
          org.sectors.set((input.sectors ?? []).map((c) => em.getReference(Sector, c)));
        }
      },
    });
  }

  deleteOrganization(globalId: string, version: number) {
    const id = numericId(globalId, 'Organization', 'id');
    return this.writer.remove({
      type: 'Organization',
      entity: Organization,
      id,
      version,
      references: async (em) => {
        const [t, i, d, e] = await Promise.all([
          em.count(Tenancy, { organization: id }),
          em.count(Investment, { organization: id }),
          em.count(DealParty, { organization: id }),
          em.count(EventParticipant, { organization: id }),
        ]);
        return [t && `${t} tenancies`, i && `${i} investments`, d && `${d} deal parties`, e && `${e} event participations`].filter(Boolean) as string[];
      },
      cleanup: async (em) => {
        await em.getConnection().execute('delete from organization_sector where organization_id = ?', [id], 'run', em.getTransactionContext());
      },
    });
  }

  // ---- tenancies

  private async tenancyFields(em: EntityManager, check: InputCheck, input: Input, current?: TenancyEntity) {
    const refs: Record<string, unknown> = {};
    check.ref('input.organization', input.organization as string | undefined, 'Organization', Organization, (o) => (refs.organization = o));
    check.ref('input.park', input.park as string | undefined, 'Park', Park, (p) => (refs.park = p));
    const fields = {
      status: input.status,
      signedOn: check.day('input.signedOn', input.signedOn as string | null | undefined),
      movedInOn: check.day('input.movedInOn', input.movedInOn as string | null | undefined),
      exitedOn: check.day('input.exitedOn', input.exitedOn as string | null | undefined),
      leasedAreaM2: check.number('input.leasedAreaM2', input.leasedAreaM2 as number | null | undefined, { min: 0, max: 1e8 }),
    };
    const value = (k: keyof typeof fields) => (has(input, k) ? (fields[k] as string | null) : ((current?.[k as keyof TenancyEntity] as string | null) ?? null));
    check.order('input.movedInOn', value('signedOn'), value('movedInOn'), 'cannot be before the signing date');
    check.order('input.exitedOn', value('movedInOn') ?? value('signedOn'), value('exitedOn'), 'cannot be before the move-in or signing date');
    if ((has(input, 'status') ? fields.status : current?.status) === 'EXITED' && !value('exitedOn')) {
      // allowed: the exit date may be unknown
    }
    await check.resolveRefs(em);
    return { ...fields, ...refs };
  }

  async createTenancy(input: CreateTenancyInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const fields = await this.tenancyFields(this.em, check, input as Input);
    check.done();
    return this.writer.create<TenancyEntity>({
      type: 'Tenancy',
      entity: Tenancy,
      operation: 'createTenancy',
      input,
      idempotencyKey,
      build: async (em) => em.create(Tenancy, definedOnly(fields) as never) as TenancyEntity,
    });
  }

  async updateTenancy(input: UpdateTenancyInput) {
    const id = numericId(input.id, 'Tenancy', 'input.id');
    return this.writer.update<TenancyEntity>({
      type: 'Tenancy',
      entity: Tenancy,
      id,
      version: input.version,
      removeSources: input.removeSources,
      apply: async (em, tenancy) => {
        const check = new InputCheck();
        this.required(check, input as Input, ['status']);
        const fields = await this.tenancyFields(em, check, input as Input, tenancy);
        check.done();
        assignPresent(tenancy, input as Input, fields);
      },
    });
  }

  deleteTenancy(globalId: string, version: number) {
    return this.writer.remove({ type: 'Tenancy', entity: Tenancy, id: numericId(globalId, 'Tenancy', 'id'), version });
  }

  // ---- investments

  private async investmentFields(em: EntityManager, check: InputCheck, input: Input) {
    const refs: Record<string, unknown> = {};
    check.ref('input.organization', input.organization as string | null | undefined, 'Organization', Organization, (o) => (refs.organization = o));
    check.ref('input.park', input.park as string | undefined, 'Park', Park, (p) => (refs.park = p));
    if (has(input, 'organization') && input.organization === null) refs.organization = null;
    const fields = {
      stage: input.stage,
      sector: input.sector == null ? input.sector : em.getReference(Sector, input.sector as never),
      announcedOn: check.day('input.announcedOn', input.announcedOn as string | null | undefined),
      expectedJobs: check.number('input.expectedJobs', input.expectedJobs as number | null | undefined, { min: 0, max: 10_000_000 }),
    };
    const money = {
      amount: check.money('input.amount', input.amount as MoneyInput | null | undefined),
      expectedAnnualOutput: check.money('input.expectedAnnualOutput', input.expectedAnnualOutput as MoneyInput | null | undefined),
    };
    await check.resolveRefs(em);
    return { fields: { ...fields, ...refs }, money };
  }

  async createInvestment(input: CreateInvestmentInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const { fields, money } = await this.investmentFields(this.em, check, input as Input);
    check.done();
    return this.writer.create<InvestmentEntity>({
      type: 'Investment',
      entity: Investment,
      operation: 'createInvestment',
      input,
      idempotencyKey,
      build: async (em) => {
        const investment = em.create(Investment, definedOnly(fields) as never);
        await this.money(em, 'Investment', investment, money);
        return investment as InvestmentEntity;
      },
    });
  }

  updateInvestment(input: UpdateInvestmentInput) {
    const id = numericId(input.id, 'Investment', 'input.id');
    return this.writer.update<InvestmentEntity>({
      type: 'Investment',
      entity: Investment,
      id,
      version: input.version,
      removeSources: input.removeSources,
      apply: async (em, investment) => {
        const check = new InputCheck();
        this.required(check, input as Input, ['park', 'sector', 'stage']);
        const { fields, money } = await this.investmentFields(em, check, input as Input);
        check.done();
        assignPresent(investment, input as Input, fields);
        await this.money(em, 'Investment', investment, money);
      },
    });
  }

  deleteInvestment(globalId: string, version: number) {
    return this.writer.remove({ type: 'Investment', entity: Investment, id: numericId(globalId, 'Investment', 'id'), version });
  }

  // ---- deals

  private async dealFields(em: EntityManager, check: InputCheck, input: Input) {
    const refs: Record<string, unknown> = {};
    check.ref('input.park', input.park as string | null | undefined, 'Park', Park, (p) => (refs.park = p));
    check.ref('input.event', input.event as string | null | undefined, 'Event', Event, (e) => (refs.event = e));
    for (const k of ['park', 'event']) if (has(input, k) && input[k] === null) refs[k] = null;
    const parties: { organization?: unknown; role: string }[] = [];
    const list = input.parties as { organization: string; role: string }[] | null | undefined;
    if (list) {
      if (!list.length) check.fail('input.parties', 'name at least one party');
      if (list.length > 200) check.fail('input.parties', 'at most 200 parties');
      const seen = new Set<string>();
      list.forEach((p, i) => {
        const party: { organization?: unknown; role: string } = { role: p.role };
        parties.push(party);
        if (seen.has(`${p.organization}|${p.role}`)) check.fail(`input.parties.${i}`, 'the same organization in the same role twice');
        seen.add(`${p.organization}|${p.role}`);
        check.ref(`input.parties.${i}.organization`, p.organization, 'Organization', Organization, (o) => (party.organization = o));
      });
    }
    const fields = {
      kind: input.kind,
      titleZh: check.text('input.titleZh', input.titleZh as string | undefined, { max: 300 }),
      titleEn: check.text('input.titleEn', input.titleEn as string | undefined, { max: 300 }),
      signedOn: check.day('input.signedOn', input.signedOn as string | undefined),
      unnamedPartyCount: check.number('input.unnamedPartyCount', input.unnamedPartyCount as number | undefined, { min: 0, max: 10_000 }),
    };
    const money = { value: check.money('input.value', input.value as MoneyInput | null | undefined) };
    await check.resolveRefs(em);
    return { fields: { ...fields, ...refs }, parties: list ? parties : undefined, money };
  }

  /** Replaces a deal's parties (a new deal has none yet; its rows are inserted with it). */
  private async setParties(em: EntityManager, deal: DealEntity, parties: { organization?: unknown; role: string }[] | undefined) {
    if (!parties) return;
    if (deal.id) {
      await em.nativeDelete(DealParty, { deal: deal.id });
      for (const p of deal.parties.getItems(false)) em.getUnitOfWork().unsetIdentity(p);
    }
    parties.forEach((p, position) => em.create(DealParty, { deal, organization: p.organization, role: p.role, position } as never));
  }

  async createDeal(input: CreateDealInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const { fields, parties, money } = await this.dealFields(this.em, check, input as Input);
    check.done();
    return this.writer.create<DealEntity>({
      type: 'Deal',
      entity: Deal,
      operation: 'createDeal',
      input,
      idempotencyKey,
      extra: partiesOf,
      build: async (em) => {
        const deal = em.create(Deal, definedOnly(fields) as never) as DealEntity;
        await this.money(em, 'Deal', deal, money);
        await this.setParties(em, deal, parties);
        return deal;
      },
    });
  }

  updateDeal(input: UpdateDealInput) {
    const id = numericId(input.id, 'Deal', 'input.id');
    return this.writer.update<DealEntity>({
      type: 'Deal',
      entity: Deal,
      id,
      version: input.version,
      removeSources: input.removeSources,
      extra: partiesOf,
      apply: async (em, deal) => {
        const check = new InputCheck();
        this.required(check, input as Input, ['kind', 'titleZh', 'titleEn', 'signedOn', 'parties', 'unnamedPartyCount']);
        const { fields, parties, money } = await this.dealFields(em, check, input as Input);
        check.done();
        assignPresent(deal, input as Input, fields);
        await this.money(em, 'Deal', deal, money);
        await this.setParties(em, deal, parties);
      },
    });
  }

  deleteDeal(globalId: string, version: number) {
    const id = numericId(globalId, 'Deal', 'id');
    return this.writer.remove({
      type: 'Deal',
      entity: Deal,
      id,
      version,
      extra: partiesOf,
      cleanup: async (em) => {
        await em.nativeDelete(DealParty, { deal: id });
      },
    });
  }

  // ---- parks

  updatePark(input: UpdateParkInput) {
    const id = numericId(input.id, 'Park', 'input.id');
    const check = new InputCheck();
    this.required(check, input as Input, ['status']);
    const fields = {
      status: input.status,
      positioningZh: check.text('input.positioningZh', input.positioningZh, { max: 5000 }),
      positioningEn: check.text('input.positioningEn', input.positioningEn, { max: 5000 }),
      locationZh: check.text('input.locationZh', input.locationZh, { max: 200 }),
      locationEn: check.text('input.locationEn', input.locationEn, { max: 200 }),
      landAreaMu: check.number('input.landAreaMu', input.landAreaMu, { min: 0, max: 1e7 }),
      completedOn: check.partialDate('input.completedOn', input.completedOn),
      figuresAsOf: check.day('input.figuresAsOf', input.figuresAsOf),
      facilities: input.facilities?.map((f, i) => ({
        nameEn: check.text(`input.facilities.${i}.nameEn`, f.nameEn, { max: 200 }),
        nameZh: check.text(`input.facilities.${i}.nameZh`, f.nameZh, { max: 200 }),
        status: f.status,
      })),
    };
    const money = {
      plannedInvestment: check.money('input.plannedInvestment', input.plannedInvestment),
      expectedAnnualOutput: check.money('input.expectedAnnualOutput', input.expectedAnnualOutput),
      expectedAnnualProfit: check.money('input.expectedAnnualProfit', input.expectedAnnualProfit),
    };
    check.done();
    return this.writer.update<ParkEntity>({
      type: 'Park',
      entity: Park,
      id,
      version: input.version,
      removeSources: input.removeSources,
      extra: sectorsOf('park_focus_sector', 'park_id'),
      apply: async (em, park) => {
        assignPresent(park, input as Input, fields);
        await this.money(em, 'Park', park, money);
        if (has(input, 'focusSectors')) {
          await park.focusSectors.init();
          park.focusSectors.set((input.focusSectors ?? []).map((c) => em.getReference(Sector, c)));
        }
      },
    });
  }

  // ---- exchange rates (admin)

  createExchangeRate(input: CreateExchangeRateInput) {
    const check = new InputCheck();
    const currency = check.currency('input.currency', input.currency);
    if (currency === 'USD') check.fail('input.currency', 'USD needs no rate');
    this.rate(check, input.usdPerUnit);
    const note = check.text('input.note', input.note, { max: 200 });
    check.done();
    return this.writer.create<ExchangeRateEntity>({
      type: 'ExchangeRate',
      entity: ExchangeRate,
      role: 'ADMIN',
      operation: 'createExchangeRate',
      input,
      build: async (em) => {
        if (await em.count(ExchangeRate, { currency, validFrom: input.validFrom })) {
          throw badUserInput(`${currency} already has a rate from ${input.validFrom}; update it instead`, 'input.validFrom');
        }
        const today = this.clock?.today() ?? new Date().toISOString().slice(0, 10);
        const rate = em.create(ExchangeRate, { currency, validFrom: input.validFrom, usdPerUnit: input.usdPerUnit, note, approximate: input.approximate ?? true, enteredOn: today } as never);
        em.persist(rate);
        await em.flush();
        await new MoneyService(em).recomputeUsdAmounts(currency);
        return rate as ExchangeRateEntity;
      },
    });
  }

  updateExchangeRate(input: UpdateExchangeRateInput) {
    const check = new InputCheck();
    this.required(check, input as Input, ['usdPerUnit', 'note', 'approximate']);
    if (input.usdPerUnit != null) this.rate(check, input.usdPerUnit);
    const note = check.text('input.note', input.note, { max: 200 });
    check.done();
    return this.writer.update<ExchangeRateEntity & { id: number }>({
      type: 'ExchangeRate',
      entity: ExchangeRate,
      role: 'ADMIN',
      id: numericId(input.id, 'ExchangeRate', 'input.id'),
      version: input.version,
      apply: async (em, rate) => {
        assignPresent(rate, input as Input, { usdPerUnit: input.usdPerUnit, note, approximate: input.approximate });
        await em.flush();
        await new MoneyService(em).recomputeUsdAmounts(rate.currency);
      },
    });
  }

  deleteExchangeRate(globalId: string, version: number) {
    const id = numericId(globalId, 'ExchangeRate', 'id');
    let currency = '';
    return this.writer.remove({
      type: 'ExchangeRate',
      entity: ExchangeRate,
      role: 'ADMIN',
      id,
      version,
      cleanup: async (em) => {
        currency = (await em.findOneOrFail(ExchangeRate, { id })).currency;
      },
    }).then(async (deleted) => {
      await new MoneyService(this.em.fork()).recomputeUsdAmounts(currency);
      return deleted;
    });
  }

  private rate(check: InputCheck, value: string) {
    if (!/^\d{1,12}(\.\d{1,12})?$/.test(value) || Number(value) <= 0) check.fail('input.usdPerUnit', 'must be a positive decimal with at most 12 decimals');
  }

  get caller() {
    return this.actor;
  }
}

/** The input's values for the keys it holds (an update leaves omitted keys alone). */
function assignPresent(record: object, input: Input, values: Record<string, unknown>) {
  for (const [k, v] of Object.entries(values)) if (has(input, k)) (record as Record<string, unknown>)[k] = v ?? null;
}

function definedOnly(values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

const partiesOf = async (em: EntityManager, id: number) => ({
  parties: (await em.find(DealParty, { deal: id }, { orderBy: { position: 'asc' } })).map((p) => ({ organization: p.organization.id, role: p.role })),
});

const sectorsOf = (table: string, column: string) => async (em: EntityManager, id: number) => ({
  sectors: (
    (await em.getConnection().execute(`select sector_code as s from ${table} where ${column} = ? order by sector_code`, [id], 'all', em.getTransactionContext())) as {
      s: string;
    }[]
  ).map((r) => r.s),
});
