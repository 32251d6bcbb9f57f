import type { EntityManager } from '@mikro-orm/knex';
import { Deal, DealParty, type DealPartyEntity } from './deal.entity.js';

export interface SettlementSignings {
  enterprises: number;
  named: number;
  contracts: number;
  includesDemo: boolean;
}

/**
 * Per park, the enterprises its settlement (入驻) contracts record as signing: named TENANT parties plus the unnamed
 * counterparties (厦门国贸等6家企业 = 1 named + 5 unnamed); null for a park no settlement contract names. Two queries.
 */
export async function findSettlementSignings(em: EntityManager, parkIds: readonly number[]): Promise<(SettlementSignings | null)[]> {
  const deals = await em.find(
    Deal,
    { kind: 'SETTLEMENT_CONTRACT', park: { $in: [...parkIds] } },
    { fields: ['id', 'park', 'unnamedPartyCount', 'verification'] },
  );
  const tenants = deals.length ? await em.find(DealParty, { deal: { $in: deals.map((d) => d.id) }, role: 'TENANT' }, { fields: ['id', 'deal'] }) : [];
  return parkIds.map((parkId) => {
    const mine = deals.filter((d) => d.park?.id === parkId);
    if (!mine.length) return null;
    const named = tenants.filter((t) => mine.some((d) => d.id === t.deal.id)).length;
    return {
      enterprises: named + mine.reduce((sum, d) => sum + d.unnamedPartyCount, 0),
      named,
      contracts: mine.length,
      includesDemo: mine.some((d) => d.verification === 'DEMO'),
    };
  });
}

/** The named parties of several deals in one query, in signing order, grouped per deal. */
export async function findPartiesOfDeals(em: EntityManager, dealIds: readonly number[]): Promise<DealPartyEntity[][]> {
  const rows = await em.find(DealParty, { deal: { $in: [...dealIds] } }, { orderBy: { deal: 'asc', position: 'asc', id: 'asc' } });
  return dealIds.map((id) => rows.filter((r) => r.deal.id === id));
}
