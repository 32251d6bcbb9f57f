import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { ormOptions } from '../../server/src/db/mikro-orm.config.js';
import { MIGRATIONS } from '../../server/src/db/migrations/index.js';
import { openDatabase } from '../../server/src/db/orm.js';
import { withScratchDatabase } from '../../server/src/db/scratch.js';
import { DIALECTS } from '../helpers/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OPENER = fileURLToPath(new URL('../helpers/open-database.ts', import.meta.url));

/** Starts a process that opens `url` when it is sent a line; resolves `ready` once its code is loaded. */
function opener(url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', OPENER, url], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += String(d);
      if (out.includes('ready\n')) resolve();
    });
  });
  child.stderr.on('data', (d: Buffer) => (err += String(d)));
  const exited = new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
  return { child, ready, exited, go: () => child.stdin.end('go\n') };
}

describe.each(DIALECTS)('several processes starting together on one fresh %s database', (dialect) => {
  it('migrate it exactly once: every migration recorded once, no process fails', async () => {
    await withScratchDatabase(dialect, async (url) => {
      const procs = Array.from({ length: 4 }, () => opener(url));
      try {
        await Promise.all(procs.map((p) => p.ready));
        for (const p of procs) p.go();
        const results = await Promise.all(procs.map((p) => p.exited));
        for (const r of results) expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
        expect(results.every((r) => r.out.includes('opened'))).toBe(true);

        const orm = await MikroORM.init(ormOptions(url));
        try {
          const em = orm.em.fork() as unknown as EntityManager;
          const rows = await em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
          expect(rows.map((r) => r.name)).toEqual(MIGRATIONS[dialect].map((m) => m.name));
        } finally {
          await orm.close(true);
        }
      } finally {
        for (const p of procs) p.child.kill('SIGKILL');
      }
    });
  }, 120_000);
});

describe('the first start on SQLite', () => {
  it('opens a database in a directory that does not exist yet (its lock file beside it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkscope-fresh-'));
    try {
      const file = join(dir, 'not', 'yet', 'parkscope.sqlite');
      const orm = await openDatabase(`sqlite:${file}`);
      await orm.close(true);
      expect(existsSync(file)).toBe(true);
      expect(existsSync(`${file}.lock`)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
