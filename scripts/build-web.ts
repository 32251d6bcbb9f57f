// Builds the web client into dist/web when it is missing or older than its sources (a content hash decides),
// so `npm start` on a fresh clone serves the app without a separate build step.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const WEB_DIST = join(ROOT, 'dist/web');
/** The app's server build, which renders pages on the server (server/src/http/pages.ts). */
export const WEB_SERVER_ENTRY = join(ROOT, 'dist/web-server/entry-server.js');
const STAMP = join(WEB_DIST, '.source-hash');
const INPUTS = ['web', 'package-lock.json'];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

/** A hash of every input file's path and content. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const f of INPUTS.flatMap(files).sort()) {
    hash.update(relative(ROOT, join(ROOT, f)));
    hash.update(readFileSync(join(ROOT, f)));
  }
  return hash.digest('hex');
}

export function webBuildIsCurrent(): boolean {
  return existsSync(join(WEB_DIST, 'index.html')) && existsSync(WEB_SERVER_ENTRY) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === webSourceHash();
}

/** Builds when stale; returns whether it built. */
export async function ensureWebBuild({ quiet = false } = {}): Promise<boolean> {
  if (webBuildIsCurrent()) return false;
  const hash = webSourceHash();
  const { build } = await import('vite');
  // Always a production build, even from a test run (vitest sets NODE_ENV=test, which would bundle React's
  // development build): the same files whoever builds them first, and what npm start serves.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const common = { configFile: join(ROOT, 'web/vite.config.ts'), logLevel: quiet ? 'error' : 'info', mode: 'production' } as const;
    await build(common);
    // The same sources for the server, which renders each page's first screen (the stamp below covers both).
    await build({ ...common, build: { ssr: join(ROOT, 'web/src/entry-server.tsx') } });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
  writeFileSync(STAMP, hash);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  if (force && existsSync(STAMP)) writeFileSync(STAMP, '');
  const built = await ensureWebBuild();
  console.log(built ? 'web client built into dist/web' : 'web client is up to date (dist/web)');
}
