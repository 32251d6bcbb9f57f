import { MikroORM, type Options } from '@mikro-orm/core';
import { ensureSummaries } from '../modules/stats/summary.js';
import { ormOptions } from './mikro-orm.config.js';

/**
 * Opens the database, applies pending migrations and installs the statistics summaries' triggers (rebuilding the
 * summaries when their definition changed); start-up, CLI and tests go through here.
 */
export async function openDatabase(databaseUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, extra));
  await orm.getMigrator().up();
  await ensureSummaries(orm);
  return orm;
}
