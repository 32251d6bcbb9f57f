// Creates the migration for a schema change in both dialects, or checks that none is missing.
// Usage: migrate-cli.ts create | check. PostgreSQL uses TEST_DATABASE_URL (a scratch database is made and dropped).
import { MikroORM } from '@mikro-orm/core';
import { ormOptions, type Dialect } from './mikro-orm.config.js';
import { missingMigrationChanges } from './schema-check.js';
import { withScratchDatabase } from './scratch.js';

async function forDialect(dialect: Dialect, fn: (orm: MikroORM) => Promise<void>) {
  await withScratchDatabase(dialect, async (url) => {
    const orm = await MikroORM.init(ormOptions(url));
    try {
      await orm.getMigrator().up();
      await fn(orm);
    } finally {
      await orm.close(true);
    }
  });
}

const command = process.argv[2];
let failed = false;
if (command === 'check') {
  for (const dialect of ['sqlite', 'postgresql'] as const) {
    if (dialect === 'postgresql' && !process.env.TEST_DATABASE_URL) {
      console.error('TEST_DATABASE_URL is not set: the PostgreSQL migrations were NOT checked.');
      if (process.env.CI === 'true') failed = true;
      continue;
    }
    const changes = await missingMigrationChanges(dialect);
    console.log(`${dialect}: ${changes.length ? 'MIGRATION MISSING (run npm run migration:create):\n  ' + changes.join('\n  ') : 'migrations match the entities'}`);
    if (changes.length) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
for (const dialect of ['sqlite', 'postgresql'] as const) {
  if (dialect === 'postgresql' && !process.env.TEST_DATABASE_URL) {
    console.error('TEST_DATABASE_URL is not set: the PostgreSQL migration was NOT created.');
    continue;
  }
  await forDialect(dialect, async (orm) => {
    const migrator = orm.getMigrator();
    if (command === 'create') {
      const result = await migrator.createMigration();
      console.log(result.diff.up.length ? `${dialect}: wrote ${result.fileName}` : `${dialect}: schema is up to date`);
    } else {
      console.error('usage: migrate-cli.ts create | check');
      failed = true;
    }
  });
}
process.exit(failed ? 1 : 0);
