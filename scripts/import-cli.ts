// `npm run import -- FILE --kind investments [--dry-run] [--as OFFICER_EMAIL]`: imports a spreadsheet (XLSX or CSV)
// into DATABASE_URL with the same checks, all-or-nothing write and audit as the web page's upload, recorded as an
// import job. Without --as the records are written by "command line". A progress bar on a terminal, a line every few
// seconds otherwise; then the report.
//
// Exit codes: 0 imported (or, with --dry-run, the file would import), 1 refused (a bad file or bad rows: nothing
// written), 2 usage or configuration, 3 failed on the way (nothing written).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import type { MikroORM } from '@mikro-orm/core';
import { ConfigError, loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/clock.js';
import { openDatabase } from '../server/src/db/orm.js';
import { Officer } from '../server/src/modules/access/access.entities.js';
import { COMMAND_LINE } from '../server/src/modules/access/access.service.js';
import { ImportJobs, type ReportedProblem } from '../server/src/modules/imports/import-jobs.js';
import { IMPORT_KINDS, type ImportKind } from '../server/src/modules/imports/import-types.js';

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

const USAGE = `usage: npm run import -- FILE --kind ${IMPORT_KINDS.join('|')} [--dry-run] [--as OFFICER_EMAIL]`;
/** How many problems the terminal shows (the job keeps every one: GET /import/jobs/:id/report.csv). */
const SHOWN = 200;

interface Args {
  file: string;
  kind: ImportKind;
  dryRun: boolean;
  as: string | null;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null;
  let kind: string | null = null;
  let as: string | null = null;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') dryRun = true;
    else if (a === '--kind') kind = argv[++i] ?? null;
    else if (a.startsWith('--kind=')) kind = a.slice('--kind='.length);
    else if (a === '--as') as = argv[++i] ?? null;
    else if (a.startsWith('--as=')) as = a.slice('--as='.length);
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === null) file = a;
    else return 'one file at a time';
  }
  if (!file) return 'name the file to import';
  const known = IMPORT_KINDS.find((k) => k === kind);
  if (!known) return `--kind must be one of ${IMPORT_KINDS.join(', ')}`;
  return { file, kind: known, dryRun, as };
}

/** A progress bar on a terminal (cli-progress), a plain line every few seconds otherwise. */
function progressOf(out: Output) {
  const bar = out.isTTY
    ? new cliProgress.SingleBar(
        { format: '{phase} [{bar}] {value}/{total} rows, {duration}s', stream: out as NodeJS.WritableStream, hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let phase: string | null = null;
  let lastLine = 0;
  return {
    report(p: 'CHECKING' | 'WRITING', done: number, total: number) {
      const words = p === 'CHECKING' ? 'Checking' : 'Writing ';
      if (bar) {
        if (phase !== p) {
          if (phase) bar.stop();
          bar.start(total, done, { phase: words });
        } else bar.update(done);
      } else if (phase !== p || Date.now() - lastLine >= 5000 || done === total) {
        lastLine = Date.now();
        out.write(`${words.trim()}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows\n`);
      }
      phase = p;
    },
    stop() {
      bar?.stop();
    },
  };
}

/** Runs the command; returns its exit code. `orm` (tests) is used as given and left open. */
export async function main(argv: string[], io: { out: Output; err: Output; orm?: MikroORM } = { out: process.stdout, err: process.stderr }): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(args.file);
  } catch (err) {
    io.err.write(`Cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  let orm = io.orm;
  let timeZone = 'UTC';
  try {
    if (!orm) {
      const config = loadConfig();
      timeZone = config.TIME_ZONE;
      orm = await openDatabase(config.DATABASE_URL);
    }
  } catch (err) {
    io.err.write(`${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  try {
    let actor = { key: COMMAND_LINE.key, name: COMMAND_LINE.name };
    if (args.as) {
      const officer = await orm.em.fork().findOne(Officer, { email: args.as.trim().toLowerCase() });
      if (!officer || officer.disabledAt) {
        io.err.write(`No active officer has the e-mail address ${args.as}\n`);
        return 2;
      }
      actor = { key: `officer:${officer.id}`, name: officer.name };
    }
    const jobs = new ImportJobs(orm, systemClock(timeZone));
    const staged = await jobs.stage({ kind: args.kind, fileName: basename(args.file), dryRun: args.dryRun, actor, content: bytes });
    const progress = progressOf(io.out);
    const job = await jobs.run(staged.id, `cli-import-${staged.id}`, (phase, done, total) => progress.report(phase, done, total));
    progress.stop();
    if (!job) throw new Error('the import job vanished');
    const n = (x: number) => x.toLocaleString('en');
    if (job.state === 'DONE') {
      const verb = args.dryRun ? 'Checked (dry run, nothing written): would create' : 'Imported: created';
      io.out.write(
        `${verb} ${n(job.created)}, ${args.dryRun ? 'update' : 'updated'} ${n(job.updated)}, unchanged ${n(job.unchanged)} of ${n(job.rows)} rows (job ${job.id}).\n`,
      );
      return 0;
    }
    if (job.state === 'REFUSED') {
      if (job.fileError) {
        io.err.write(`Refused (${job.fileError.code}): ${job.fileError.message}\nNothing was written.\n`);
        return 1;
      }
      const problems = (job.problems ?? []) as ReportedProblem[];
      io.err.write(`Refused: ${n(job.problemCount)} problems in ${n(job.rows)} rows; nothing was written.\n`);
      for (const p of problems.slice(0, SHOWN)) {
        io.err.write(`  ${p.sheet} row ${p.line}${p.header ? `, column "${p.header}"` : ''}: ${p.code}: ${p.message}\n`);
      }
      if (problems.length > SHOWN) io.err.write(`  … and ${n(problems.length - SHOWN)} more (the job's report lists all: job ${job.id}).\n`);
      return 1;
    }
    io.err.write(`Failed: ${job.fileError?.message ?? 'unknown error'}\n`);
    return 3;
  } finally {
    if (!io.orm) await orm.close(true);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await main(process.argv.slice(2)));
