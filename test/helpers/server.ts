import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createScratchDatabase } from '../../server/src/db/scratch.js';
import type { Dialect } from '../../server/src/db/mikro-orm.config.js';
import { fixedClock } from '../../server/src/clock.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { startServer } from '../../server/src/server.js';
import { seedOnStart } from '../../seeds/startup.js';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (see test/setup/databases.ts). */
export const DIALECTS: Dialect[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? (['postgresql'] as const) : [])];

/** The server's answer; `T` types its data (a typed document's result; `unknown` for a query string). */
export interface GraphQLResponse<T = unknown> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  body: string;
  headers?: Headers;
}

/** The statement the response cache sends for each request (server/src/db/data-version.ts). */
const DATA_VERSION_READ = 'select version from data_version';

export type TestServer = Awaited<ReturnType<typeof createTestServer>>;

/**
 * POSTs a GraphQL request; `as` is an API key or an access token sent as a Bearer credential. A typed document
 * (`graphql()` from test/__generated__) types the variables and the answer. A query string is for requests that are
 * meant to be malformed or invalid, or are built at run time: its answer is `unknown` (read it with `fieldOf`) unless
 * `T` names a type a library gives it (graphql-js's IntrospectionQuery).
 */
export interface SendGraphQL {
  <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables, as?: string): Promise<GraphQLResponse<TResult>>;
  <T = unknown>(query: string, variables?: Record<string, unknown>, as?: string): Promise<GraphQLResponse<T>>;
}

function sendGraphQL(url: string): SendGraphQL {
  const send = async (query: string | TypedDocumentNode<unknown, unknown>, variables?: unknown, as?: string): Promise<GraphQLResponse<unknown>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(as ? { authorization: `Bearer ${as}` } : {}),
      },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = await res.text();
    const json = JSON.parse(body) as { data?: unknown; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: json.data, errors: json.errors, body, headers: res.headers };
  };
  // One implementation behind both signatures: the answer is the server's JSON, typed by the document when there is one.
  return send;
}

/** The root field `name` of an answer whose data is untyped (a query string's), or undefined when there is none. */
export function fieldOf(res: Pick<GraphQLResponse<unknown>, 'data'>, name: string): unknown {
  const { data } = res;
  if (typeof data !== 'object' || data === null) return undefined;
  return new Map<string, unknown>(Object.entries(data)).get(name);
}

/** The GraphQL answer to a request sent around gql() (raw bodies, GETs, persisted queries, export errors); `T` types its data. */
export async function graphQLBody<T = unknown>(res: Response): Promise<Pick<GraphQLResponse<T>, 'data' | 'errors'>> {
  // JSON carries no static type: the body has the GraphQL-over-HTTP shape, read the same way gql() reads it.
  return (await res.json()) as Pick<GraphQLResponse<T>, 'data' | 'errors'>;
}

/** A real server on a scratch database (seeded with the source's records unless `seed: false`), reached over HTTP. */
/** A stand-in for the built web client, so server tests do not depend on a Vite build. */
export const WEB_FIXTURE = fileURLToPath(new URL('../fixtures/web-dist', import.meta.url));

export async function createTestServer(
  dialect: Dialect,
  {
    seed = true,
    demo = false,
    webDist = WEB_FIXTURE,
    today = '2026-11-24',
    env = {},
    database,
  }: {
    seed?: boolean;
    demo?: boolean;
    webDist?: string;
    /** What the server takes for today. */
    today?: string;
    /** More configuration, as environment variables (e.g. rate limits). */
    env?: Record<string, string>;
    /** Another server's database (its `databaseUrl`), shared and left in place on close; a scratch one by default. */
    database?: string;
  } = {},
) {
  const db = database ? { url: database, drop: async () => undefined } : await createScratchDatabase(dialect);
  // The server's clock: today stays `today`; its instants are the wall clock's moved on by whatever the test advanced.
  let offsetMs = 0;
  const clock = fixedClock(today, () => new Date(Date.now() + offsetMs));
  let counting = false;
  let statements = 0;
  /** The server's JSON log lines (level info and up). */
  const logs: Record<string, unknown>[] = [];
  const server = await startServer(
    loadConfig({
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SEED_ON_START: String(seed),
      DEMO_DATA: String(demo),
      WEB_DIST: webDist,
      // Suites send hundreds of requests a minute from one address; the rate-limit tests set their own budgets.
      RATE_LIMIT_ANONYMOUS: '1000000',
      RATE_LIMIT_API_KEY: '1000000',
      RATE_LIMIT_OFFICER: '1000000',
      // Suites share a loaded machine where any request may take seconds: a limit that shrinks when work is slow would
      // refuse their parallel requests at random. The limit's timing has tests of its own (admission.test.ts).
      ADMISSION_TARGET_MS: '0',
      ADMISSION_WAIT_MS: '5000',
      // Each server its own counters, even in a shared Redis: one test's sign-ins never spend another's budget.
      RATE_LIMIT_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      ...env,
    }),
    createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) }),
    {
      debug: ['query'],
      logger: (message: string) => {
        // The response cache's one-row read of the data version (before every read request) is not the request's work.
        if (counting && !message.includes(DATA_VERSION_READ)) {
          statements++;
          if (process.env.LOG_TEST_SQL) console.log(message);
        }
      },
    },
    { clock, seed: seedOnStart },
  );
  return {
    url: server.url,
    databaseUrl: db.url,
    /** The server's clock, movable: `advance` moves its instants on (token, session and idempotency-key expiry, rate-limit windows). */
    clock: {
      now: () => clock.now(),
      advance(ms: number) {
        offsetMs += ms;
      },
    },
    logs,
    orm: server.orm,
    em: () => server.orm.em.fork() as EntityManager,
    /** POSTs a GraphQL request; `as` is an API key or an access token sent as a Bearer credential. */
    gql: sendGraphQL(server.url),
    /** How many SQL statements `fn` makes the server send. */
    async countStatements(fn: () => Promise<unknown>): Promise<number> {
      statements = 0;
      counting = true;
      try {
        await fn();
      } finally {
        counting = false;
      }
      return statements;
    },
    async close() {
      await server.close();
      await db.drop();
    },
  };
}
