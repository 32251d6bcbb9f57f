import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import compression from 'compression';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError, printSchema, type GraphQLFormattedError } from 'graphql';
import type { Clock } from '../clock.js';
import { createContext, type Context } from '../context.js';
import { ErrorCode } from '../graphql/errors.js';
import { buildSchema } from '../graphql/schema.js';
import type { Logger } from '../logger.js';

export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  httpServer: Server;
  /** What "today" is. */
  clock: Clock;
  /** Include stack traces in error responses (development only). */
  exposeErrors: boolean;
  /** The built web client (index.html and assets/). */
  webDist: string;
}

/** The HTTP app: /graphql, /schema.graphql, /healthz and /readyz. */
export async function createApp({ orm, logger, httpServer, clock, exposeErrors, webDist }: AppOptions) {
  const schema = buildSchema();
  const sdl = printSchema(schema);
  const apollo = new ApolloServer<Context>({
    schema,
    // The default landing page loads from a CDN; the explorer is self-hosted (or absent), never fetched.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    includeStacktraceInErrorResponses: exposeErrors,
    // main.ts owns shutdown (drain HTTP, then close the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskInternal(formatted, error, logger, exposeErrors),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      if (!(await orm.isConnected())) throw new Error('not connected');
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: 'reachable' });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  app.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(sdl);
  });
  app.get('/graphql', explorerPage(webDist));
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(orm, clock) }));
  serveWebClient(app, webDist);
  app.use(((err, _req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 500) logger.error({ err }, 'unhandled HTTP error');
    res.status(status).json({ errors: [{ message: status >= 500 ? 'Internal server error' : String(err.message), extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : 'BAD_REQUEST' } }] });
  }) as express.ErrorRequestHandler);

  return { app, apollo };
}

function maskInternal(formatted: GraphQLFormattedError, error: unknown, logger: Logger, expose: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const isInternal =
    formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR || !(original instanceof GraphQLError || formatted.extensions?.code);
  if (!isInternal) return formatted;
  logger.error({ err: original, path: formatted.path }, 'internal error while resolving');
  if (expose) return formatted;
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * The web client: hashed assets cached for a year, index.html never cached, and every other GET path that is not
 * the API answered with index.html so client-side routes load (registered after /graphql, /healthz, /readyz and
 * /schema.graphql, which it therefore never shadows).
 */
function serveWebClient(app: express.Express, webDist: string) {
  const index = join(webDist, 'index.html');
  app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.get('/{*path}', (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web client is not built yet: run `npm run build:web` (npm start does it for you).');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
}

/** GET /graphql from a browser (HTML preferred, no query) opens the self-hosted explorer; anything else is the API. */
function explorerPage(webDist: string): express.RequestHandler {
  const page = join(webDist, 'explorer.html');
  return (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage || req.query.query !== undefined || req.query.extensions !== undefined) return next();
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The GraphQL explorer is not built yet: run `npm run build:web`.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(page);
  };
}
