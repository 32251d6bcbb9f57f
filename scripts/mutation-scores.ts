// Reads Stryker's incremental file (bench/stryker-incremental.json: the last result of every mutant, whichever run
// measured it, so folders run one at a time add up) and writes the mutation score per folder into bench/MUTATION.md,
// between the "scores" markers (the notes around them are kept). Run by npm run mutation. A source file changed since
// its run is named in the table: its figures are those of the older code until the next run.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REPORT = 'bench/stryker-incremental.json';
const TARGET = 'bench/MUTATION.md';
// Why a surviving mutant is equivalent (changes nothing a caller can observe), keyed as the list below names it
// without its status, e.g. "graphql/filters.ts:73 StringLiteral → `""`".
const REASONS = 'bench/mutation-equivalent.json';
const reasons = existsSync(REASONS) ? (JSON.parse(readFileSync(REASONS, 'utf8')) as Record<string, string>) : {};
const START = '<!-- scores:start -->';
const END = '<!-- scores:end -->';

interface Mutant {
  id: string;
  mutatorName: string;
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
  location: { start: { line: number; column: number } };
  replacement?: string;
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { files: Record<string, { source: string; mutants: Mutant[] }> };
const stale = Object.entries(report.files)
  .filter(([path, file]) => !existsSync(path) || readFileSync(path, 'utf8') !== file.source)
  .map(([path]) => path);

/** server/src/modules/stats/x.ts → modules/stats; server/src/graphql/limits.ts → graphql/limits.ts. */
const folderOf = (path: string) => {
  const rel = path.replace(/^.*server\/src\//, '');
  const m = /^modules\/[^/]+/.exec(rel);
  return m ? m[0] : rel;
};

type Tally = { killed: number; timeout: number; survived: number; noCoverage: number; invalid: number; survivors: string[] };
const tallies = new Map<string, Tally>();
for (const [path, { mutants }] of Object.entries(report.files)) {
  const t = tallies.get(folderOf(path)) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, survivors: [] };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else t.invalid++;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      const key = `${path.replace(/^.*server\/src\//, '')}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → \`${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}\`` : ''}`;
      t.survivors.push(`${key} (${m.status})${reasons[key] ? `: ${reasons[key]}` : ''}`);
    }
  }
  tallies.set(folderOf(path), t);
}

const pct = (t: Tally) => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid ? (100 * (t.killed + t.timeout)) / valid : NaN;
};
// The targets of stryker.config.mjs's `mutate`: a folder's score counts only the files run so far, so the files never
// run are named beside it (a folder is measured when none is left).
const TARGETS = ['stats', 'money', 'writes', 'access', 'views', 'fit'].map((f) => `server/src/modules/${f}`);
const TARGET_FILES = ['pagination', 'filters', 'limits'].map((f) => `server/src/graphql/${f}.ts`);
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
const notRun = new Map<string, string[]>();
for (const path of [...TARGETS.flatMap(sources), ...TARGET_FILES].filter((p) => !report.files[p])) {
  notRun.set(folderOf(path), [...(notRun.get(folderOf(path)) ?? []), path.replace(/^.*server\/src\//, '')]);
  if (!tallies.has(folderOf(path))) tallies.set(folderOf(path), { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, survivors: [] });
}
const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
const table = [
  `Written ${new Date().toISOString().slice(0, 10)} from the last run of each file: score = (killed + timed out) / (killed + timed out + survived + not covered); compile errors excluded.`,
  '',
  ...(stale.length ? [`Changed since their last run (figures are the older code's): ${stale.map((p) => `\`${p}\``).join(', ')}.`, ''] : []),
  '| folder | score | killed | timed out | survived | no coverage | compile errors | files not run yet |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    ([f, t]) =>
      `| ${f} | ${Number.isNaN(pct(t)) ? 'not run' : `${pct(t).toFixed(1)}%${notRun.has(f) ? ' (partial)' : ''}`} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.invalid} | ${(notRun.get(f) ?? []).map((p) => p.replace(`${f}/`, '')).join(', ') || '–'} |`,
  ),
  '',
  '<details><summary>Surviving and uncovered mutants</summary>',
  '',
  ...rows.flatMap(([f, t]) => (t.survivors.length ? [`**${f}**`, '', ...t.survivors.map((s) => `- ${s}`), ''] : [])),
  '</details>',
].join('\n');

const current = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : `# Mutation testing\n\n${START}\n${END}\n`;
const [head, rest] = current.includes(START) ? current.split(START) : [current + '\n', END];
const tail = rest.includes(END) ? rest.split(END)[1] : '';
writeFileSync(TARGET, `${head}${START}\n${table}\n${END}${tail}`);
for (const [f, t] of rows)
  console.log(
    `${f.padEnd(28)} ${Number.isNaN(pct(t)) ? 'not run' : `${pct(t).toFixed(1)}%`}${notRun.has(f) ? ` (${notRun.get(f)?.length} files not run)` : ''}`,
  );
