// `npm run seed`: loads the source's records and the demo dataset into DATABASE_URL (migrating it first).
//   --organizations N --tenancies N --investments N --deals N --seed N   demo sizes (default: the fixed demo set)
//   --real-only     the source's records alone (no demo data)
//   --remove-demo   delete every DEMO record, keep the real ones
// A demo set already in the database is replaced (the CLI says what it removes), never mixed with the new one.
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/orm.js';
import { loadDemoData, removeDemoData } from './demo/load-demo.js';
import { loadSourceRecords } from './loader.js';
import { progressReporter } from './progress.js';
import { parseSeedArgs, SeedArgsError } from './seed-args.js';

let args;
try {
  args = parseSeedArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof SeedArgsError)) throw err;
  console.error(err.message);
  process.exit(2);
}
const n = (x: number) => x.toLocaleString('en');
const config = loadConfig();
const orm = await openDatabase(config.DATABASE_URL);
try {
  const result = await loadSourceRecords(orm.em.fork());
  console.log(
    `Source records: ${result.parks} parks, ${result.organizations} organizations, ${result.events} events, ` +
      `${result.deals} deals, ${result.tenancies} tenancies; ${result.changed} rows written.`,
  );
  if (args.mode === 'remove-demo') {
    console.log(`Demo data removed: ${n(await removeDemoData(orm.em.fork()))} rows.`);
  } else if (args.mode === 'demo') {
    const started = Date.now();
    const progress = progressReporter(process.stdout);
    const demo = await loadDemoData(orm.em.fork(), {
      seed: args.seed,
      sizes: args.sizes,
      replace: true,
      onReplace: (p) =>
        console.log(
          `Replacing the demo data already present: removing ${n(p.organizations)} organizations, ${n(p.tenancies)} tenancies, ` +
            `${n(p.investments)} investments, ${n(p.deals)} deals (all DEMO; real records stay).`,
        ),
      onProgress: (p) => progress.report(p),
    });
    progress.done();
    console.log(
      `Demo data (seed ${args.seed}): ${n(demo.organizations)} organizations, ${n(demo.tenancies)} tenancies, ${n(demo.investments)} investments, ` +
        `${n(demo.deals)} deals, all DEMO, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
} finally {
  await orm.close(true);
}
