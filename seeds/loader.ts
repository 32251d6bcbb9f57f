// Loads the reference data and the source's VERIFIED records. Idempotent: a second run changes nothing.
// Used by start-up, `npm run seed` and the tests.
import type { Collection, EntityManager as CoreEntityManager, EntitySchema, FilterQuery, Populate, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Deal, DealParty } from '../server/src/modules/deals/deal.entity.js';
import { Event, EventParticipant, type EventEntity } from '../server/src/modules/events/event.entity.js';
import { ExchangeRate } from '../server/src/modules/money/exchange-rate.entity.js';
import { toMinor } from '../server/src/modules/money/money.js';
import { MoneyService } from '../server/src/modules/money/money.service.js';
import { Organization, type OrganizationEntity } from '../server/src/modules/organizations/organization.entity.js';
import { Park, type ParkEntity } from '../server/src/modules/parks/park.entity.js';
import { graphqlFieldOf } from '../server/src/modules/provenance/cited-fields.js';
import { Citation, Source, type SourceEntity } from '../server/src/modules/provenance/source.entity.js';
import { Sector, type SectorEntity } from '../server/src/modules/sectors/sector.entity.js';
import { Tenancy } from '../server/src/modules/tenancies/tenancy.entity.js';
import { DEFAULT_RATES, DEFAULT_RATES_ENTERED_ON, DEFAULT_RATE_NOTE, SECTORS } from './reference.js';
import { sourceRecords } from './source/records.js';
import type { SectorCode, SeedCitation, SeedMoney, SourceRecords } from './source/types.js';

export interface LoadResult {
  parks: number;
  organizations: number;
  events: number;
  deals: number;
  tenancies: number;
  /** Rows inserted or changed by this run (0 on a second run). */
  changed: number;
}

export async function loadSourceRecords(em: CoreEntityManager, records: SourceRecords = sourceRecords): Promise<LoadResult> {
  return (em as EntityManager).transactional(async (tx) => {
    const loader = new Loader(tx, records);
    return loader.run();
  });
}

class Loader {
  private changed = 0;
  private readonly money: MoneyService;
  private source!: SourceEntity;

  constructor(
    private readonly em: EntityManager,
    private readonly records: SourceRecords,
  ) {
    this.money = new MoneyService(em);
  }

  async run(): Promise<LoadResult> {
    await this.loadReference();
    this.source = await this.upsertSource();
    const parks = await this.loadParks();
    const organizations = await this.loadOrganizations();
    const events = await this.loadEvents(organizations);
    await this.loadTenancies(parks, organizations);
    await this.loadDeals(parks, organizations, events);
    await this.flush();
    const r = this.records;
    return {
      parks: r.parks.length,
      organizations: r.organizations.length,
      events: r.events.length,
      deals: r.deals.length,
      tenancies: r.tenancies.length,
      changed: this.changed,
    };
  }

  /** Flushes and counts the rows the unit of work actually wrote. */
  private async flush() {
    const uow = this.em.getUnitOfWork();
    uow.computeChangeSets();
    this.changed += uow.getChangeSets().length + uow.getCollectionUpdates().length;
    await this.em.flush();
  }

  private async loadReference() {
    const existing = new Map((await this.em.find(Sector, {})).map((s) => [s.code, s]));
    SECTORS.forEach((s, i) => {
      const data = { ...s, sortOrder: i + 1 };
      const found = existing.get(s.code);
      if (found) this.em.assign(found, data);
      else this.em.create(Sector, data);
    });
    const rates = await this.em.find(ExchangeRate, {});
    const have = new Set(rates.map((r) => `${r.currency}:${r.validFrom}`));
    for (const r of DEFAULT_RATES) {
      if (have.has(`${r.currency}:${r.validFrom}`)) continue; // never overwrite a rate an officer may have edited
      this.em.create(ExchangeRate, { ...r, note: DEFAULT_RATE_NOTE, approximate: true, enteredOn: DEFAULT_RATES_ENTERED_ON });
    }
    await this.flush();
  }

  private async upsertSource() {
    const s = this.records.source;
    const data = {
      key: s.key,
      publisherZh: s.publisherZh,
      publisherEn: s.publisherEn,
      author: s.author,
      eventDate: s.eventDate,
      publishedOn: s.publishedOn ?? null,
      url: s.url ?? null,
    };
    const found = await this.em.findOne(Source, { key: s.key });
    const source = found ? this.em.assign(found, data) : this.em.create(Source, data);
    await this.flush();
    return source;
  }

  private toMinor(m: SeedMoney | undefined) {
    return m ? { minor: toMinor(m.amount, m.currency), currency: m.currency } : null;
  }

  /** Replaces a sector collection only when its codes differ, so a second run writes nothing. */
  private async setSectors(collection: Collection<SectorEntity>, codes: SectorCode[]) {
    if (!collection.isInitialized()) await collection.load();
    const current = collection
      .getItems()
      .map((s) => s.code)
      .sort()
      .join(',');
    if (current !== [...codes].sort().join(',')) collection.set(codes.map((c) => this.em.getReference(Sector, c)));
  }

  /**
   * Creates or updates one VERIFIED record per seed, matched on `keyProp` (slug or externalKey); returns them by key.
   * `assign` only marks what differs, so an unchanged record is not written again.
   */
  private async upsert<S, T extends object>(
    entity: EntitySchema<T, never>,
    seeds: S[],
    keyProp: 'slug' | 'externalKey',
    keyOf: (s: S) => string,
    dataOf: (s: S) => Record<string, unknown>,
    populate: string[] = [],
  ): Promise<Map<string, T>> {
    // Generic over the entity type: MikroORM's filter, populate and entity-data types do not resolve for an unknown T,
    // so the key filter and the seed data are cast to them (the seed tests check each type's records).
    const where = { [keyProp]: { $in: seeds.map(keyOf) } } as FilterQuery<T>;
    const existing = (await this.em.find(entity, where, { populate: populate as unknown as Populate<T, string> })) as T[];
    const byKey = new Map<string, T>(existing.map((e) => [String((e as Record<string, unknown>)[keyProp]), e]));
    for (const s of seeds) {
      const data: Record<string, unknown> = { [keyProp]: keyOf(s), verification: 'VERIFIED', ...dataOf(s) };
      const found = byKey.get(keyOf(s));
      if (found) this.em.assign<object>(found, data);
      else byKey.set(keyOf(s), this.em.create(entity, data as RequiredEntityData<T>));
    }
    return byKey;
  }

  private async loadParks(): Promise<Map<string, ParkEntity>> {
    const seeds = this.records.parks;
    const bySlug = await this.upsert(
      Park,
      seeds,
      'slug',
      (s) => s.slug,
      (s) => ({
        kind: s.kind,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        positioningZh: s.positioningZh ?? null,
        positioningEn: s.positioningEn ?? null,
        status: s.status,
        locationZh: s.locationZh ?? null,
        locationEn: s.locationEn ?? null,
        latitude: s.latitude ?? null,
        longitude: s.longitude ?? null,
        coordinatesApproximate: true,
        landAreaMu: s.landAreaMu ?? null,
        completedOn: s.completedOn ?? null,
        unveiledOn: s.unveiledOn ?? null,
        // Keys in jsonb's stored order (length, then bytes), so PostgreSQL reads back what was written and a reload is a no-op.
        facilities: s.facilities?.map((f) => ({ nameEn: f.nameEn, nameZh: f.nameZh, status: f.status })) ?? null,
        figuresAsOf: s.figuresAsOf ?? null,
      }),
      ['focusSectors'],
    );
    for (const s of seeds) {
      const park = bySlug.get(s.slug)!;
      for (const prefix of ['plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit'] as const) {
        await this.money.assignMoney(park, prefix, this.toMinor(s[prefix]), s.figuresAsOf ?? null);
      }
      await this.setSectors(park.focusSectors, s.focusSectors);
      const parent = s.parentSlug ? required(bySlug, s.parentSlug, `park ${s.slug}`) : null;
      if ((park.parent?.id ?? null) !== (parent?.id ?? null) || (parent && !park.parent)) this.em.assign(park, { parent });
    }
    await this.flush();
    for (const s of seeds) await this.cite('Park', bySlug.get(s.slug)!.id, s.citations);
    return bySlug;
  }

  private async loadOrganizations(): Promise<Map<string, OrganizationEntity>> {
    const seeds = this.records.organizations;
    const byKey = await this.upsert(
      Organization,
      seeds,
      'externalKey',
      (s) => s.key,
      (s) => ({
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        country: s.country,
        kind: s.kind,
        website: s.website ?? null,
        descriptionZh: s.descriptionZh ?? null,
        descriptionEn: s.descriptionEn ?? null,
      }),
      ['sectors'],
    );
    for (const s of seeds) await this.setSectors(byKey.get(s.key)!.sectors, s.sectors);
    await this.flush();
    for (const s of seeds) await this.cite('Organization', byKey.get(s.key)!.id, s.citations);
    return byKey;
  }

  private async loadEvents(orgs: Map<string, OrganizationEntity>): Promise<Map<string, EventEntity>> {
    const seeds = this.records.events;
    const byKey = await this.upsert(
      Event,
      seeds,
      'externalKey',
      (s) => s.key,
      (s) => ({
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        startsOn: s.startsOn ?? null,
        partOfDayZh: s.partOfDayZh ?? null,
        partOfDayEn: s.partOfDayEn ?? null,
        venueZh: s.venueZh ?? null,
        venueEn: s.venueEn ?? null,
        sector: s.sector ? this.em.getReference(Sector, s.sector) : null,
        themeZh: s.themeZh ?? null,
        themeEn: s.themeEn ?? null,
      }),
      ['participants'],
    );
    for (const s of seeds) {
      const event = byKey.get(s.key)!;
      const parent = s.parentKey ? required(byKey, s.parentKey, `event ${s.key}`) : null;
      this.em.assign(event, { parent });
      const wanted = (s.participants ?? []).map((p, position) => ({
        organization: p.organizationKey ? required(orgs, p.organizationKey, `event ${s.key}`) : null,
        country: p.country ?? null,
        role: p.role,
        descriptionZh: p.descriptionZh ?? null,
        descriptionEn: p.descriptionEn ?? null,
        andOthers: p.andOthers ?? false,
        position,
      }));
      const current = event.participants.getItems();
      const same =
        current.length === wanted.length &&
        wanted.every((w, i) => {
          const c = current.find((x) => x.position === i);
          return (
            !!c &&
            (c.organization?.id ?? null) === (w.organization?.id ?? null) &&
            c.country === w.country &&
            c.role === w.role &&
            c.descriptionZh === w.descriptionZh &&
            c.descriptionEn === w.descriptionEn &&
            c.andOthers === w.andOthers
          );
        });
      if (!same) {
        event.participants.removeAll();
        for (const w of wanted) event.participants.add(this.em.create(EventParticipant, { ...w, event }));
      }
    }
    await this.flush();
    for (const s of seeds) await this.cite('Event', byKey.get(s.key)!.id, s.citations);
    return byKey;
  }

  private async loadTenancies(parks: Map<string, ParkEntity>, orgs: Map<string, OrganizationEntity>) {
    const seeds = this.records.tenancies;
    const byKey = await this.upsert(
      Tenancy,
      seeds,
      'externalKey',
      (s) => s.key,
      (s) => ({
        organization: required(orgs, s.organizationKey, `tenancy ${s.key}`),
        park: required(parks, s.parkSlug, `tenancy ${s.key}`),
        status: s.status,
        signedOn: s.signedOn ?? null,
        movedInOn: s.movedInOn ?? null,
        leasedAreaM2: s.leasedAreaM2 ?? null,
      }),
    );
    await this.flush();
    for (const s of seeds) await this.cite('Tenancy', byKey.get(s.key)!.id, s.citations);
  }

  private async loadDeals(parks: Map<string, ParkEntity>, orgs: Map<string, OrganizationEntity>, events: Map<string, EventEntity>) {
    const seeds = this.records.deals;
    const byKey = await this.upsert(
      Deal,
      seeds,
      'externalKey',
      (s) => s.key,
      (s) => ({
        kind: s.kind,
        titleZh: s.titleZh,
        titleEn: s.titleEn,
        signedOn: s.signedOn,
        park: s.parkSlug ? required(parks, s.parkSlug, `deal ${s.key}`) : null,
        event: s.eventKey ? required(events, s.eventKey, `deal ${s.key}`) : null,
        unnamedPartyCount: s.unnamedPartyCount,
        namedPartyCount: s.parties.length,
      }),
      ['parties'],
    );
    for (const s of seeds) {
      const deal = byKey.get(s.key)!;
      await this.money.assignMoney(deal, 'value', this.toMinor(s.value), s.signedOn);
      const wanted = s.parties.map((p, i) => ({ org: required(orgs, p.organizationKey, `deal ${s.key}`), role: p.role, position: i }));
      const current = deal.parties.getItems();
      const same =
        current.length === wanted.length &&
        wanted.every((w) => current.some((c) => c.organization.id === w.org.id && c.role === w.role && c.position === w.position));
      if (!same) {
        // Delete the old parties first: a party kept with another role would otherwise collide with its old row.
        deal.parties.removeAll();
        await this.flush();
        for (const w of wanted) deal.parties.add(this.em.create(DealParty, { deal, organization: w.org, role: w.role, position: w.position }));
      }
    }
    await this.flush();
    for (const s of seeds) await this.cite('Deal', byKey.get(s.key)!.id, s.citations);
  }

  /** Makes a record's citations equal the seed's, rewriting them only when they differ. */
  private async cite(subjectType: string, subjectId: number, citations: SeedCitation[]) {
    const wanted = citations.map((c, position) => ({
      quote: c.quote,
      fields: [...new Set(c.fields.map(graphqlFieldOf))],
      position,
    }));
    const current = await this.em.find(Citation, { subjectType, subjectId }, { orderBy: { position: 'asc', id: 'asc' } });
    const same =
      current.length === wanted.length &&
      current.every((c, i) => c.source.id === this.source.id && c.quote === wanted[i].quote && JSON.stringify(c.fields) === JSON.stringify(wanted[i].fields));
    if (same) return;
    current.forEach((c) => this.em.remove(c));
    for (const w of wanted) this.em.create(Citation, { ...w, source: this.source, subjectType, subjectId });
    await this.flush();
  }
}

function required<T>(map: Map<string, T>, key: string, where: string): T {
  const value = map.get(key);
  if (!value) throw new Error(`${where}: unknown reference "${key}"`);
  return value;
}
