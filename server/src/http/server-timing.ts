// Server-Timing on GraphQL answers and exports: how long the server took, how much of it the database (time and number
// of statements) and whether the response cache answered, for browser devtools and Apollo-style tools that read it.
// Only figures: no statement text, no names, nothing about the caller.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';

interface RequestTiming {
  started: number;
  dbMs: number;
  statements: number;
}

const current = new AsyncLocalStorage<RequestTiming>();

/** The paths whose answers carry the header. */
const TIMED = /^\/(graphql|export\/)/;

/** The connection method every statement goes through (MikroORM's own queries, `execute` and select-rows.ts). */
type ExecuteQuery = (query: string, cb: () => Promise<unknown>, context?: unknown) => Promise<unknown>;

const instrumented = new WeakSet<object>();

/**
 * Counts the statements a timed request sends, and the time spent waiting for them, by wrapping the ORM connection's
 * `executeQuery` once. Statements run outside a timed request (start-up, jobs) pass straight through.
 */
export function timeStatements(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as { executeQuery: ExecuteQuery };
  if (instrumented.has(connection)) return;
  instrumented.add(connection);
  const original = connection.executeQuery;
  connection.executeQuery = async function (this: unknown, query, cb, context) {
    const timing = current.getStore();
    if (!timing) return original.call(this, query, cb, context);
    const started = performance.now();
    try {
      return await original.call(this, query, cb, context);
    } finally {
      timing.dbMs += performance.now() - started;
      timing.statements++;
    }
  };
}

const ms = (value: number) => value.toFixed(1);

/** The header's value: `app;dur=…, db;dur=…;desc="N statements", cache;desc=hit|miss|off`. */
export function serverTimingValue(timing: RequestTiming, now: number, cache: 'hit' | 'miss' | 'off'): string {
  const statements = `${timing.statements} statement${timing.statements === 1 ? '' : 's'}`;
  return `app;dur=${ms(now - timing.started)}, db;dur=${ms(timing.dbMs)};desc="${statements}", cache;desc=${cache}`;
}

/**
 * Wraps the HTTP server's handler: a GraphQL or export request runs with its own counters, and its answer's headers
 * get `Server-Timing` as they are written (an export's figures are those up to its first byte). `cacheOn`: whether a
 * response cache is configured (its X-Cache header says hit or miss; without one, "off").
 */
export function withServerTiming(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  cacheOn: boolean,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (!TIMED.test(req.url ?? '')) return handler(req, res);
    const timing: RequestTiming = { started: performance.now(), dbMs: 0, statements: 0 };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = (...args: unknown[]) => {
      if (!res.headersSent) {
        const cache = cacheOn ? (res.getHeader('X-Cache') === 'hit' ? 'hit' : 'miss') : 'off';
        res.setHeader('Server-Timing', serverTimingValue(timing, performance.now(), cache));
      }
      return writeHead(...args);
    };
    current.run(timing, () => handler(req, res));
  };
}
