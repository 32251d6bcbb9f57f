// Reads Stryker's JSON report (reports/mutation/mutation.json) and writes the mutation score per folder into
// bench/MUTATION.md, between the "scores" markers (the notes around them are kept). Run by npm run mutation.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const REPORT = 'reports/mutation/mutation.json';
const TARGET = 'bench/MUTATION.md';
const START = '<!-- scores:start -->';
const END = '<!-- scores:end -->';

interface Mutant {
  id: string;
  mutatorName: string;
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
  location: { start: { line: number; column: number } };
  replacement?: string;
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { files: Record<string, { mutants: Mutant[] }> };

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
      t.survivors.push(
        `${path.replace(/^.*server\/src\//, '')}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → \`${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}\`` : ''} (${m.status})`,
      );
    }
  }
  tallies.set(folderOf(path), t);
}

const pct = (t: Tally) => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid ? (100 * (t.killed + t.timeout)) / valid : NaN;
};
const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
const table = [
  `Run of ${new Date().toISOString().slice(0, 10)}: score = (killed + timed out) / (killed + timed out + survived + not covered); compile errors excluded.`,
  '',
  '| folder | score | killed | timed out | survived | no coverage | compile errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(([f, t]) => `| ${f} | ${pct(t).toFixed(1)}% | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.invalid} |`),
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
for (const [f, t] of rows) console.log(`${f.padEnd(28)} ${pct(t).toFixed(1)}%`);
