import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../server/src/db/scratch.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** `npm run seed -- <args>` as a user runs it (output not a terminal: plain progress lines). */
async function seed(url: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'seeds/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run seed', () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    db = await createScratchDatabase('sqlite');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('loads the sizes asked for, then replaces that demo set after saying what it removes', async () => {
    const sizes = ['--organizations', '12', '--tenancies', '10', '--investments', '300', '--deals', '8'];
    const first = await seed(db.url, sizes);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Demo data (seed 20250718): 12 organizations, 10 tenancies, 300 investments, 8 deals, all DEMO');
    expect(first.stdout).toMatch(/^330 \/ 330 records \(100%\), writing deals/m);
    expect(first.stdout).not.toContain('Replacing');

    const second = await seed(db.url, ['--investments', '40', '--seed', '3', '--organizations', '5', '--tenancies', '0', '--deals', '0']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Replacing the demo data already present: removing 12 organizations, 10 tenancies, 300 investments, 8 deals');
    expect(second.stdout.indexOf('Replacing')).toBeLessThan(second.stdout.indexOf('Demo data (seed 3)'));
    expect(second.stdout).toContain('Demo data (seed 3): 5 organizations, 0 tenancies, 40 investments, 0 deals, all DEMO');
  });
});
