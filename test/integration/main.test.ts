import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('the server process', () => {
  it('starts on a fresh SQLite file, serves, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkscope-main-'));
    const proc = run({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    try {
      let url: string | undefined;
      for (let i = 0; i < 600 && !url; i++) {
        await new Promise((r) => setTimeout(r, 100));
        url = proc
          .out()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { url?: string })
          .find((l) => l.url)?.url;
      }
      expect(url, proc.err()).toBeDefined();
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      // The entry point hands the source's records to the server: the Energy Valley is there on first start.
      const park = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ park(slug: "sco-energy-valley") { verification } }' }),
      });
      expect(await park.json()).toEqual({ data: { park: { verification: 'VERIFIED' } } });
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
      expect(proc.out()).toContain('shutting down');
    } finally {
      proc.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad configuration with a message naming the setting', async () => {
    const proc = run({ DATABASE_URL: 'mysql://nope', PORT: 'eighty' });
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toContain('DATABASE_URL: must be sqlite:');
    expect(proc.err()).toContain('PORT');
    expect(proc.err()).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
