// Loads (or removes) the DEMO dataset. Loading is idempotent: a database that has it already is left alone.
// Rows go in with bulk inserts in chunks, so the default 3,300 records load in about a second.
import type { EntityManager as CoreEntityManager, EntitySchema, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { toNumber } from '../../server/src/db/numbers.js';
import { Deal, DealParty } from '../../server/src/modules/deals/deal.entity.js';
import { Investment } from '../../server/src/modules/investments/investment.entity.js';
import { toMinor } from '../../server/src/modules/money/money.js';
import { MoneyService } from '../../server/src/modules/money/money.service.js';
import { Organization, OrganizationSector } from '../../server/src/modules/organizations/organization.entity.js';
import { Park } from '../../server/src/modules/parks/park.entity.js';
import { Tenancy } from '../../server/src/modules/tenancies/tenancy.entity.js';
import { generateDemo, type DemoMoney, type DemoSizes } from './demo-data.js';

export interface DemoLoadResult {
  skipped: boolean;
  organizations: number;
  tenancies: number;
  investments: number;
  deals: number;
}

const CHUNK = 400;

export async function loadDemoData(coreEm: CoreEntityManager, options: { seed?: number; sizes?: Partial<DemoSizes> } = {}): Promise<DemoLoadResult> {
  const em = coreEm as EntityManager;
  return em.transactional(async (tx) => {
    if (await tx.count(Organization, { verification: 'DEMO' })) {
      return { skipped: true, organizations: 0, tenancies: 0, investments: 0, deals: 0 };
    }
    const parks = await tx.find(Park, {}, { orderBy: { id: 'asc' } });
    // Demo tenants, investments and deals go to places with land or sheds: parks that hold no other parks (not the
    // zone as a whole) and are not platforms (a liaison point or the 上合码 credit initiative takes no tenants).
    const parents = new Set(parks.map((p) => p.parent?.id).filter((id) => id != null));
    const data = generateDemo({ ...options, parks: parks.filter((p) => !parents.has(p.id) && p.kind !== 'PLATFORM') });
    const parkId = new Map(parks.map((p) => [p.slug, p.id]));
    const money = new MoneyService(tx);
    const now = new Date();
    const demo = { verification: 'DEMO', version: 1, createdAt: now, updatedAt: now };
    const columns = async (prefix: string, m: DemoMoney | null, date: string | null) => {
      const row: Record<string, unknown> = {};
      await money.assignMoney(row, prefix, m ? { minor: toMinor(m.amount, m.currency), currency: m.currency } : null, date);
      return row;
    };

    await insertChunks(
      tx,
      Organization,
      data.organizations.map((o) => ({ ...demo, externalKey: o.key, nameZh: o.nameZh, nameEn: o.nameEn, country: o.country, kind: o.kind })),
    );
    const orgId = await idsByExternalKey(tx, 'organization');
    await insertChunks(
      tx,
      OrganizationSector,
      data.organizations.flatMap((o) => o.sectors.map((sector) => ({ organization: orgId.get(o.key), sector }))),
    );
    await insertChunks(
      tx,
      Tenancy,
      data.tenancies.map((t) => ({
        ...demo,
        externalKey: t.key,
        organization: orgId.get(t.organizationKey),
        park: parkId.get(t.parkSlug),
        status: t.status,
        signedOn: t.signedOn,
        movedInOn: t.movedInOn,
        exitedOn: t.exitedOn,
        leasedAreaM2: t.leasedAreaM2,
      })),
    );
    const investments = [];
    for (const i of data.investments) {
      investments.push({
        ...demo,
        externalKey: i.key,
        organization: i.organizationKey ? orgId.get(i.organizationKey) : null,
        park: parkId.get(i.parkSlug),
        sector: i.sector,
        stage: i.stage,
        announcedOn: i.announcedOn,
        expectedJobs: i.expectedJobs,
        ...(await columns('amount', i.amount, i.announcedOn)),
        ...(await columns('expectedAnnualOutput', i.expectedAnnualOutput, i.announcedOn)),
      });
    }
    await insertChunks(tx, Investment, investments);
    const deals = [];
    for (const d of data.deals) {
      deals.push({
        ...demo,
        externalKey: d.key,
        kind: d.kind,
        titleZh: d.titleZh,
        titleEn: d.titleEn,
        signedOn: d.signedOn,
        park: d.parkSlug ? parkId.get(d.parkSlug) : null,
        unnamedPartyCount: d.unnamedPartyCount,
        ...(await columns('value', d.value, d.signedOn)),
      });
    }
    await insertChunks(tx, Deal, deals);
    const dealId = await idsByExternalKey(tx, 'deal');
    await insertChunks(
      tx,
      DealParty,
      data.deals.flatMap((d) =>
        d.parties.map((p, position) => ({ deal: dealId.get(d.key), organization: orgId.get(p.organizationKey), role: p.role, position })),
      ),
    );
    return {
      skipped: false,
      organizations: data.organizations.length,
      tenancies: data.tenancies.length,
      investments: data.investments.length,
      deals: data.deals.length,
    };
  });
}

/** Deletes every DEMO record (and the rows hanging off them), leaving VERIFIED and RECORDED data alone. */
export async function removeDemoData(coreEm: CoreEntityManager): Promise<number> {
  const em = coreEm as EntityManager;
  return em.transactional(async (tx) => {
    const demo = { verification: 'DEMO' } as const;
    let removed = await tx.nativeDelete(DealParty, { deal: demo });
    removed += await tx.nativeDelete(DealParty, { organization: demo });
    removed += await tx.nativeDelete(Deal, demo);
    removed += await tx.nativeDelete(Investment, demo);
    removed += await tx.nativeDelete(Tenancy, demo);
    removed += await tx.nativeDelete(OrganizationSector, { organization: demo });
    removed += await tx.nativeDelete(Organization, demo);
    return removed;
  });
}

async function insertChunks<T extends object>(em: EntityManager, entity: EntitySchema<T, never>, rows: object[]): Promise<void> {
  // The generated rows are plain column data for the entity (built above, checked by the demo tests).
  for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany<T>(entity, rows.slice(i, i + CHUNK) as RequiredEntityData<T>[]);
}

/** The ids of a table's DEMO rows by their external key (bulk inserts do not return every id on SQLite). */
async function idsByExternalKey(em: EntityManager, table: 'organization' | 'deal'): Promise<Map<string, number>> {
  const rows: { id: unknown; k: string }[] = await em
    .getConnection()
    .execute(em.getKnex()(table).select({ id: 'id', k: 'external_key' }).where('verification', 'DEMO'), [], 'all', em.getTransactionContext());
  return new Map(rows.map((r) => [r.k, toNumber(r.id)]));
}
