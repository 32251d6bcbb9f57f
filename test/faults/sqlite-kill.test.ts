// Faults as tests (issue 22): a SQLite server killed (SIGKILL) in the middle of writes, several times, restarted on
// the same file each time: the file passes SQLite's integrity check and every write the server acknowledged is there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteIntegrity } from '../../server/src/db/backup.js';
import { openDatabase } from '../../server/src/db/orm.js';
import { createOfficer, post, signIn, startServerProcess, stopAll } from '../helpers/server-process.js';

const CREATE = `mutation FaultKillCreate($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
const ROUNDS = 3;
/** Writes acknowledged in a round before its kill; the kill comes while the writers are still sending. */
const PER_ROUND = 25;
const WRITERS = 4;

describe('a SQLite server killed during writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkscope-kill-'));
  afterAll(async () => {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`loses no acknowledged write and stays intact over ${ROUNDS} SIGKILLs`, { timeout: 240_000 }, async () => {
    const file = join(dir, 'parkscope.sqlite');
    const url = `sqlite:${file}`;
    const email = 'kill-test@example.org';
    await createOfficer(url, email);
    const acked: string[] = [];
    /** Answers other than a success while the server was up (none expected). */
    const refused: string[] = [];
    let token = '';
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess({ DATABASE_URL: url });
      // Signed in once: the access token stays valid across restarts (its key is kept in the database).
      token ||= await signIn(server.url, email);
      const start = acked.length;
      let killed = false;
      // Each writer sends one write after another; together they write concurrently. A write counts once answered.
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; ; i++) {
          const name = `Kill ${round}-${w}-${i}`;
          let res;
          try {
            res = await post(server.url, CREATE, { i: { nameZh: `杀${round}-${w}-${i}`, nameEn: name, kind: 'COMPANY', country: 'KZ' } }, token);
          } catch {
            return; // the process is gone: the connection failed, nothing was acknowledged
          }
          if (res.status === 200 && !res.body.errors) acked.push(name);
          else if (!killed) refused.push(`${res.status} ${JSON.stringify(res.body)}`);
        }
      });
      // Until enough writes went through (or something else came back: the expectation below says what).
      while (acked.length < start + PER_ROUND && !refused.length && server.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      server.child.kill('SIGKILL');
      expect((await server.exited).signal).toBe('SIGKILL');
      await Promise.all(writers);
    }
    expect(refused).toEqual([]);
    expect(acked.length).toBeGreaterThanOrEqual(ROUNDS * PER_ROUND);

    // The file opens as a server opens it (its lock and write-ahead log left by a killed process), passes the
    // integrity check and holds every write.
    const orm = await openDatabase(url);
    try {
      const check = await (orm.em.fork() as EntityManager).getConnection().execute<{ integrity_check: string }[]>('pragma integrity_check');
      expect(check.map((r) => r.integrity_check)).toEqual(['ok']);
      const rows = await (orm.em.fork() as EntityManager)
        .getConnection()
        .execute<{ name_en: string }[]>(`select name_en from organization where name_en like 'Kill %'`);
      const present = new Set(rows.map((r) => r.name_en));
      expect(acked.filter((name) => !present.has(name))).toEqual([]);
    } finally {
      await orm.close(true);
    }
    expect(sqliteIntegrity(file)).toBe('ok');
  });
});
