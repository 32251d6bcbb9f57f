// Tables derived from the records (the statistics summaries) around a bulk change to the base tables (seed, demo
// replacement, --remove-demo): their triggers are dropped inside the bulk transaction and the summaries rebuilt before
// it commits, so a million rows are not added up one trigger at a time and nobody ever reads a summary out of step.
import { rebuildSummaries, suspendSummaries } from '../server/src/modules/stats/summary.js';
import type { BulkWriter } from './bulk.js';

/** Before the bulk change, inside its transaction. */
export async function beforeBulkChange(w: BulkWriter): Promise<void> {
  await suspendSummaries((sql) => w.query(sql), w.dialect);
}

/** After the bulk change, inside the same transaction, before it commits. */
export async function afterBulkChange(w: BulkWriter): Promise<void> {
  await rebuildSummaries((sql) => w.query(sql), w.dialect);
}
