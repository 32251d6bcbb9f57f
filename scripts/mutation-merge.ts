// Merges Stryker incremental files from runs made in separate worktrees (e.g. two folders measured at the same time)
// into bench/stryker-incremental.json, so the next run and scripts/mutation-scores.ts see every folder:
//   node --import tsx scripts/mutation-merge.ts [--only <source path>]... other-run.json [more.json ...]
// A run's file carries copies of the files it did not mutate, so name the files a run measured with --only (each
// path or folder prefix); without it, a source file held in several runs keeps the copy that matches the file on disk
// now (else the last given).
// Test IDs are numbers local to each run, so each merged run's tests are renumbered above the ones already held.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const TARGET = 'bench/stryker-incremental.json';

interface Mutant {
  killedBy?: string[];
  coveredBy?: string[];
  [key: string]: unknown;
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[]; [key: string]: unknown }>;
  testFiles?: Record<string, { source?: string; tests: { id: string; [key: string]: unknown }[] }>;
  [key: string]: unknown;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report;
const onDisk = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const inputs = args.filter((a, i) => a !== '--only' && args[i - 1] !== '--only');
if (!inputs.length) {
  console.error('usage: mutation-merge.ts <incremental.json> [...]');
  process.exit(2);
}
const merged = read(TARGET);
merged.testFiles ??= {};
const maxTestId = (r: Report) => Math.max(0, ...Object.values(r.testFiles ?? {}).flatMap((f) => f.tests.map((t) => Number(t.id) || 0)));

for (const input of inputs) {
  const run = read(input);
  const offset = maxTestId(merged) + 1;
  const shift = (ids?: string[]) => ids?.map((id) => String(Number(id) + offset));
  for (const [path, file] of Object.entries(run.testFiles ?? {})) {
    merged.testFiles[path] = { ...file, tests: file.tests.map((t) => ({ ...t, id: String(Number(t.id) + offset) })) };
  }
  for (const [path, file] of Object.entries(run.files)) {
    if (only.length && !only.some((prefix) => path.startsWith(prefix))) continue;
    const held = merged.files[path];
    const current = onDisk(path);
    if (held && held.source === current && file.source !== current) continue;
    merged.files[path] = {
      ...file,
      mutants: file.mutants.map((m) => ({ ...m, killedBy: shift(m.killedBy), coveredBy: shift(m.coveredBy) })),
    };
  }
  console.log(`${input}: ${Object.keys(run.files).length} source files, ${Object.keys(run.testFiles ?? {}).length} test files`);
}
writeFileSync(TARGET, `${JSON.stringify(merged, null, 2)}\n`);
