import type { EntityManager } from '@mikro-orm/knex';
import { selectRows } from '../../db/select-rows.js';
import { DealParty, type DealPartyEntity } from './deal.entity.js';

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
  if (!parkIds.length) return [];
  // Counted by the database: loading the contracts and their parties to match them in code took minutes (and held
  // SQLite's synchronous driver) for a page of parks on the 100,000-deal set.
  const knex = em.getKnex();
  const contracts = knex('deal')
    .select(
      knex.raw('park_id as park'),
      knex.raw('count(*) as contracts'),
      knex.raw('sum(unnamed_party_count) as unnamed'),
      knex.raw("max(case when verification = 'DEMO' then 1 else 0 end) as demo"),
    )
    .where('kind', 'SETTLEMENT_CONTRACT')
    .whereIn('park_id', [...parkIds])
    .groupBy('park_id');
  const tenants = knex('deal_party as p')
    .join('deal as d', 'd.id', 'p.deal_id')
    .select(knex.raw('d.park_id as park'), knex.raw('count(*) as named'))
    .where('d.kind', 'SETTLEMENT_CONTRACT')
    .where('p.role', 'TENANT')
    .whereIn('d.park_id', [...parkIds])
    .groupBy('d.park_id');
  const counted = await selectRows<{ park: number | string; contracts: number | string; unnamed: number | string | null; demo: number | string }>(
    em,
    contracts,
  );
  const named = new Map((await selectRows<{ park: number | string; named: number | string }>(em, tenants)).map((r) => [Number(r.park), Number(r.named)]));
  const byPark = new Map(counted.map((r) => [Number(r.park), r]));
  return parkIds.map((parkId) => {
    const row = byPark.get(parkId);
    if (!row || !Number(row.contracts)) return null;
    const n = named.get(parkId) ?? 0;
    return { enterprises: n + Number(row.unnamed ?? 0), named: n, contracts: Number(row.contracts), includesDemo: Number(row.demo) > 0 };
  });
}

/** The named parties of several deals in one query, in signing order, grouped per deal. */
export async function findPartiesOfDeals(em: EntityManager, dealIds: readonly number[]): Promise<DealPartyEntity[][]> {
  const rows = await em.find(DealParty, { deal: { $in: [...dealIds] } }, { orderBy: { deal: 'asc', position: 'asc', id: 'asc' } });
  return dealIds.map((id) => rows.filter((r) => r.deal.id === id));
}
