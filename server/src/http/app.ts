import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import compression from 'compression';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GraphQLError, OperationTypeNode, printSchema, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { createContext, type Context, type Platform } from '../context.js';
import { RateTableCache } from '../modules/money/rate-cache.js';
import { ErrorCode, withVariableFieldErrors } from '../graphql/errors.js';
import { checkComplexity, introspectionRules, limitRules, refusedBeforeExecution, type QueryLimits } from '../graphql/limits.js';
import { isAllowed, type AllowList } from '../graphql/allow-list.js';
import { buildSchema } from '../graphql/schema.js';
import { badTextError, badTextIn, textRulePlugin } from '../graphql/text-rule.js';
import type { Logger } from '../logger.js';
import { anonymous, type Actor } from '../modules/access/actor.js';
import { AccessService, type SessionSettings } from '../modules/access/access.service.js';
import { SecurityTrail } from '../modules/audit/security-trail.js';
import { DEAL_EXPORT } from '../modules/deals/deal.export.js';
import { INVESTMENT_EXPORT } from '../modules/investments/investment.export.js';
import { exportList } from './export.js';
import { checkPersistedQuery } from './persisted-queries.js';
import { RateLimited, rateLimitHeaders, type Limits } from './rate-limits.js';
import { cors, explorerPolicy, securityHeaderWriter, securityHeaders } from './security-headers.js';
import {
  cacheFastPath,
  cacheFingerprint,
  memoryStore,
  redisStore,
  responseCache,
  versionReader,
  type FastPathNote,
  type ResponseStore,
} from './response-cache.js';
import { readDataVersion, sqliteVersionReader } from '../db/data-version.js';
import { authRoutes } from './auth-routes.js';
import { PAGE_WEIGHT, pages } from './pages.js';
import { importRoutes } from './import-routes.js';
import { subscriptionServer } from './subscriptions.js';
import { timeStatements, withServerTiming } from './server-timing.js';
import { ChangeNotifier } from '../modules/changes/change-notifier.js';
import { LiveRecords } from '../modules/changes/live.js';
import { Admission, admissionControl } from './admission.js';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE, isDatabaseUnavailable, isStatementTimeout } from '../db/unavailable.js';

export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  httpServer: Server;
  /** What "today" is. */
  clock: Clock;
  config: Config;
  limits: Limits;
  sessions: SessionSettings;
  allowList: AllowList;
  /** Include stack traces in error responses (development only). */
  exposeErrors: boolean;
  /** The built web client (index.html and assets/). */
  webDist: string;
}

/** The HTTP app: /graphql, /schema.graphql, /healthz and /readyz. */
export async function createApp({ orm, logger, httpServer, clock, config, limits, sessions, allowList, exposeErrors, webDist }: AppOptions) {
  const schema = buildSchema();
  const sdl = printSchema(schema);
  const queryLimits: QueryLimits = {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxTokens: config.MAX_TOKENS,
    maxCost: config.MAX_COST,
  };
  // Live updates: woken after each mutation answered here (and through Redis by the other servers' mutations).
  const notifier = new ChangeNotifier(orm, { logger, pollMs: config.SUBSCRIPTIONS_POLL_MS, redisUrl: config.REDIS_URL, prefix: config.RATE_LIMIT_PREFIX });
  const live = new LiveRecords(orm, notifier);
  const apollo = new ApolloServer<Context>({
    schema,
    // The checked configuration, not Apollo's own reading of process.env.NODE_ENV (which turns introspection off).
    nodeEnv: config.NODE_ENV,
    introspection: config.INTROSPECTION,
    // The default landing page loads from a CDN; the explorer is self-hosted (or absent), never fetched.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      guardPlugin(queryLimits, allowList, logger),
      textRulePlugin<Context>(),
      notifyPlugin(notifier),
    ],
    // Refused at parse and validation time, before any resolver or SQL: tokens, aliases, directives.
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: [...limitRules(queryLimits), ...introspectionRules],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: exposeErrors,
    // main.ts owns shutdown (drain HTTP, then close the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskInternal(withVariableFieldErrors(formatted, error), error, exposeErrors),
  });
  await apollo.start();
  // The data version, read once for the requests of an event-loop turn: the response cache's key and the rate table's.
  const sideReader = config.DATABASE_URL.startsWith('sqlite:') ? sqliteVersionReader(config.DATABASE_URL.slice('sqlite:'.length)) : null;
  const dataVersion = versionReader(sideReader ? async () => sideReader.read() : () => readDataVersion(orm.em as EntityManager));
  const platform: Platform = { orm, clock, limits, sessions, logger, rates: new RateTableCache(orm, dataVersion) };
  const store: ResponseStore | null = config.RESPONSE_CACHE_MB
    ? config.REDIS_URL
      ? redisStore(config.REDIS_URL, config.RATE_LIMIT_PREFIX, memoryStore(config.RESPONSE_CACHE_MB * 1024 * 1024), logger)
      : memoryStore(config.RESPONSE_CACHE_MB * 1024 * 1024)
    : null;
  const cacheOptions = store && {
    store,
    dataVersion,
    today: () => clock.today(),
    fingerprint: cacheFingerprint(sdl, JSON.stringify(queryLimits), String(config.INTROSPECTION)),
    logger,
  };
  const sockets = subscriptionServer({
    httpServer,
    schema,
    platform,
    live,
    limits: queryLimits,
    allowList,
    introspection: config.INTROSPECTION,
    corsOrigins: config.CORS_ORIGINS,
    proxyHops: config.TRUST_PROXY_HOPS,
    perCaller: config.SUBSCRIPTIONS_PER_CALLER,
    keepAliveMs: config.SUBSCRIPTIONS_PING_MS,
    maxMessageBytes: byteSize(config.BODY_LIMIT),
    exposeErrors,
    logger,
    formatError: (error) => {
      const original = unwrapResolverError(error);
      if (isInternal(error.extensions?.code, original)) logger.error({ err: original, path: error.path }, 'internal error in a subscription');
      return maskInternal(withVariableFieldErrors(error.toJSON(), error), error, exposeErrors);
    },
  });
  const cache = cacheOptions ? responseCache(cacheOptions) : (_req: express.Request, _res: express.Response, next: express.NextFunction) => next();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(requestId());
  app.use(securityHeaders());
  app.use(['/graphql', '/schema.graphql', '/export'], cors(config.CORS_ORIGINS));
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
  app.get('/graphql', explorerPage(webDist, explorerPolicy()));
  // The API's requests and the pages rendered on the server take their turns from the same capacity.
  const admission = new Admission(config.ADMISSION_CAPACITY, config.ADMISSION_QUEUE, config.ADMISSION_WAIT_MS, {
    targetMs: config.ADMISSION_TARGET_MS,
    floor: Math.min(config.ADMISSION_FLOOR, config.ADMISSION_CAPACITY),
  });
  app.use(
    '/graphql',
    express.json({ limit: config.BODY_LIMIT }),
    authenticate(orm, sessions, clock),
    rateLimit(limits),
    checkPersistedQuery(),
    cache,
    admissionControl(
      admission,
      (res, err) => {
        res.set('Retry-After', String(err.retryAfterSeconds));
        graphqlErrorResponse(res, 503, new GraphQLError(err.message, { extensions: { code: ErrorCode.OVERLOADED } }), res.req.requestId);
      },
      refusedBeforeExecution(schema, queryLimits),
    ),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(platform, req.actor!, req.requestId!, req.ip ?? 'unknown') }),
  );
  app.get(
    '/export/investments.:format',
    textRule(),
    authenticate(orm, sessions, clock),
    rateLimit(limits),
    exportList(INVESTMENT_EXPORT, platform, schema, logger),
  );
  app.get('/export/deals.:format', textRule(), authenticate(orm, sessions, clock), rateLimit(limits), exportList(DEAL_EXPORT, platform, schema, logger));
  // Import files (import-routes.ts): officers only, with the bearer token the exports take.
  app.use(importRoutes(platform, [authenticate(orm, sessions, clock), rateLimit(limits)]));
  // The web app's cookie session (auth-routes.ts), on the anonymous caller's request budget.
  app.use(
    '/auth',
    (req, _res, next) => {
      req.actor = anonymous(req.ip ?? 'unknown');
      next();
    },
    rateLimit(limits),
    authRoutes(platform),
  );
  serveWebClient(
    app,
    webDist,
    pages({ webDist, schema, platform, dataVersion, today: () => clock.today(), logger, admit: () => admission.enter(PAGE_WEIGHT) }),
  );
  app.use(((err: unknown, req, res, _next) => {
    // Express and body-parser errors carry an HTTP status and a message; anything else is a 500.
    const { status: given, message: said } = (typeof err === 'object' && err !== null ? err : {}) as { status?: unknown; message?: unknown };
    if (isDatabaseUnavailable(err)) {
      logger.warn({ err, requestId: req.requestId }, 'database unavailable');
      res.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ errors: [{ ...DATABASE_UNAVAILABLE, extensions: { ...DATABASE_UNAVAILABLE.extensions, requestId: req.requestId } }] });
      return;
    }
    const status = typeof given === 'number' ? given : 500;
    if (status >= 500) logger.error({ err, requestId: req.requestId }, 'unhandled HTTP error');
    const code = status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const message = status >= 500 ? 'Internal server error' : status === 413 ? `The request body is larger than ${config.BODY_LIMIT}` : String(said);
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: req.requestId } }] });
  }) as express.ErrorRequestHandler);

  // The HTTP server's handler: cache hits for anonymous callers answered before Express, everything else by the app;
  // GraphQL answers and exports say how long they took (Server-Timing).
  timeStatements(orm);
  const handle = withServerTiming(
    cacheOptions
      ? cacheFastPath(
          {
            ...cacheOptions,
            limits,
            securityHeaders: securityHeaderWriter(),
            corsOrigins: config.CORS_ORIGINS,
            proxyHops: config.TRUST_PROXY_HOPS,
            counters: (cache as ReturnType<typeof responseCache>).counters,
          },
          app,
        )
      : app,
    !!cacheOptions,
  );
  return {
    app,
    handle,
    apollo,
    live,
    /** Closes the WebSocket connections (before the HTTP server drains: open sockets would keep it open). */
    closeSockets: () => sockets.dispose(),
    close: async () => {
      await notifier.close();
      await store?.close();
      sideReader?.close();
    },
  };
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
    actor?: Actor;
  }
}

const isInternal = (code: unknown, original: unknown) => code === ErrorCode.INTERNAL_SERVER_ERROR || !(original instanceof GraphQLError || code);

/**
 * Internal errors reach clients as INTERNAL_SERVER_ERROR only; the guard plugin logs them with the request id. The
 * database unreachable is SERVICE_UNAVAILABLE (the response becomes a 503 with Retry-After), a statement cancelled by
 * the statement timeout QUERY_TIMEOUT.
 */
function maskInternal(formatted: GraphQLFormattedError, error: unknown, expose: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError) && isDatabaseUnavailable(original)) {
    return { ...DATABASE_UNAVAILABLE, path: formatted.path, locations: formatted.locations };
  }
  if (!(original instanceof GraphQLError) && isStatementTimeout(original)) {
    return {
      message: 'This request took longer than the server allows and was stopped; nothing was saved. Ask for less (a shorter period, fewer records).',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.QUERY_TIMEOUT },
    };
  }
  if (!isInternal(formatted.extensions?.code, original) || expose) return formatted;
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** Every request gets an id (a sane incoming X-Request-Id is kept), echoed in a header, in errors and in the logs. */
function requestId(): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    req.requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.set('X-Request-Id', req.requestId);
    next();
  };
}

function graphqlErrorResponse(res: express.Response, status: number, error: GraphQLError, requestId: string | undefined) {
  res
    .status(status)
    .type('application/json')
    .json({ errors: [{ message: error.message, extensions: { ...error.extensions, http: undefined, requestId } }] });
}

/** Resolves the Authorization header to an actor before anything else; a bad credential is a 401, not anonymity. */
function authenticate(orm: MikroORM, sessions: SessionSettings, clock: Clock): express.RequestHandler {
  return async (req, res, next) => {
    const ip = req.ip ?? 'unknown';
    if (!req.get('authorization')) {
      req.actor = anonymous(ip);
      return next();
    }
    try {
      req.actor = await new AccessService(
        orm.em.fork() as EntityManager,
        sessions,
        new SecurityTrail(null, req.requestId ?? null, () => clock.now()),
      ).authenticate(req.get('authorization'), ip);
      next();
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code === ErrorCode.UNAUTHENTICATED) {
        res.set('WWW-Authenticate', 'Bearer');
        return graphqlErrorResponse(res, 401, err, req.requestId);
      }
      next(err);
    }
  };
}

/** The text rule (graphql/text-rule.ts) on a REST request's query parameters and JSON body: a 400 naming the field. */
function textRule(): express.RequestHandler {
  return (req, res, next) => {
    const found = [...badTextIn(req.query, ''), ...badTextIn(req.body, '')];
    if (!found.length) return next();
    graphqlErrorResponse(res, 400, badTextError(found), req.requestId);
  };
}

/** One request against the caller's budget, which every answer states (RateLimit, RateLimit-Policy); over it: 429 with Retry-After. */
function rateLimit(limits: Limits): express.RequestHandler {
  return async (req, res, next) => {
    try {
      // Counted already by the response cache's fast path (response-cache.ts), which passed the request on.
      const { fastPath } = req as { fastPath?: FastPathNote };
      if (fastPath?.limited) throw fastPath.limited;
      res.set(rateLimitHeaders(fastPath?.budget ?? (await limits.request(req.actor!))));
      next();
    } catch (err) {
      if (!(err instanceof RateLimited)) return next(err);
      if (err.budget) res.set(rateLimitHeaders(err.budget));
      res.set('Retry-After', String(err.retryAfterSeconds));
      graphqlErrorResponse(res, 429, err.toGraphQLError(), req.requestId);
    }
  };
}

/**
 * Per operation, before execution: the persisted-query allow-list for keys restricted to it, then depth and cost.
 * On the way out: request ids on every error, internal errors logged with theirs, and no field suggestions
 * ("Did you mean ...?") for anonymous callers, who could otherwise map the schema by guessing.
 */
function guardPlugin(limits: QueryLimits, allowList: AllowList, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operationName, request, schema }) {
          if (contextValue.actor.allowListOnly && !isAllowed(allowList, document)) {
            throw new GraphQLError('This API key may run only the queries on the persisted-query allow-list', {
              extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, http: { status: 403 } },
            });
          }
          checkComplexity(limits, schema, document, operationName, request.variables ?? {});
        },
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isInternal(error.extensions?.code, original)) {
              logger.error({ err: original, path: error.path, requestId: contextValue.requestId }, 'internal error while resolving');
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          // The database unreachable: a retryable 503, whatever else the answer holds.
          if (response.body.singleResult.errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          }
          const hide = contextValue.actor?.kind === 'anonymous';
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            message: hide ? e.message.replace(/ Did you mean .*\?$/, '') : e.message,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

/** A size such as 1mb or 200kb (BODY_LIMIT's forms) in bytes. */
function byteSize(size: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(size);
  if (!match) return 1024 * 1024;
  const unit = match[2].toLowerCase();
  return Number(match[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
}

/**
 * Subscriptions sent over HTTP are refused, pointing to WebSocket. After a mutation is answered (its transaction
 * committed), subscribers here and on the other servers look for changes.
 */
function notifyPlugin(notifier: ChangeNotifier): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          throw new GraphQLError('Subscriptions run over WebSocket (the graphql-ws protocol) at this same URL, not over HTTP', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
        async willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) notifier.notify();
        },
      };
    },
  };
}

/**
 * The web client: hashed assets cached for a year, and every other GET path that is not the API answered with its page,
 * rendered on the server (pages.ts), so client-side routes load (registered after /graphql, /healthz, /readyz and
 * /schema.graphql, which it therefore never shadows).
 */
function serveWebClient(app: express.Express, webDist: string, page: express.RequestHandler) {
  app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.get('/{*path}', page);
}

/** GET /graphql from a browser (HTML preferred, no query) opens the self-hosted explorer; anything else is the API. */
function explorerPage(webDist: string, policy: express.RequestHandler): express.RequestHandler {
  const page = join(webDist, 'explorer.html');
  return (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage || req.query.query !== undefined || req.query.extensions !== undefined) return next();
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The GraphQL explorer is not built yet: run `npm run build:web`.');
      return;
    }
    // The editor's own policy (security-headers.ts) in place of the app's.
    policy(req, res, () => res.set('Cache-Control', 'no-cache').sendFile(page));
  };
}
