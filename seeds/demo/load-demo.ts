// Loads (or removes) the DEMO dataset. The records stream from the generator into bulk writes (prepared multi-row
// INSERTs on SQLite, COPY on PostgreSQL) in one transaction, so memory stays flat however many are asked for.
// At start-up loading is idempotent (a database that has the demo set keeps it); the CLI replaces it instead.
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { toNumber } from '../../server/src/db/numbers.js';
import { Deal, DealParty } from '../../server/src/modules/deals/deal.entity.js';
import { Investment } from '../../server/src/modules/investments/investment.entity.js';
import { toMinor } from '../../server/src/modules/money/money.js';
import { MoneyService } from '../../server/src/modules/money/money.service.js';
import { Organization } from '../../server/src/modules/organizations/organization.entity.js';
import { Park } from '../../server/src/modules/parks/park.entity.js';
import { Tenancy } from '../../server/src/modules/tenancies/tenancy.entity.js';
import { openBulkWriter, type BulkValue, type BulkWriter } from '../bulk.js';
import { afterBulkChange, beforeBulkChange } from '../derived.js';
import { DEFAULT_DEMO_SIZES, demoRecords, type DemoMoney, type DemoSizes } from './demo-data.js';

export interface DemoLoadResult {
  skipped: boolean;
  organizations: number;
  tenancies: number;
  investments: number;
  deals: number;
}

/** The DEMO records of each kind in the database. */
export interface DemoCounts {
  organizations: number;
  tenancies: number;
  investments: number;
  deals: number;
}

export interface DemoProgress {
  /** Records written so far (every kind), and how many there will be. */
  done: number;
  total: number;
  /** The kind being written now. */
  stage: keyof DemoSizes;
}

export interface DemoLoadOptions {
  seed?: number;
  sizes?: Partial<DemoSizes>;
  /** Replace a demo set already present (after `onReplace` is told what goes); otherwise leave it and skip. */
  replace?: boolean;
  onReplace?: (present: DemoCounts) => void;
  onProgress?: (progress: DemoProgress) => void;
  /** From this many records of a kind, its table's secondary indexes are dropped during the load and built after. */
  suspendIndexesFrom?: number;
}

const STAGE = { organization: 'organizations', tenancy: 'tenancies', investment: 'investments', deal: 'deals' } as const;
const PROGRESS_EVERY = 5_000;
/** The default of DemoLoadOptions.suspendIndexesFrom: below it, keeping the indexes up to date costs less. */
const SUSPEND_INDEXES_FROM = 100_000;

const DEMO_TABLES = { organizations: 'organization', tenancies: 'tenancy', investments: 'investment', deals: 'deal' } as const;

/** The tables a load writes, the order their rows go in, locked against other writers on PostgreSQL. */
const LOCKED = ['organization', 'organization_sector', 'tenancy', 'investment', 'deal', 'deal_party'];

export async function loadDemoData(coreEm: CoreEntityManager, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const em = (coreEm as EntityManager).fork();
  const sizes: DemoSizes = { ...DEFAULT_DEMO_SIZES, ...options.sizes };
  // Everything read through the ORM is read before the bulk writer takes a connection (SQLite's pool has one).
  const parks = await em.find(Park, {}, { orderBy: { id: 'asc' } });
  // Demo tenants, investments and deals go to places with land or sheds: parks that hold no other parks (not the
  // zone as a whole) and are not platforms (a liaison point or the 上合码 credit initiative takes no tenants).
  const parents = new Set(parks.map((p) => p.parent?.id).filter((id) => id != null));
  const places = parks.filter((p) => !parents.has(p.id) && p.kind !== 'PLATFORM');
  const parkId = new Map(parks.map((p) => [p.slug, p.id]));
  const usd = await new MoneyService(em).usdConverter();
  const money = (m: DemoMoney | null, date: string | null): BulkValue[] => {
    if (!m) return [null, null, null];
    const minor = toMinor(m.amount, m.currency);
    return [minor, m.currency, usd(minor, m.currency, date)];
  };

  // Column names come from the ORM's metadata, so they follow the entities.
  const columnsOf = (entity: { meta: { className: string } }, props: readonly string[]) => {
    const meta = em.getMetadata().get(entity.meta.className);
    return props.map((prop) => {
      const field = meta.properties[prop]?.fieldNames?.[0];
      if (!field) throw new Error(`${entity.meta.className} has no column for ${prop}`);
      return field;
    });
  };

  const w = await openBulkWriter(em, LOCKED);
  try {
    const present = await countDemo(w);
    if (present.organizations + present.tenancies + present.investments + present.deals > 0) {
      if (!options.replace) {
        await w.release();
        return { skipped: true, organizations: 0, tenancies: 0, investments: 0, deals: 0 };
      }
      options.onReplace?.(present);
    }
    await beforeBulkChange(w);
    await deleteDemo(w);

    const now = new Date();
    const demo: BulkValue[] = ['DEMO', 1, now, now];
    const recordColumns = ['externalKey', 'verification', 'version', 'createdAt', 'updatedAt'];
    const orgs = w.table('organization', columnsOf(Organization, ['id', ...recordColumns, 'nameZh', 'nameEn', 'country', 'kind'] as const));
    const orgSectors = w.table('organization_sector', ['organization_id', 'sector_code']);
    const tenancies = w.table(
      'tenancy',
      columnsOf(Tenancy, [...recordColumns, 'organization', 'park', 'status', 'signedOn', 'movedInOn', 'exitedOn', 'leasedAreaM2'] as const),
    );
    const investments = w.table(
      'investment',
      columnsOf(Investment, [
        ...recordColumns,
        'organization',
        'park',
        'sector',
        'stage',
        'announcedOn',
        'expectedJobs',
        'amountMinor',
        'amountCurrency',
        'amountUsdMinor',
        'expectedAnnualOutputMinor',
        'expectedAnnualOutputCurrency',
        'expectedAnnualOutputUsdMinor',
      ] as const),
    );
    const deals = w.table(
      'deal',
      columnsOf(Deal, [
        'id',
        ...recordColumns,
        'kind',
        'titleZh',
        'titleEn',
        'signedOn',
        'park',
        'unnamedPartyCount',
        'namedPartyCount',
        'valueMinor',
        'valueCurrency',
        'valueUsdMinor',
      ] as const),
    );
    const parties = w.table('deal_party', columnsOf(DealParty, ['deal', 'organization', 'role', 'position'] as const));

    // Organizations and deals get their ids here (a reserved range), so their links need no reading back.
    let nextOrgId = await w.reserveIds('organization', sizes.organizations);
    let nextDealId = await w.reserveIds('deal', sizes.deals);
    const orgId = new Map<string, number>();
    const total = sizes.organizations + sizes.tenancies + sizes.investments + sizes.deals;
    let done = 0;
    const place = (slug: string) => {
      const id = parkId.get(slug);
      if (id == null) throw new Error(`demo data names an unknown park ${slug}`);
      return id;
    };
    const org = (key: string) => {
      const id = orgId.get(key);
      if (id == null) throw new Error(`demo data names an unknown organization ${key}`);
      return id;
    };
    // The generator makes each kind in turn; a kind's tables are finished before the next kind starts.
    const tablesOf = { organization: [orgs, orgSectors], tenancy: [tenancies], investment: [investments], deal: [deals, parties] };
    let current: keyof typeof tablesOf = 'organization';

    // A kind with many records is written without its table's secondary indexes, which are built once at its end.
    const largeTable = { organization: 'organization', tenancy: 'tenancy', investment: 'investment', deal: 'deal' } as const;
    let restoreIndexes: (() => Promise<void>) | undefined;
    const startKind = async (type: keyof typeof tablesOf) => {
      if (sizes[STAGE[type]] >= (options.suspendIndexesFrom ?? SUSPEND_INDEXES_FROM)) restoreIndexes = await w.suspendIndexes(largeTable[type]);
    };
    const endKind = async (type: keyof typeof tablesOf) => {
      for (const t of tablesOf[type]) await t.end();
      await restoreIndexes?.();
      restoreIndexes = undefined;
    };
    await startKind(current);

    for (const item of demoRecords({ seed: options.seed, sizes, parks: places })) {
      if (item.type !== current) {
        await endKind(current);
        current = item.type;
        await startKind(current);
      }
      if (item.type === 'organization') {
        const o = item.record;
        const id = nextOrgId++;
        orgId.set(o.key, id);
        await orgs.add([id, o.key, ...demo, o.nameZh, o.nameEn, o.country, o.kind]);
        for (const sector of o.sectors) await orgSectors.add([id, sector]);
      } else if (item.type === 'tenancy') {
        const t = item.record;
        await tenancies.add([t.key, ...demo, org(t.organizationKey), place(t.parkSlug), t.status, t.signedOn, t.movedInOn, t.exitedOn, t.leasedAreaM2]);
      } else if (item.type === 'investment') {
        const i = item.record;
        await investments.add([
          i.key,
          ...demo,
          i.organizationKey ? org(i.organizationKey) : null,
          place(i.parkSlug),
          i.sector,
          i.stage,
          i.announcedOn,
          i.expectedJobs,
          ...money(i.amount, i.announcedOn),
          ...money(i.expectedAnnualOutput, i.announcedOn),
        ]);
      } else {
        const d = item.record;
        const id = nextDealId++;
        await deals.add([
          id,
          d.key,
          ...demo,
          d.kind,
          d.titleZh,
          d.titleEn,
          d.signedOn,
          d.parkSlug ? place(d.parkSlug) : null,
          d.unnamedPartyCount,
          d.parties.length,
          ...money(d.value, d.signedOn),
        ]);
        for (const [position, p] of d.parties.entries()) await parties.add([id, org(p.organizationKey), p.role, position]);
      }
      if (++done % PROGRESS_EVERY === 0) options.onProgress?.({ done, total, stage: STAGE[item.type] });
    }
    await endKind(current);
    for (const t of [orgs, orgSectors, tenancies, investments, deals, parties]) await t.end();
    await afterBulkChange(w);
    await w.commit();
    options.onProgress?.({ done, total, stage: STAGE[current] });
  } finally {
    await w.release();
  }
  return { skipped: false, ...sizes };
}

/** Deletes every DEMO record (and the rows hanging off them), leaving VERIFIED and RECORDED data alone. */
export async function removeDemoData(coreEm: CoreEntityManager): Promise<number> {
  const em = (coreEm as EntityManager).fork();
  const w = await openBulkWriter(em, LOCKED);
  let removed: number;
  try {
    await beforeBulkChange(w);
    removed = await deleteDemo(w);
    await afterBulkChange(w);
    await w.commit();
  } finally {
    await w.release();
  }
  return removed;
}

/** How many DEMO records of each kind there are, read inside the bulk transaction. */
async function countDemo(w: BulkWriter): Promise<DemoCounts> {
  const counts = {} as DemoCounts;
  for (const [kind, table] of Object.entries(DEMO_TABLES) as [keyof DemoCounts, string][]) {
    const [row] = await w.query<{ n: unknown }>(`select count(*) as n from "${table}" where verification = 'DEMO'`);
    counts[kind] = toNumber(row.n);
  }
  return counts;
}

/** Deletes the DEMO records and what hangs off them; returns the rows deleted. */
async function deleteDemo(w: BulkWriter): Promise<number> {
  const rows = async (sql: string) => toNumber((await w.query<{ n: unknown }>(sql))[0].n);
  const removed = await rows(
    `select (select count(*) from deal_party where deal_id in (select id from deal where verification = 'DEMO') ` +
      `or organization_id in (select id from organization where verification = 'DEMO')) ` +
      `+ (select count(*) from organization_sector where organization_id in (select id from organization where verification = 'DEMO')) ` +
      `+ (select count(*) from deal where verification = 'DEMO') + (select count(*) from investment where verification = 'DEMO') ` +
      `+ (select count(*) from tenancy where verification = 'DEMO') + (select count(*) from organization where verification = 'DEMO') as n`,
  );
  await w.query(`delete from deal_party where deal_id in (select id from deal where verification = 'DEMO')`);
  await w.query(`delete from deal_party where organization_id in (select id from organization where verification = 'DEMO')`);
  await w.query(`delete from deal where verification = 'DEMO'`);
  await w.query(`delete from investment where verification = 'DEMO'`);
  await w.query(`delete from tenancy where verification = 'DEMO'`);
  await w.query(`delete from organization_sector where organization_id in (select id from organization where verification = 'DEMO')`);
  await w.query(`delete from organization where verification = 'DEMO'`);
  return removed;
}
