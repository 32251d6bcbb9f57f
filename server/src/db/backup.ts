import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'libsql';
import pg from 'pg';
import { claimExclusive } from './locks.js';
import { APPLICATION_NAME, dialectOf } from './dialect.js';

/**
 * Backups and restores (npm run backup / npm run restore). SQLite: `VACUUM INTO` a copy, read in one transaction
 * while the server goes on writing (WAL), checked with `pragma integrity_check`. PostgreSQL: `pg_dump` in its custom
 * format (one snapshot) and `pg_restore`. A restore takes the database exclusively (refusing while any server or
 * other Parkscope process holds it, see locks.ts) and replaces it whole, atomically: SQLite renames a checked copy
 * over the file, PostgreSQL replays the dump in one transaction after dropping the schema.
 */

export class BackupError extends Error {
  constructor(
    readonly code: 'NO_DATABASE' | 'NOT_A_BACKUP' | 'CHECK_FAILED' | 'TOOL_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export interface BackupReport {
  file: string;
  bytes: number;
  /** `ok`, or what the check found. */
  check: string;
  /** SQLite's journal mode (a backup reads without stopping writers only in WAL). */
  journalMode?: string;
}

const SQLITE_HEADER = 'SQLite format 3\0';
const PG_DUMP_HEADER = 'PGDMP';

function sqliteFile(databaseUrl: string): string {
  const file = databaseUrl.slice('sqlite:'.length);
  if (file === ':memory:' || file === '') throw new BackupError('NO_DATABASE', 'an in-memory database has nothing to back up or restore');
  return resolve(file);
}

function header(file: string, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function fsyncPath(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A temporary name beside `file`, so the final rename stays on one file system. */
function besideTemp(file: string, tag: string): string {
  return join(dirname(file), `.${basename(file)}.${tag}-${process.pid}.tmp`);
}

/** `pragma integrity_check` of a SQLite file: `ok`, or its findings joined. */
export function sqliteIntegrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('pragma integrity_check').all() as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } catch (err) {
    // A file damaged beyond what the check reports (e.g. cut short) fails to open its schema.
    return err instanceof Error ? err.message : String(err);
  } finally {
    db.close();
  }
}

/** Writes a backup of the database to `file` (replacing it only once the copy is complete and checked). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupReport> {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  if (dialectOf(databaseUrl) === 'sqlite') {
    const source = sqliteFile(databaseUrl);
    if (!existsSync(source)) throw new BackupError('NO_DATABASE', `there is no database at ${source}`);
    const temp = besideTemp(target, 'backup');
    rmSync(temp, { force: true });
    const db = new Database(source, { fileMustExist: true });
    let journalMode: string;
    try {
      // Waits for a writer's lock only if the file is not in WAL (every server switches it to WAL on start).
      db.exec('pragma busy_timeout = 10000');
      journalMode = (db.prepare('pragma journal_mode').get() as { journal_mode: string }).journal_mode;
      // One read transaction: every write committed before it is in the copy, and writers go on meanwhile.
      db.prepare('vacuum into ?').run(temp);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    } finally {
      db.close();
    }
    return finishBackup(temp, target, sqliteIntegrity(temp), journalMode);
  }
  const temp = besideTemp(target, 'backup');
  const { url, env } = pgConnection(databaseUrl);
  try {
    await run('pg_dump', ['--format=custom', `--file=${temp}`, `--dbname=${url}`], env);
    // The archive's table of contents reads back whole.
    await run('pg_restore', ['--list', temp], env);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return finishBackup(temp, target, 'ok');
}

function finishBackup(temp: string, target: string, check: string, journalMode?: string): BackupReport {
  if (check !== 'ok') {
    rmSync(temp, { force: true });
    throw new BackupError('CHECK_FAILED', `the copy failed its integrity check (${check}); nothing was written to ${target}`);
  }
  fsyncPath(temp);
  renameSync(temp, target);
  fsyncPath(dirname(target));
  return { file: target, bytes: statSync(target).size, check, journalMode };
}

/**
 * Replaces the database with the backup in `file`. Refuses (DatabaseInUseError, code DATABASE_IN_USE) while a
 * server or any other Parkscope process uses the database; servers starting meanwhile wait until it is done.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<BackupReport> {
  const source = resolve(file);
  const sqlite = dialectOf(databaseUrl) === 'sqlite';
  // In use is said first: whatever the file, nothing is restored under a running server.
  const claim = await claimExclusive(databaseUrl);
  try {
    if (!existsSync(source)) throw new BackupError('NOT_A_BACKUP', `there is no backup at ${source}`);
    const expected = sqlite ? SQLITE_HEADER : PG_DUMP_HEADER;
    if (header(source, expected.length) !== expected) {
      throw new BackupError(
        'NOT_A_BACKUP',
        `${source} is not a ${sqlite ? 'SQLite' : 'pg_dump custom-format'} backup, which this ${sqlite ? 'SQLite' : 'PostgreSQL'} database needs`,
      );
    }
    return sqlite ? restoreSqlite(sqliteFile(databaseUrl), source) : await restorePostgres(databaseUrl, source);
  } finally {
    await claim.release();
  }
}

function restoreSqlite(target: string, source: string): BackupReport {
  const before = sqliteIntegrity(source);
  if (before !== 'ok') throw new BackupError('CHECK_FAILED', `the backup fails its integrity check (${before}); the database was not touched`);
  const temp = besideTemp(target, 'restore');
  try {
    copyFileSync(source, temp);
    fsyncPath(temp);
    // The old database's log would be replayed into the new file: it goes first (no process has the file open).
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  fsyncPath(dirname(target));
  const check = sqliteIntegrity(target);
  if (check !== 'ok') throw new BackupError('CHECK_FAILED', `the restored database fails its integrity check: ${check}`);
  return { file: target, bytes: statSync(target).size, check };
}

async function restorePostgres(databaseUrl: string, source: string): Promise<BackupReport> {
  const { url, env } = pgConnection(databaseUrl);
  // One transaction: the schema dropped and the dump replayed, committed only once pg_restore has read the whole
  // archive; a damaged archive, an SQL error or a crash leaves the database as it was.
  const restore = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', source], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const psql = spawn('psql', ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--file=-', `--dbname=${url}`], {
    env: { ...env, PGAPPNAME: `${APPLICATION_NAME}-restore` },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  // psql stopping at an error closes its input while pg_restore still writes: its own exit says what failed.
  psql.stdin.on('error', () => undefined);
  const applied = finished(psql, 'psql');
  psql.stdin.write('begin;\ndrop schema if exists public cascade;\ncreate schema public;\n');
  restore.stdout.pipe(psql.stdin, { end: false });
  try {
    await finished(restore, 'pg_restore');
  } catch (err) {
    // psql stopped at an SQL error first (pg_restore then failed to write): that error is the one to report.
    const psqlStopped = psql.exitCode !== null;
    // Never commit part of an archive: psql goes without a commit, and the server rolls the transaction back.
    psql.kill('SIGKILL');
    const psqlError: unknown = await applied.then(
      () => null,
      (e: unknown) => e,
    );
    throw psqlStopped && psqlError ? psqlError : err;
  }
  psql.stdin.end('commit;\n');
  await applied;
  const client = new pg.Client({ connectionString: databaseUrl, application_name: `${APPLICATION_NAME}-restore` });
  await client.connect();
  try {
    const tables = await client.query<{ n: string }>(`select count(*) as n from pg_tables where schemaname = 'public'`);
    const migrations = await client.query<{ n: string }>('select count(*) as n from mikro_orm_migrations');
    return { file: source, bytes: statSync(source).size, check: `ok (${tables.rows[0].n} tables, ${migrations.rows[0].n} migrations)` };
  } finally {
    await client.end();
  }
}

/** The URL without its password (which goes to the tools in PGPASSWORD, out of the process list). */
function pgConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) {
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
  }
  return { url: url.toString(), env };
}

function finished(child: ReturnType<typeof spawn>, name: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += String(d)));
  return new Promise((done, fail) => {
    child.on('error', (err) => fail(new BackupError('TOOL_FAILED', `${name} could not run (${err.message}); is the PostgreSQL client installed?`)));
    // close, not exit: the child's output has been read (and piped on) to the end.
    child.on('close', (code) => (code === 0 ? done() : fail(new BackupError('TOOL_FAILED', `${name} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return finished(spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] }), command);
}
