// `npm run seed`: loads the source's records and the demo dataset into DATABASE_URL (migrating it first).
//   --real-only     the source's records alone (no demo data)
//   --remove-demo   delete every DEMO record, keep the real ones
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/orm.js';
import { loadDemoData, removeDemoData } from './demo/load-demo.js';
import { loadSourceRecords } from './loader.js';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--real-only', '--remove-demo'].includes(a));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')}; use --real-only or --remove-demo`);
  process.exit(2);
}
const config = loadConfig();
const orm = await openDatabase(config.DATABASE_URL);
try {
  const result = await loadSourceRecords(orm.em.fork());
  console.log(
    `Source records: ${result.parks} parks, ${result.organizations} organizations, ${result.events} events, ` +
      `${result.deals} deals, ${result.tenancies} tenancies; ${result.changed} rows written.`,
  );
  if (args.has('--remove-demo')) {
    console.log(`Demo data removed: ${await removeDemoData(orm.em.fork())} rows.`);
  } else if (!args.has('--real-only')) {
    const demo = await loadDemoData(orm.em.fork());
    console.log(
      demo.skipped
        ? 'Demo data is already present (use --remove-demo to delete it).'
        : `Demo data: ${demo.organizations} organizations, ${demo.tenancies} tenancies, ${demo.investments} investments, ${demo.deals} deals.`,
    );
  }
} finally {
  await orm.close(true);
}
