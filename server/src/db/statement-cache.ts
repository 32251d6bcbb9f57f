// SQLite: prepared statements kept per connection. The libsql dialect prepares every statement it runs afresh, and
// preparing (parsing and planning) costs more than running most of the server's statements: 44 µs for a one-table
// select against 20 µs to run it, and the statistics' grouped statements several times that. A statement is run to
// completion before the next one starts on the connection (libsql's calls are synchronous), so reusing one is safe;
// SQLite re-prepares a statement by itself when the schema changes under it (a migration).

/** The part of a libsql connection the cache wraps. */
export interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** How many distinct statements each connection keeps prepared (the least recently used is dropped beyond it). */
export const PREPARED_STATEMENTS_PER_CONNECTION = 500;

/** Makes `conn.prepare` answer a statement it prepared before for the same SQL text, keeping at most `size`. */
export function cachePreparedStatements(conn: PreparingConnection, size = PREPARED_STATEMENTS_PER_CONNECTION): void {
  const prepare = conn.prepare.bind(conn);
  const statements = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    const held = statements.get(sql);
    if (held !== undefined) {
      // Most recently used last: Map keeps insertion order.
      statements.delete(sql);
      statements.set(sql, held);
      return held;
    }
    const statement = prepare(sql);
    statements.set(sql, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value!);
    return statement;
  };
}
