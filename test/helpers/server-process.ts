// The server as deployments run it: its own process (main.ts, NODE_ENV=production), on a database the test names.
// It runs main.ts bundled by the tests' global setup (scripts/build-server.ts): the same code, started by plain node in
// about a second instead of compiled by tsx on every start. Every process started here is listed in `running`;
// `stopAll()` (in afterAll) kills whatever is left.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { openDatabase } from '../../server/src/db/orm.js';
import { AccessService, COMMAND_LINE } from '../../server/src/modules/access/access.service.js';
import { TokenIssuer } from '../../server/src/modules/access/tokens.js';
import { SERVER_BUNDLE } from '../../scripts/build-server.js';
import { PASSWORD } from './access.js';
import { WEB_FIXTURE } from './server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process wrote so far (its JSON log lines). */
  output(): string;
}

const running = new Set<ChildProcess>();

/** Starts main.ts on `DATABASE_URL` with `env`, resolving once it says where it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_ON_START: 'false',
      WEB_DIST: WEB_FIXTURE,
      RATE_LIMIT_ANONYMOUS: '1000000',
      RATE_LIMIT_API_KEY: '1000000',
      RATE_LIMIT_OFFICER: '1000000',
      // Suites share a loaded machine where any request may take seconds: a limit that shrinks when work is slow would
      // refuse their parallel requests at random. The limit's timing has tests of its own (admission.test.ts).
      ADMISSION_TARGET_MS: '0',
      ADMISSION_WAIT_MS: '5000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += String(d)));
  child.stderr.on('data', (d: Buffer) => (out += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  for (let i = 0; i < 1200; i++) {
    const url = /"url":"([^"]+)"/.exec(out)?.[1];
    if (url) return { url, child, exited, output: () => out };
    if (child.exitCode !== null || child.signalCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`the server process did not start:\n${out}`);
}

/** Kills every server process a test started and has not seen exit (afterAll, also after a failure). */
export async function stopAll(): Promise<void> {
  const left = [...running];
  await Promise.all(
    left.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** Creates an officer in the database at `databaseUrl` (as `npm run officer` does); sign in with PASSWORD. */
export async function createOfficer(databaseUrl: string, email: string): Promise<void> {
  const orm = await openDatabase(databaseUrl);
  try {
    const access = new AccessService(orm.em.fork() as EntityManager, { tokens: new TokenIssuer(new Uint8Array(32), 60), refreshTtlDays: 1 });
    await access.createOfficer(COMMAND_LINE, { email, name: 'Fault Officer', role: 'OFFICER', password: PASSWORD });
  } finally {
    await orm.close(true);
  }
}

/** A GraphQL answer as the tests read it. */
export interface Answer<T> {
  status: number;
  retryAfter: string | null;
  cache: string | null;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a GraphQL request to `url`; resolves with the status, the Retry-After and X-Cache headers and the answer. */
export async function post<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // JSON carries no static type: the body has the GraphQL-over-HTTP shape.
  const body = (await res.json()) as Answer<T>['body'];
  return { status: res.status, retryAfter: res.headers.get('retry-after'), cache: res.headers.get('x-cache'), body };
}

/** Signs the officer in over HTTP; the access token. */
export async function signIn(url: string, email: string): Promise<string> {
  const res = await post<{ signIn: { accessToken: string } }>(
    url,
    'mutation FaultSignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
    {
      e: email,
      p: PASSWORD,
    },
  );
  const token = res.body.data?.signIn.accessToken;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  return token;
}
