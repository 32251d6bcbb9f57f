// SQLite through libsql runs each statement synchronously on the event loop. Requests' statements are chained by
// promises, and Node runs every ready promise callback before it looks at the network again: once a few requests'
// statements were queued (an overview sends about 18 at once), they ran back to back for seconds over a million
// records, and in that time no new request was even read: not a cache hit, not a 503 from admission control, not a
// malformed body's 400 (measured under `npm run load`: a `{ __typename }` unanswered for 15 s, and the server still
// busy 25 s after the load stopped). Here every statement waits for a turn of the event loop, one statement a turn,
// so the network is read between any two statements. It never holds anything while it waits (no lock: a transaction's
// statements take turns like the others), so it cannot deadlock, and it costs one loop turn (microseconds) a statement.
import type { Configuration } from '@mikro-orm/core';
import { AbstractSqlDriver, LibSqlConnection, LibSqlPlatform } from '@mikro-orm/libsql';

const waiting: (() => void)[] = [];
let scheduled = false;

/** Resolves on a later turn of the event loop than any statement before it: one statement starts per turn. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(release);
    }
  });
}

function release() {
  const next = waiting.shift();
  next?.();
  // Scheduled from this check phase, the next release runs on the next turn, after the network has been polled.
  if (waiting.length) setImmediate(release);
  else scheduled = false;
}

class TurnTakingConnection extends LibSqlConnection {
  protected override async executeQuery<T>(query: string, cb: () => Promise<T>, context?: Parameters<LibSqlConnection['executeQuery']>[2]): Promise<T> {
    await nextTurn();
    return super.executeQuery(query, cb, context);
  }
}

/** MikroORM's libsql driver, with statements taking turns with the network (see above). */
export class SqliteDriver extends AbstractSqlDriver<TurnTakingConnection> {
  constructor(config: Configuration) {
    super(config, new LibSqlPlatform(), TurnTakingConnection, ['knex', 'libsql']);
  }
}
