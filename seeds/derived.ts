// What is derived from the records (the statistics summaries, the data version) around a bulk change to the base
// tables (seed, demo replacement, --remove-demo): their triggers are dropped inside the bulk transaction, the summaries
// rebuilt, the data version bumped once and one BULK change per record type logged (change-log.ts) before it commits,
// so a million rows are not added up one trigger at a time and nobody ever reads a summary, or a cached answer, or the
// change feed out of step.
import { resumeDataVersion, suspendDataVersion } from '../server/src/db/data-version.js';
import { resumeChangeLog, suspendChangeLog } from '../server/src/modules/changes/change-log.js';
import { rebuildSummaries, suspendSummaries } from '../server/src/modules/stats/summary.js';
import type { BulkWriter } from './bulk.js';

/** Before the bulk change, inside its transaction. */
export async function beforeBulkChange(w: BulkWriter): Promise<void> {
  await suspendSummaries((sql) => w.query(sql), w.dialect);
  await suspendDataVersion((sql) => w.query(sql), w.dialect);
  await suspendChangeLog((sql) => w.query(sql), w.dialect);
}

/** After the bulk change, inside the same transaction, before it commits. */
export async function afterBulkChange(w: BulkWriter): Promise<void> {
  await rebuildSummaries((sql) => w.query(sql), w.dialect);
  await resumeDataVersion((sql) => w.query(sql), w.dialect);
  await resumeChangeLog((sql) => w.query(sql), w.dialect);
}
