import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { MikroORM, Options } from '@mikro-orm/core';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase } from './db/orm.js';
import { dialectOf } from './db/mikro-orm.config.js';
import { createApp } from './http/app.js';
import { createLimits } from './http/rate-limits.js';
import { loadAllowList } from './graphql/allow-list.js';
import { loadSigningKey, TokenIssuer } from './modules/access/tokens.js';
import { startEnquiryRetention } from './modules/enquiries/retention.js';
import { ImportJobs } from './modules/imports/import-jobs.js';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from './logger.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  orm: MikroORM;
  close: () => Promise<void>;
}

/**
 * Loads records at start-up (SEED_ON_START): given by whoever starts the server (the entry point passes the source's
 * records from seeds/), so the server itself never depends on the data it is started with.
 */
export type StartupSeeding = (em: EntityManager, logger: Logger, options: { demo: boolean }) => Promise<void>;

/** Opens the database (migrating it), loads records through `seed` if asked, and serves HTTP. Used by main and tests. */
export async function startServer(
  config: Config,
  logger: Logger,
  ormExtra: Partial<Options> = {},
  { clock = systemClock(config.TIME_ZONE), seed }: { clock?: Clock; seed?: StartupSeeding } = {},
): Promise<RunningServer> {
  const orm = await openDatabase(config.DATABASE_URL, ormExtra, { statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS });
  if (config.SEED_ON_START && seed) await seed(orm.em.fork() as EntityManager, logger, { demo: config.DEMO_DATA });
  await new ImportJobs(orm, clock, logger).failInterrupted(dialectOf(config.DATABASE_URL));
  const signingKey = await loadSigningKey(orm.em.fork() as EntityManager, config.AUTH_SECRET);
  const sessions = { tokens: new TokenIssuer(signingKey, config.ACCESS_TOKEN_MINUTES * 60), refreshTtlDays: config.REFRESH_TOKEN_DAYS };
  const limits = await createLimits(config, logger, () => clock.now().getTime());
  const httpServer = createServer();
  const {
    handle,
    apollo,
    closeSockets,
    close: closeApp,
  } = await createApp({
    orm,
    logger,
    httpServer,
    clock,
    config,
    limits,
    sessions,
    allowList: loadAllowList(),
    exposeErrors: config.NODE_ENV === 'development',
    webDist: resolve(PROJECT_ROOT, config.WEB_DIST),
  });
  httpServer.on('request', handle);
  const retention = startEnquiryRetention(orm, clock, config.ENQUIRY_RETENTION_DAYS, logger);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    orm,
    close: () =>
      (closing ??= (async () => {
        await closeSockets(); // WebSocket connections first: open ones would keep the HTTP server from closing
        await apollo.stop(); // drains open requests and closes the HTTP server
        await retention.stop();
        await closeApp();
        await limits.close();
        await orm.close(true);
      })()),
  };
}
