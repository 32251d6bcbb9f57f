// `npm run seed`: loads the reference data and the source's records into DATABASE_URL (migrating it first).
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/orm.js';
import { loadSourceRecords } from './loader.js';

const config = loadConfig();
const orm = await openDatabase(config.DATABASE_URL);
try {
  const result = await loadSourceRecords(orm.em.fork());
  console.log(
    `Loaded the source's records: ${result.parks} parks, ${result.organizations} organizations, ${result.events} events, ` +
      `${result.deals} deals, ${result.tenancies} tenancies; ${result.changed} rows written.`,
  );
} finally {
  await orm.close(true);
}
