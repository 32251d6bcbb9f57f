// The exchange-rate table shared by the requests of one data version. Every request that shows money in another
// currency reads the table, and loading its rows as ORM entities cost about 3 ms of CPU a request (a dozen rows): the
// table changes only with a write, and every committed write changes the data version (db/data-version.ts), so the
// table loaded for a version is the table of every request that reads that version.
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { loadRateTable, type RateTable } from './exchange-rate.repository.js';

export class RateTableCache {
  private held?: { version: string; table: Promise<RateTable> };

  /** `dataVersion`: the data version as the database holds it now (the response cache's batched reader). */
  constructor(
    private readonly orm: MikroORM,
    private readonly dataVersion: () => Promise<string>,
  ) {}

  /**
   * The rate table as of now: the one held for the current data version, or loaded afresh. Inside a transaction (a
   * write, which may have changed rates it has not committed) the transaction's own view is read instead.
   */
  async table(em: EntityManager): Promise<RateTable> {
    if (em.isInTransaction()) return loadRateTable(em);
    const version = await this.dataVersion();
    if (this.held?.version === version) return this.held.table;
    // Loaded in a context of its own: the entities are shared, read-only, by the requests of this version.
    const table = loadRateTable(this.orm.em.fork() as EntityManager);
    const held = { version, table };
    this.held = held;
    // A failed load is not kept: the next request tries again.
    table.catch(() => {
      if (this.held === held) this.held = undefined;
    });
    return table;
  }
}
