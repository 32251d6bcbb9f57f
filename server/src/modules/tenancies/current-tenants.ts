// The one definition of a park's current tenants, used by every figure that counts tenants (parkStats, tenancyStats
// with `on`, tenantSeries, the fit finder's neighbours): SQL only, so every count runs it in the database.
import type { Knex } from '@mikro-orm/knex';

/**
 * A tenancy (under `alias`) makes its organization a current tenant of its own park on `day` when it was signed on or
 * before that day (or its signing date is unknown) and had not exited by then: exited after the day, or no exit date
 * and not marked exited. Child parks are their own parks: nothing here adds a child's tenants to its parent.
 * Count `distinct organization_id` over the matching rows: two tenancies of one organization count once.
 */
export function currentTenancySql(alias: string, day: string): { sql: string; bindings: string[] } {
  const a = alias;
  return {
    // The signing condition as a CASE, which no index can serve: SQLite otherwise reads the signing-date index twice (an
    // OR of "is null" and "<=") and then every matching table row, 5 times slower over 50,000 tenancies than scanning a
    // covering index (tenancy_stats_*), which it picks once this term leaves it nothing better.
    sql: `((case when ${a}.signed_on is null or ${a}.signed_on <= ? then 1 else 0 end) = 1 and (${a}.exited_on > ? or (${a}.exited_on is null and ${a}.status <> 'EXITED')))`,
    bindings: [day, day],
  };
}

/** Restricts a query over tenancies (under `alias`) to those that make current tenants on `day`. */
export function whereCurrentTenancy<Q extends Knex.QueryBuilder>(query: Q, alias: string, day: string): Q {
  const { sql, bindings } = currentTenancySql(alias, day);
  return query.whereRaw(sql, bindings) as Q;
}
