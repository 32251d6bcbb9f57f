import { MikroORM, type Options } from '@mikro-orm/core';
import { ormOptions } from './mikro-orm.config.js';

/** Opens the database and applies pending migrations (start-up, CLI and tests go through here). */
export async function openDatabase(databaseUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, extra));
  await orm.getMigrator().up();
  return orm;
}
