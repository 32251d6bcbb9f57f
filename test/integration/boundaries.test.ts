// The layers' boundaries, read from the source: the server never depends on the data it is started with.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('layers', () => {
  it('nothing under server/ imports from seeds/ (the entry point composes them)', () => {
    const offenders = sources(join(ROOT, 'server')).filter((file) => /(?:from\s+|import\s*\(\s*)['"](?:\.\.\/)+seeds\//.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
    expect(sources(join(ROOT, 'server')).length).toBeGreaterThan(50);
  });
});
