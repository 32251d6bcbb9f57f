// The one call after a bulk change to the base tables (seed, demo replacement, --remove-demo): tables derived
// from them (statistics summaries) are rebuilt here, so every bulk path keeps them in step.
import type { EntityManager } from '@mikro-orm/knex';

/** Rebuilds the derived tables after a bulk load or removal. Nothing is derived yet: the statistics summaries hook in here. */
export async function afterBulkLoad(em: EntityManager): Promise<void> {
  void em;
  await Promise.resolve();
}
