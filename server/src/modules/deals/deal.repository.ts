import type { EntityManager } from '@mikro-orm/knex';
import { DealParty, type DealPartyEntity } from './deal.entity.js';

/** The named parties of several deals in one query, in signing order, grouped per deal. */
export async function findPartiesOfDeals(em: EntityManager, dealIds: readonly number[]): Promise<DealPartyEntity[][]> {
  const rows = await em.find(DealParty, { deal: { $in: [...dealIds] } }, { orderBy: { deal: 'asc', position: 'asc', id: 'asc' } });
  return dealIds.map((id) => rows.filter((r) => r.deal.id === id));
}
