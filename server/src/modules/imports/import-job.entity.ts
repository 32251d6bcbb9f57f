import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { IMPORT_KINDS, type ImportKind } from './import-types.js';

export const IMPORT_JOB_STATES = ['CHECKING', 'WRITING', 'REFUSED', 'DONE', 'FAILED'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/**
 * One uploaded import file and what became of it: staged (the file's bytes kept in the row until it is processed, so
 * any server can see the job), checked, then written or refused. Officers poll it; no public list shows it.
 */
export const ImportJob = defineEntity({
  name: 'ImportJob',
  tableName: 'import_job',
  properties: {
    id: p.integer().primary().autoincrement(),
    kind: p.enum([...IMPORT_KINDS]).$type<ImportKind>(),
    fileName: p.string().length(255),
    /** The officer's actor key ("officer:3") and name, as audit rows name them. */
    actor: p.string().length(40).index(),
    actorName: p.string().length(200),
    dryRun: p.boolean(),
    state: p.enum([...IMPORT_JOB_STATES]).$type<ImportJobState>(),
    /** Data rows in the file (records and parties), once read. */
    rows: p.integer().default(0),
    /** Rows checked so far (the page's progress). */
    checked: p.integer().default(0),
    created: p.integer().default(0),
    updated: p.integer().default(0),
    unchanged: p.integer().default(0),
    /** Why the whole file was refused: {code, message, where}; null otherwise. */
    fileError: p.json<{ code: string; message: string; where: Record<string, unknown> }>().nullable(),
    /** Every problem found (ImportProblem[], with each column's header as written); empty when none. */
    problems: p.json<unknown[]>().nullable(),
    problemCount: p.integer().default(0),
    /** The file as uploaded, until it is processed (then cleared). */
    content: p.blob().nullable().lazy(),
    createdAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
  },
});
export type ImportJobEntity = InferEntity<typeof ImportJob>;
