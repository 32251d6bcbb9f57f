import { MikroORM } from '@mikro-orm/core';
import { ormOptions, type Dialect } from './mikro-orm.config.js';
import { withScratchDatabase } from './scratch.js';

/**
 * Says what the checked-in migrations of a dialect miss compared with the entities (empty list: nothing).
 * PostgreSQL asks MikroORM's migrator; SQLite compares the DDL that the migrations leave with the DDL the entities
 * generate, because MikroORM 6.6's SQLite introspection misreads enum check constraints and always reports a change.
 * Triggers (the audit log's append-only guard) are migrations' own and not compared.
 */
export async function missingMigrationChanges(dialect: Dialect): Promise<string[]> {
  if (dialect === 'postgresql') {
    return withScratchDatabase(dialect, async (url) => {
      const orm = await MikroORM.init(ormOptions(url));
      try {
        await orm.getMigrator().up();
        const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
        return diff
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
      } finally {
        await orm.close(true);
      }
    });
  }
  const migrated = await sqliteDdl(async (orm) => {
    await orm.getMigrator().up();
  });
  const generated = await sqliteDdl(async (orm) => {
    await orm.schema.createSchema();
  });
  const missing = [...generated].filter((s) => !migrated.has(s)).map((s) => `missing: ${s}`);
  const extra = [...migrated].filter((s) => !generated.has(s)).map((s) => `not in entities: ${s}`);
  return [...missing, ...extra];
}

async function sqliteDdl(build: (orm: MikroORM) => Promise<void>): Promise<Set<string>> {
  return withScratchDatabase('sqlite', async (url) => {
    const orm = await MikroORM.init(ormOptions(url));
    try {
      await build(orm);
      const rows = (await orm.em
        .getConnection()
        .execute(
          `select sql from sqlite_master where sql is not null and type <> 'trigger' and name not like 'sqlite_%' and name <> 'mikro_orm_migrations'`,
        )) as { sql: string }[];
      return new Set(rows.map((r) => r.sql.replace(/\s+/g, ' ').trim()));
    } finally {
      await orm.close(true);
    }
  });
}
