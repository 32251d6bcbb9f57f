import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../helpers/server.js';

describe('SQLite as the server opens it', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('sqlite', { seed: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs in WAL mode with a busy timeout and foreign keys enforced, so readers go on while one writer writes', async () => {
    const conn = server.em().getConnection();
    const [{ journal_mode: mode }] = await conn.execute<{ journal_mode: string }[]>('pragma journal_mode');
    const [{ timeout }] = await conn.execute<{ timeout: number }[]>('pragma busy_timeout');
    const [{ foreign_keys: fk }] = await conn.execute<{ foreign_keys: number }[]>('pragma foreign_keys');
    expect(mode).toBe('wal');
    expect(Number(timeout)).toBeGreaterThanOrEqual(1000);
    expect(Number(fk)).toBe(1);
  });
});
