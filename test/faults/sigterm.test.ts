// Faults as tests (issue 22): SIGTERM while requests are in flight. Every request the server had begun receiving is
// answered 200 in full, the server takes no new connection meanwhile, and the process exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/orm.js';
import { createOfficer, signIn, startServerProcess, stopAll } from '../helpers/server-process.js';

const CREATE = `mutation FaultDrainCreate($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name { en } } }`;
const READ = `{ viewer { role } }`;

/**
 * A POST whose headers the server has read (it answered `100 Continue`) and whose body is held back until `finish()`:
 * a request certainly in flight.
 */
async function heldRequest(url: string, body: string, token?: string) {
  const { hostname, port } = new URL(url);
  const req = request({
    host: hostname,
    port,
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  await new Promise<void>((resolve) => req.once('continue', resolve));
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return {
    answer,
    finish: () => req.end(body.slice(half)),
  };
}

/** Whether a new TCP connection to the server's port is taken. */
function tryConnect(url: string): Promise<'accepted' | 'refused'> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.once('error', () => resolve('refused'));
  });
}

describe('a server process told to stop (SIGTERM) while answering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkscope-drain-'));
  afterAll(async () => {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every request in flight with 200, refuses new connections, and exits 0', { timeout: 120_000 }, async () => {
    const url = `sqlite:${join(dir, 'parkscope.sqlite')}`;
    const email = 'drain-test@example.org';
    await createOfficer(url, email);
    const server = await startServerProcess({ DATABASE_URL: url });
    const token = await signIn(server.url, email);
    expect(await tryConnect(server.url)).toBe('accepted');

    const names = Array.from({ length: 3 }, (_, i) => `Drain ${i}`);
    const writes = await Promise.all(
      names.map((name) =>
        heldRequest(server.url, JSON.stringify({ query: CREATE, variables: { i: { nameZh: name, nameEn: name, kind: 'COMPANY', country: 'KZ' } } }), token),
      ),
    );
    const reads = await Promise.all(Array.from({ length: 3 }, () => heldRequest(server.url, JSON.stringify({ query: READ }))));

    server.child.kill('SIGTERM');
    // The listener closes at once; the requests already begun are still being received.
    await expect.poll(() => tryConnect(server.url)).toBe('refused');
    for (const r of [...writes, ...reads]) r.finish();
    const answers = await Promise.all([...writes, ...reads].map((r) => r.answer));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    const bodies = answers.map((a) => JSON.parse(a.body) as { data?: Record<string, unknown>; errors?: unknown });
    expect(bodies.map((b) => b.errors ?? null)).toEqual(Array(6).fill(null));
    expect(bodies.slice(0, 3).map((b) => (b.data?.createOrganization as { name: { en: string } }).name.en)).toEqual(names);
    expect(bodies.slice(3).map((b) => b.data?.viewer)).toEqual(Array(3).fill({ role: 'ANONYMOUS' }));
    expect(await server.exited).toEqual({ code: 0, signal: null });

    // The writes answered during the shutdown are in the database.
    const orm = await openDatabase(url);
    try {
      const rows = await (orm.em.fork() as EntityManager)
        .getConnection()
        .execute<{ name_en: string }[]>(`select name_en from organization where name_en like 'Drain %' order by name_en`);
      expect(rows.map((r) => r.name_en)).toEqual(names);
    } finally {
      await orm.close(true);
    }
  });
});
