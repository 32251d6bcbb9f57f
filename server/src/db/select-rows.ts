// Read statements run with their bindings handed to the driver. MikroORM's `execute` writes the values into the SQL
// text before running it, so every request's statement is new text: SQLite prepares it afresh each time (statement-
// cache.ts cannot help), and a statistic's grouped statement costs more to prepare than to run. Here the text stays
// the same from one request to the next and only the values change.
import type { EntityManager, Knex } from '@mikro-orm/knex';

type Value = Knex.RawBinding;

/** The connection's logging wrapper and result shaping (protected in MikroORM's types, the same ones `execute` uses). */
interface LoggingConnection {
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: { query: string; params: readonly unknown[] }): Promise<T>;
  transformRawResult<T>(res: unknown, method: 'all'): T;
}

/**
 * The rows of a read statement, given as SQL with `?` placeholders and their values, or as a knex query builder;
 * run in the entity manager's transaction when it has one, and logged like every statement the ORM sends.
 */
export async function selectRows<T = Record<string, unknown>>(
  em: EntityManager,
  query: string | Knex.QueryBuilder,
  bindings: readonly Value[] = [],
): Promise<T[]> {
  const { sql, values } =
    typeof query === 'string' ? { sql: query, values: bindings } : (({ sql, bindings }) => ({ sql, values: bindings as readonly Value[] }))(query.toSQL());
  const connection = em.getConnection();
  const logging = connection as unknown as LoggingConnection;
  const ctx = em.getTransactionContext<Knex.Transaction>();
  return logging.executeQuery(
    sql,
    async () => {
      const raw = connection.getKnex().raw(sql, values);
      if (ctx) raw.transacting(ctx);
      return logging.transformRawResult<T[]>(await raw, 'all');
    },
    { query: sql, params: values },
  );
}
