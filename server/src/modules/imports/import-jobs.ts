// Import jobs: an uploaded file staged as a row of import_job (its bytes kept there until it is processed, so any
// server and a restart see the job), then read, checked and written in the background of the request that staged it,
// the row telling the page where it stands. The same steps serve the command line (`npm run import`).
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { checkImport, type ImportPlan } from './import-check.js';
import { readImportFile } from './import-file.js';
import { ImportJob, type ImportJobEntity, type ImportJobState } from './import-job.entity.js';
import { ImportFileError, type ImportFile, type ImportKind, type ImportProblem } from './import-types.js';
import { ImportConflict, writeImport, type ImportActor, type WriteResult } from './import-writer.js';

/** PostgreSQL: a job still running after this long at another process's start-up is taken for interrupted. */
export const STALE_AFTER_MS = 6 * 3600_000;

/** How many problems a job's JSON carries (the CSV report has every one). */
export const JOB_PROBLEMS_SHOWN = 1000;

/** A problem as reported: the column key and the header the person sees in their file. */
export interface ReportedProblem extends ImportProblem {
  header: string | null;
}

/** What GET /import/jobs/:id answers. */
export interface JobJson {
  id: number;
  kind: ImportKind;
  fileName: string;
  dryRun: boolean;
  state: ImportJobState;
  rows: number;
  checked: number;
  written: WriteResult;
  fileError: { code: string; message: string; where: Record<string, unknown> } | null;
  problems: ReportedProblem[];
  problemCount: number;
  createdAt: string;
  finishedAt: string | null;
}

export function jobJson(job: ImportJobEntity): JobJson {
  const problems = (job.problems ?? []) as ReportedProblem[];
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    dryRun: job.dryRun,
    state: job.state,
    rows: job.rows,
    checked: job.checked,
    written: { created: job.created, updated: job.updated, unchanged: job.unchanged },
    fileError: job.fileError ?? null,
    problems: problems.slice(0, JOB_PROBLEMS_SHOWN),
    problemCount: job.problemCount,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
  };
}

/** The outcome of one file: refused (a file error or problems), or checked (dry run) or written. */
export type ImportOutcome =
  { state: 'REFUSED'; rows: number; fileError: ImportFileError | null; problems: ReportedProblem[] } | { state: 'DONE'; rows: number; written: WriteResult };

/** The problems with each column's header as written in the file. */
function reported(file: ImportFile, problems: ImportProblem[]): ReportedProblem[] {
  const headers = (sheet: string) => (file.parties && sheet === file.parties.name ? file.parties.headers : file.records.headers);
  return problems.map((p) => ({ ...p, header: p.column === null ? null : (headers(p.sheet)[p.column] ?? p.column) }));
}

/**
 * Reads, checks and (unless a dry run) writes one file. `progress` hears the phase and how many rows are done.
 * Nothing is written unless every row is valid.
 */
export async function importFile(
  orm: MikroORM,
  bytes: Buffer,
  o: {
    kind: ImportKind;
    fileName: string;
    dryRun: boolean;
    actor: ImportActor;
    clock: Clock;
    requestId: string;
    jobId: number;
    progress?: (phase: 'CHECKING' | 'WRITING', done: number, total: number) => void;
  },
): Promise<ImportOutcome> {
  let file: ImportFile;
  try {
    file = await readImportFile(bytes, o.fileName, o.kind);
  } catch (err) {
    if (err instanceof ImportFileError) return { state: 'REFUSED', rows: 0, fileError: err, problems: [] };
    throw err;
  }
  const rows = file.records.rows.length + (file.parties?.rows.length ?? 0);
  const total = file.records.rows.length;
  o.progress?.('CHECKING', 0, total);
  const plan: ImportPlan = await checkImport(orm.em.fork() as EntityManager, file, (n) => o.progress?.('CHECKING', n, total));
  if (plan.problems.length) return { state: 'REFUSED', rows, fileError: null, problems: reported(file, plan.problems) };
  if (o.dryRun) return { state: 'DONE', rows, written: plan.counts };
  const changing = plan.rows.filter((r) => r.action !== 'unchanged').length;
  o.progress?.('WRITING', 0, changing);
  try {
    const written = await writeImport(orm.em.fork() as EntityManager, plan, {
      actor: o.actor,
      requestId: o.requestId,
      clock: o.clock,
      job: { id: o.jobId, fileName: o.fileName },
      progress: (n) => o.progress?.('WRITING', n, changing),
    });
    return { state: 'DONE', rows, written };
  } catch (err) {
    if (err instanceof ImportConflict) return { state: 'REFUSED', rows, fileError: null, problems: reported(file, err.problems) };
    throw err;
  }
}

export class ImportJobs {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {}

  private em() {
    return this.orm.em.fork() as EntityManager;
  }

  /** Stages a file as a job in CHECKING; `run` processes it. */
  async stage(o: { kind: ImportKind; fileName: string; dryRun: boolean; actor: ImportActor; content: Buffer }): Promise<ImportJobEntity> {
    const em = this.em();
    const job = em.create(ImportJob, {
      kind: o.kind,
      fileName: o.fileName,
      actor: o.actor.key,
      actorName: o.actor.name,
      dryRun: o.dryRun,
      state: 'CHECKING',
      problems: null,
      fileError: null,
      content: null,
      createdAt: this.clock.now(),
    });
    await em.flush();
    // The file's bytes beside the row (a lazy column: polling the job never reads them).
    await em.nativeUpdate(ImportJob, { id: job.id }, { content: o.content });
    return job;
  }

  /**
   * At start-up: jobs left CHECKING or WRITING by a process that stopped (a crash, a kill) are FAILED, so their page
   * stops waiting; their transaction never committed, so nothing of them was written. On SQLite the server is the
   * database's one process, so every such job was interrupted; on PostgreSQL other processes may be running theirs,
   * so only jobs older than `STALE_AFTER_MS` count. Returns how many were marked.
   */
  async failInterrupted(dialect: 'sqlite' | 'postgresql'): Promise<number> {
    const now = this.clock.now();
    const where = {
      state: { $in: ['CHECKING', 'WRITING'] as ImportJobState[] },
      ...(dialect === 'postgresql' ? { createdAt: { $lt: new Date(now.getTime() - STALE_AFTER_MS) } } : {}),
    };
    const fileError = {
      code: 'INTERRUPTED',
      message: 'The server stopped while this file was being imported; nothing was written. Import it again.',
      where: {},
    };
    const marked = await this.em().nativeUpdate(ImportJob, where, { state: 'FAILED', fileError, finishedAt: now, content: null });
    if (marked) this.logger?.warn({ importJobs: marked }, 'import jobs interrupted by a stop marked FAILED');
    return marked;
  }

  async get(id: number): Promise<ImportJobEntity | null> {
    return this.em().findOne(ImportJob, { id });
  }

  /**
   * Processes a staged job to its end (REFUSED, DONE or FAILED); never throws. `onProgress` hears the phase and the
   * rows done (the command line's progress bar).
   */
  async run(id: number, requestId: string, onProgress?: (phase: 'CHECKING' | 'WRITING', done: number, total: number) => void): Promise<ImportJobEntity | null> {
    const em = this.em();
    const job = await em.findOne(ImportJob, { id }, { populate: ['content'] });
    const bytes = job?.content?.unwrap();
    if (!job || job.state !== 'CHECKING' || !bytes) return job;
    const content = Buffer.from(bytes);
    // Progress on the row at most once a second (the page polls it), never waiting for the write.
    let lastSaved = 0;
    let saving: Promise<unknown> = Promise.resolve();
    const progress = (phase: 'CHECKING' | 'WRITING', done: number, total: number) => {
      onProgress?.(phase, done, total);
      const now = Date.now();
      if (now - lastSaved < 1000) return;
      lastSaved = now;
      const values = phase === 'CHECKING' ? { state: phase, rows: total, checked: done } : { state: phase, checked: job.rows || total };
      saving = saving.then(() => this.em().nativeUpdate(ImportJob, { id }, values)).catch(() => undefined);
    };
    try {
      const outcome = await importFile(this.orm, content, {
        kind: job.kind,
        fileName: job.fileName,
        dryRun: job.dryRun,
        actor: { key: job.actor, name: job.actorName },
        clock: this.clock,
        requestId,
        jobId: job.id,
        progress,
      });
      await saving;
      job.rows = outcome.rows;
      job.checked = outcome.rows;
      job.state = outcome.state;
      if (outcome.state === 'REFUSED') {
        job.fileError = outcome.fileError ? { code: outcome.fileError.code, message: outcome.fileError.message, where: { ...outcome.fileError.where } } : null;
        job.problems = outcome.problems;
        job.problemCount = outcome.problems.length;
      } else {
        Object.assign(job, outcome.written);
        job.problems = [];
      }
    } catch (err) {
      await saving;
      this.logger?.error({ err, requestId, importJob: id }, 'import failed');
      job.state = 'FAILED';
      job.fileError = { code: 'INTERNAL', message: 'The import failed on the server; nothing was written. Try again, or tell the administrator.', where: {} };
    }
    job.finishedAt = this.clock.now();
    await em.flush();
    await em.nativeUpdate(ImportJob, { id }, { content: null });
    return job;
  }
}
