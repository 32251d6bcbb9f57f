// `npm run bench:import [-- --rows N --engine sqlite|postgresql]` (also run by `npm run bench`): times importing an
// investments CSV of N new rows (default 100,000; goal ≤ 60 s) into a scratch database holding the source's
// records, through the same path as the web upload and `npm run import` (read, check every row, write all or
// nothing), and writes the figure to bench/IMPORT.md. PostgreSQL runs when TEST_DATABASE_URL is set or asked for.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { EntityManager } from '@mikro-orm/knex';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../server/src/clock.js';
import type { Dialect } from '../server/src/db/mikro-orm.config.js';
import { openDatabase } from '../server/src/db/orm.js';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { importFile } from '../server/src/modules/imports/import-jobs.js';
import { loadSourceRecords } from '../seeds/loader.js';

const GOAL_SECONDS = 60;
const log = (line: string) => process.stderr.write(`[bench:import] ${line}\n`);

function parse(argv: string[]): { rows: number; engines: Dialect[] } {
  let rows = 100_000;
  let engines: Dialect[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? (['postgresql'] as const) : [])];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rows') rows = Number(argv[++i]);
    else if (argv[i] === '--engine') engines = [argv[++i] === 'postgresql' ? 'postgresql' : 'sqlite'];
    else throw new Error(`usage: npm run bench:import -- [--rows N] [--engine sqlite|postgresql] (got ${argv[i]})`);
  }
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error('--rows must be a positive whole number');
  return { rows, engines };
}

/** An investments CSV of `rows` new rows across the source's parks, organizations, sectors and stages. */
function csvFile(rows: number, parks: string[], organizations: string[]): Buffer {
  const stages = ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'];
  const sectors = ['LOGISTICS', 'NEW_ENERGY', 'TRADE', 'DIGITAL_ECONOMY', 'AGRI_FOOD'];
  const currencies = ['USD', 'CNY', 'EUR', 'RUB'];
  const lines = ['reference,organization,park,sector,stage,amount,amountCurrency,announcedOn,expectedJobs'];
  for (let i = 0; i < rows; i++) {
    const day = `20${20 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(
      [`bench-${i}`, organizations[i % organizations.length], parks[i % parks.length], sectors[i % 5], stages[i % 5], 1000 + i, currencies[i % 4], day, i % 500]
        .map((v) => (typeof v === 'string' && /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v)))
        .join(','),
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function measure(dialect: Dialect, rows: number) {
  const db = await createScratchDatabase(dialect);
  const orm = await openDatabase(db.url);
  try {
    await loadSourceRecords(orm.em.fork());
    const conn = (orm.em as EntityManager).getConnection();
    const parkRows = await conn.execute<{ slug: string }[]>('select slug from park order by id');
    const parks = parkRows.map((r) => r.slug);
    // Names an import can use: those no two organizations share.
    const named = await conn.execute<{ name: string }[]>('select name_en as name from organization group by name_en having count(*) = 1 order by name_en');
    const organizations = named.map((r) => r.name);
    const bytes = csvFile(rows, parks, organizations);
    log(`${dialect}: ${rows.toLocaleString('en')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB of CSV`);
    const phases: Record<string, number> = {};
    const started = Date.now();
    let phaseStart = started;
    let phase = 'READING';
    const outcome = await importFile(orm, bytes, {
      kind: 'investments',
      fileName: 'bench.csv',
      dryRun: false,
      actor: { key: 'cli', name: 'bench' },
      clock: systemClock('UTC'),
      requestId: 'bench-import',
      jobId: 0,
      progress: (p) => {
        if (p === phase) return;
        phases[phase] = Date.now() - phaseStart;
        phaseStart = Date.now();
        phase = p;
      },
    });
    phases[phase] = Date.now() - phaseStart;
    const seconds = (Date.now() - started) / 1000;
    if (outcome.state !== 'DONE') throw new Error(`the bench file was refused: ${JSON.stringify(outcome).slice(0, 500)}`);
    if (outcome.written.created !== rows) throw new Error(`created ${outcome.written.created} of ${rows}`);
    const peakMb = process.memoryUsage().rss / 1024 / 1024;
    log(
      `${dialect}: ${seconds.toFixed(1)} s (${Object.entries(phases)
        .map(([k, v]) => `${k.toLowerCase()} ${(v / 1000).toFixed(1)} s`)
        .join(', ')}), RSS ${peakMb.toFixed(0)} MB`,
    );
    return { dialect, seconds, phases, rssMb: peakMb };
  } finally {
    await orm.close(true);
    await db.drop();
  }
}

const { rows, engines } = parse(process.argv.slice(2));
const results = [];
for (const engine of engines) results.push(await measure(engine, rows));
const lines = [
  '# Import benchmark',
  '',
  `Generated by \`npm run bench:import\` (also run by \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: an investments CSV of`,
  `${rows.toLocaleString('en')} new rows read, checked and written in one all-or-nothing import. Goal: ≤ ${GOAL_SECONDS} s.`,
  '',
  '| Engine | Total | Reading | Checking | Writing | RSS after | Goal |',
  '| --- | --: | --: | --: | --: | --: | --- |',
  ...results.map(
    (r) =>
      `| ${r.dialect} | ${r.seconds.toFixed(1)} s | ${((r.phases.READING ?? 0) / 1000).toFixed(1)} s | ${((r.phases.CHECKING ?? 0) / 1000).toFixed(1)} s | ` +
      `${((r.phases.WRITING ?? 0) / 1000).toFixed(1)} s | ${r.rssMb.toFixed(0)} MB | ${r.seconds <= GOAL_SECONDS ? 'met' : 'MISSED'} |`,
  ),
  '',
];
const out = fileURLToPath(new URL('IMPORT.md', import.meta.url));
if (rows === 100_000) writeFileSync(out, await format(lines.join('\n'), { ...(await resolveConfig(out)), filepath: out }));
else process.stdout.write(lines.join('\n'));
