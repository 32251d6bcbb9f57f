import type { EntityManager } from '@mikro-orm/knex';
import { toNumber } from '../../db/numbers.js';

const PROVENANCED_TABLES = ['park', 'organization', 'tenancy', 'investment', 'deal', 'event'];

/** Rows per verification over every provenanced table, in one statement. */
export async function countByVerification(em: EntityManager): Promise<Record<string, number>> {
  const sql = PROVENANCED_TABLES.map((t) => `select verification, count(*) as c from ${t} group by verification`).join(' union all ');
  const rows: { verification: string; c: unknown }[] = await em.getConnection().execute(sql, [], 'all', em.getTransactionContext());
  const totals: Record<string, number> = { VERIFIED: 0, RECORDED: 0, DEMO: 0 };
  for (const r of rows) totals[r.verification] = (totals[r.verification] ?? 0) + toNumber(r.c);
  return totals;
}
