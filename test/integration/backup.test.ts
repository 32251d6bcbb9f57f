import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { backupDatabase, restoreDatabase, sqliteIntegrity } from '../../server/src/db/backup.js';
import { claimExclusive, IN_USE_KEY } from '../../server/src/db/locks.js';
import { openDatabase } from '../../server/src/db/orm.js';
import { createScratchDatabase } from '../../server/src/db/scratch.js';
import { createLogger } from '../../server/src/logger.js';
import { startServer } from '../../server/src/server.js';
import { DIALECTS, WEB_FIXTURE } from '../helpers/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run backup|restore -- FILE` as an operator runs it, against `databaseUrl`. */
function cli(command: 'backup' | 'restore', file: string, databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/backup-cli.ts', command, file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += String(d)));
  child.stderr.on('data', (d: Buffer) => (err += String(d)));
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

function startTestServer(databaseUrl: string) {
  return startServer(
    loadConfig({
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'false',
      WEB_DIST: WEB_FIXTURE,
    }),
    createLogger('silent'),
  );
}

const insert = (em: EntityManager, key: string) => em.getConnection().execute('insert into server_setting (key, value) values (?, ?)', [key, 'written'], 'run');

describe.each(DIALECTS)('backups on %s', (dialect) => {
  it('a backup taken while the server writes restores whole: integrity ok, every write acknowledged before it began present; restore refuses while the server runs', async () => {
    const db = await createScratchDatabase(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'parkscope-backup-'));
    const file = join(dir, dialect === 'sqlite' ? 'backup.sqlite' : 'backup.dump');
    try {
      const server = await startTestServer(db.url);
      const acked: string[] = [];
      let writing = true;
      let inBackup: string[] = [];
      let afterBackup: string[] = [];
      try {
        const em = server.orm.em.fork() as EntityManager;
        // One write after another, each counted once the database has committed it.
        const writer = (async () => {
          for (let i = 0; writing; i++) {
            const key = `backup-test-${String(i).padStart(6, '0')}`;
            await insert(em, key);
            acked.push(key);
            // A steady stream, not a flood: the backup's own process needs the machine too.
            await new Promise((r) => setTimeout(r, 5));
          }
        })();
        while (acked.length < 20) await new Promise((r) => setTimeout(r, 10));
        const before = acked.length;
        // The backup runs in a process of its own while this one writes; a restore asked for meanwhile is refused.
        const [backup, refused] = await Promise.all([cli('backup', file, db.url), cli('restore', file, db.url)]);
        const atBackupEnd = acked.length;
        inBackup = acked.slice(0, before);
        expect(backup.err).toBe('');
        expect(backup.code).toBe(0);
        expect(backup.out).toMatch(/integrity check: ok/);
        expect(refused.code).toBe(3);
        expect(refused.err).toMatch(/restore refused \(DATABASE_IN_USE\): the database is in use by a running server/);
        // The writes went on while the backup was taken.
        expect(atBackupEnd).toBeGreaterThan(before);
        while (acked.length < atBackupEnd + 5) await new Promise((r) => setTimeout(r, 10));
        writing = false;
        await writer;
        afterBackup = acked.slice(atBackupEnd);
      } finally {
        writing = false;
        await server.close();
      }

      const restored = await restoreDatabase(db.url, file);
      expect(restored.check).toMatch(/^ok/);
      if (dialect === 'sqlite') expect(sqliteIntegrity(db.url.slice('sqlite:'.length))).toBe('ok');

      const orm = await openDatabase(db.url);
      try {
        const em = orm.em.fork() as EntityManager;
        const rows = await em.getConnection().execute<{ key: string }[]>(`select key from server_setting where key like 'backup-test-%'`);
        const present = new Set(rows.map((r) => r.key));
        expect(inBackup.filter((k) => !present.has(k))).toEqual([]);
        // The database was replaced, not merged: what was written after the backup is gone.
        expect(afterBackup.filter((k) => present.has(k))).toEqual([]);
      } finally {
        await orm.close(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await db.drop();
    }
  }, 120_000);

  it('restore refuses a file that is not a backup for this database or a damaged one, and leaves the database as it was', async () => {
    const db = await createScratchDatabase(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'parkscope-backup-'));
    try {
      const orm = await openDatabase(db.url);
      await insert(orm.em.fork() as EntityManager, 'backup-test-kept');
      await orm.close(true);
      const file = join(dir, 'notes.txt');
      writeFileSync(file, 'not a backup');
      await expect(restoreDatabase(db.url, file)).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
      await expect(restoreDatabase(db.url, join(dir, 'missing'))).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
      // A backup cut short (a copy interrupted): refused or rolled back whole, never half restored.
      const backup = join(dir, 'backup');
      await backupDatabase(db.url, backup);
      const bytes = readFileSync(backup);
      writeFileSync(backup, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expect(restoreDatabase(db.url, backup)).rejects.toMatchObject({ code: dialect === 'sqlite' ? 'CHECK_FAILED' : 'TOOL_FAILED' });
      const again = await openDatabase(db.url);
      try {
        const rows = await (again.em.fork() as EntityManager)
          .getConnection()
          .execute<{ key: string }[]>(`select key from server_setting where key = 'backup-test-kept'`);
        expect(rows).toHaveLength(1);
      } finally {
        await again.close(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await db.drop();
    }
  }, 30_000);

  it('a process opening the database during a restore waits until the restore is done', async () => {
    const db = await createScratchDatabase(dialect);
    try {
      const restoring = await claimExclusive(db.url);
      let opened = false;
      const opening = openDatabase(db.url).then((orm) => {
        opened = true;
        return orm;
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(opened).toBe(false);
      await restoring.release();
      await (await opening).close(true);
      expect(opened).toBe(true);
    } finally {
      await db.drop();
    }
  }, 30_000);
});

describe.each(DIALECTS.filter((d) => d === 'postgresql'))('the in-use lock on %s', (dialect) => {
  it('is taken again when its connection is cut (a database restart), so a restore still finds the server', async () => {
    const db = await createScratchDatabase(dialect);
    const orm = await openDatabase(db.url);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const holders = async () =>
        (
          await admin.query<{ pid: number }>(
            `select pid from pg_locks where locktype = 'advisory' and objid = $1 and granted
               and database = (select oid from pg_database where datname = current_database())`,
            [IN_USE_KEY],
          )
        ).rows.map((r) => r.pid);
      const [first] = await holders();
      expect(first).toBeDefined();
      await admin.query('select pg_terminate_backend($1)', [first]);
      let now: number[] = [];
      for (let i = 0; i < 100 && !(now.length === 1 && now[0] !== first); i++) {
        await new Promise((r) => setTimeout(r, 100));
        now = await holders();
      }
      expect(now).toHaveLength(1);
      expect(now[0]).not.toBe(first);
      await expect(claimExclusive(db.url)).rejects.toMatchObject({ code: 'DATABASE_IN_USE' });
    } finally {
      await admin.end();
      await orm.close(true);
      await db.drop();
    }
  }, 30_000);
});
