// `npm run migration:create` writes the migration for an entity change in both dialects (and the index that lists
// them); `npm run migration:check` fails when either dialect lacks one. PostgreSQL work happens in a scratch database
// on TEST_DATABASE_URL.
import { MikroORM } from '@mikro-orm/core';
import { ormOptions, type Dialect } from './mikro-orm.config.js';
import { writeMigrationIndex } from './migrations/write-index.js';
import { missingMigrationChanges } from './schema-check.js';
import { withScratchDatabase } from './scratch.js';

const DIALECTS: Dialect[] = ['sqlite', 'postgresql'];

function postgresAvailable(action: string): boolean {
  if (process.env.TEST_DATABASE_URL) return true;
  console.error(`TEST_DATABASE_URL is not set: the PostgreSQL migration was NOT ${action}.`);
  return false;
}

async function check(): Promise<boolean> {
  let ok = true;
  for (const dialect of DIALECTS) {
    if (dialect === 'postgresql' && !postgresAvailable('checked')) {
      if (process.env.CI === 'true') ok = false;
      continue;
    }
    const changes = await missingMigrationChanges(dialect);
    console.log(
      `${dialect}: ${changes.length ? `MIGRATION MISSING (run npm run migration:create):\n  ${changes.join('\n  ')}` : 'migrations match the entities'}`,
    );
    if (changes.length) ok = false;
  }
  return ok;
}

async function create(): Promise<boolean> {
  for (const dialect of DIALECTS) {
    if (dialect === 'postgresql' && !postgresAvailable('created')) continue;
    await withScratchDatabase(dialect, async (url) => {
      const orm = await MikroORM.init(ormOptions(url));
      try {
        await orm.getMigrator().up();
        const result = await orm.getMigrator().createMigration();
        console.log(result.diff.up.length ? `${dialect}: wrote ${result.fileName}` : `${dialect}: schema is up to date`);
      } finally {
        await orm.close(true);
      }
    });
  }
  writeMigrationIndex();
  return true;
}

const commands: Record<string, () => Promise<boolean>> = { check, create };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error('usage: migrate-cli.ts create | check');
  process.exit(2);
}
process.exit((await command()) ? 0 : 1);
