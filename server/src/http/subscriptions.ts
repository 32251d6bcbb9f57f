// GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of `graphql-ws`) on the HTTP server's port
// and path (/graphql). Everything the HTTP path checks is checked here too: the Origin on upgrade, the credential
// (from the connection_init payload), the request budget (each subscription counts as a request), the token, alias,
// directive, depth and cost limits, introspection rules, the persisted-query allow-list for keys restricted to it, the
// text rule, and @requires, at subscribe time (for every field the operation selects) and at each event. A caller
// holds at most SUBSCRIPTIONS_PER_CALLER open subscriptions on one server; sockets that stop answering pings close.
import type { IncomingMessage, Server } from 'node:http';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { CloseCode as CloseCodes } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { createContext, type Context, type Platform } from '../context.js';
import { isAllowed, type AllowList } from '../graphql/allow-list.js';
import { requiredRoles } from '../graphql/authorization.js';
import { ErrorCode } from '../graphql/errors.js';
import { checkComplexity, introspectionRules, limitRules, type QueryLimits } from '../graphql/limits.js';
import { badTextError, badTextInRequest } from '../graphql/text-rule.js';
import type { Logger } from '../logger.js';
import { AccessService } from '../modules/access/access.service.js';
import { anonymous, hasRole, requireRole, type Actor } from '../modules/access/actor.js';
import { SecurityTrail } from '../modules/audit/security-trail.js';
import type { LiveRecords } from '../modules/changes/live.js';
import type { Role } from '../domain/vocabulary.js';
import { RateLimited } from './rate-limits.js';
import { callerAddress } from './response-cache.js';

/** graphql-ws close codes used here (CloseCode in graphql-ws). */
const FORBIDDEN: CloseCodes.Forbidden = 4403;

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  platform: Platform;
  live: LiveRecords;
  limits: QueryLimits;
  allowList: AllowList;
  introspection: boolean;
  corsOrigins: readonly string[];
  proxyHops: number;
  /** Open subscriptions per caller (an API key, an officer, an address for anonymous callers) on this server. */
  perCaller: number;
  /** Ping interval (ms); a socket that has not answered the previous ping by the next one is closed. */
  keepAliveMs: number;
  /** Largest message a client may send (BODY_LIMIT, as for an HTTP request's body), in bytes. */
  maxMessageBytes: number;
  /** Say what went wrong inside the server when a socket fails (development only). */
  exposeErrors: boolean;
  /** How errors reach clients (the HTTP path's masking of internal errors). */
  formatError: (error: GraphQLError) => GraphQLFormattedError;
  logger: Logger;
}

/** The caller of one socket, known once its connection_init is accepted. */
interface Connection {
  actor: Actor;
  ip: string;
  requestId: string;
}

/**
 * Whether a browser page of `origin` may open a socket: no Origin (tools), a CORS_ORIGINS origin, or the server's
 * own site (the Host the request was sent to).
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!origin) return true;
  if (allowed.has(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The error with `code` when it has none (graphql-js's parse and validation errors carry none; Apollo adds the same). */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/** Fields of `document` whose @requires role `actor` lacks: their refusals (UNAUTHENTICATED or FORBIDDEN). */
export function roleRefusals(schema: GraphQLSchema, roles: ReadonlyMap<string, Role>, document: DocumentNode, actor: Actor): GraphQLError[] {
  const refusals: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const role = parent && roles.get(`${parent.name}.${node.name.value}`);
        if (!role || hasRole(actor, role)) return;
        try {
          requireRole(actor, role);
        } catch (err) {
          if (err instanceof GraphQLError) {
            refusals.push(new GraphQLError(`${parent.name}.${node.name.value}: ${err.message}`, { nodes: [node], extensions: err.extensions }));
          }
        }
      },
    }),
  );
  return refusals;
}

export function subscriptionServer(options: SubscriptionServerOptions) {
  const { schema, platform, live, limits, allowList, logger } = options;
  const roles = requiredRoles(schema);
  const allowedOrigins = new Set(options.corsOrigins);
  const rules: ValidationRule[] = [
    ...specifiedRules,
    ...limitRules(limits),
    ...introspectionRules,
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const connections = new WeakMap<WebSocket, Connection>();
  /** Open subscriptions per caller (actor key). */
  const open = new Map<string, number>();
  const release = (key: string) => {
    const n = (open.get(key) ?? 1) - 1;
    if (n > 0) open.set(key, n);
    else open.delete(key);
  };

  const wss = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: options.maxMessageBytes,
    verifyClient: ({ origin, req }: { origin: string | undefined; req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => {
      if (originAllowed(origin || undefined, req.headers.host, allowedOrigins)) return done(true);
      logger.info({ origin }, 'WebSocket refused: origin not allowed');
      done(false, 403, 'Origin not allowed');
    },
  });

  const context = (conn: Connection): Context => ({ ...createContext(platform, conn.actor, conn.requestId, conn.ip), live });
  const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
    new GraphQLError(message, { extensions: { code, ...extensions } });

  const server = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      isProd: !options.exposeErrors,
      connectionInitWaitTimeout: 10_000,
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const ip = callerAddress(request, options.proxyHops);
        const requestId = randomUUID();
        const params = ctx.connectionParams ?? {};
        const credential = params.authorization ?? params.Authorization;
        if (credential === undefined || credential === null || credential === '') {
          connections.set(socket, { actor: anonymous(ip), ip, requestId });
          return true;
        }
        try {
          if (typeof credential !== 'string') throw refuse('`authorization` must be a string: "Bearer <key or token>"', ErrorCode.UNAUTHENTICATED);
          const actor = await new AccessService(
            platform.orm.em.fork() as EntityManager,
            platform.sessions,
            new SecurityTrail(null, requestId, () => platform.clock.now()),
          ).authenticate(credential, ip);
          connections.set(socket, { actor, ip, requestId });
          return true;
        } catch (err) {
          if (!(err instanceof GraphQLError)) throw err;
          // graphql-ws's refusal of a connection (4403), with the reason a client can show.
          const code = typeof err.extensions.code === 'string' ? err.extensions.code : ErrorCode.UNAUTHENTICATED;
          socket.close(FORBIDDEN, `${code}: ${err.message}`.slice(0, 120));
          return false;
        }
      },
      async onSubscribe(ctx, _id, payload) {
        const conn = connections.get(ctx.extra.socket);
        if (!conn) return [refuse('Not connected', ErrorCode.UNAUTHENTICATED)];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (err) {
          return [withCode(err instanceof GraphQLError ? err : refuse(String(err), 'GRAPHQL_PARSE_FAILED'), 'GRAPHQL_PARSE_FAILED')];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [refuse('Name the operation to run (operationName)', ErrorCode.BAD_USER_INPUT)];
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [refuse('Only subscriptions run over WebSocket: send queries and mutations to POST /graphql', 'BAD_REQUEST')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length) return invalid.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        if (conn.actor.allowListOnly && !isAllowed(allowList, document)) {
          return [refuse('This API key may run only the queries on the persisted-query allow-list', ErrorCode.PERSISTED_QUERY_NOT_ALLOWED)];
        }
        const variables = payload.variables ?? {};
        try {
          checkComplexity(limits, schema, document, payload.operationName, variables);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        const badText = badTextInRequest(document, variables);
        if (badText.length) return [badTextError(badText)];
        const refusals = roleRefusals(schema, roles, document, conn.actor);
        if (refusals.length) return refusals;
        try {
          await platform.limits.request(conn.actor);
        } catch (err) {
          if (err instanceof RateLimited) return [err.toGraphQLError()];
          throw err;
        }
        if ((open.get(conn.actor.key) ?? 0) >= options.perCaller) {
          return [
            refuse(`At most ${options.perCaller} subscriptions may be open at once per caller; complete one first`, 'TOO_MANY_SUBSCRIPTIONS', {
              limit: options.perCaller,
            }),
          ];
        }
        // Taken now (given back when the subscription ends or fails to start), so racing subscribes cannot pass the cap.
        open.set(conn.actor.key, (open.get(conn.actor.key) ?? 0) + 1);
        return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue: context(conn) } satisfies ExecutionArgs;
      },
      // The source stream is opened with the subscription's context; each event runs with a context of its own (a
      // fresh unit of work and fresh loaders, as each HTTP request gets), so nothing read for one event goes stale.
      async subscribe(args) {
        const conn = (args.contextValue as Context).actor.key;
        let source: Awaited<ReturnType<typeof createSourceEventStream>>;
        try {
          source = await createSourceEventStream(args);
        } catch (err) {
          release(conn);
          throw err;
        }
        if (!(Symbol.asyncIterator in source)) {
          release(conn);
          return source;
        }
        const base = args.contextValue as Context;
        let released = false;
        const end = () => {
          if (!released) release(conn);
          released = true;
        };
        const iterator = source[Symbol.asyncIterator]();
        const events: AsyncGenerator<ExecutionResult> = {
          async next() {
            const step = await iterator.next();
            if (step.done) {
              end();
              return { value: undefined, done: true };
            }
            const contextValue: Context = { ...createContext(platform, base.actor, base.requestId, base.ip), live };
            return { value: await execute({ ...args, rootValue: step.value, contextValue }), done: false };
          },
          async return() {
            end();
            await iterator.return?.();
            return { value: undefined, done: true };
          },
          async throw(err: unknown) {
            end();
            await iterator.return?.();
            throw err;
          },
          [Symbol.asyncIterator]() {
            return this;
          },
          async [Symbol.asyncDispose]() {
            await this.return(undefined);
          },
        };
        return events;
      },
      onNext(ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        const anonymousCaller = connections.get(ctx.extra.socket)?.actor.kind === 'anonymous';
        return { ...result, errors: result.errors.map((e) => outgoing(e, anonymousCaller)) };
      },
      onError(ctx, _id, _payload, errors) {
        const anonymousCaller = connections.get(ctx.extra.socket)?.actor.kind === 'anonymous';
        return errors.map((e) => outgoing(e, anonymousCaller));
      },
    },
    wss,
    options.keepAliveMs,
  );

  /** The HTTP path's formatting, minus the HTTP status, plus the connection's request id; no suggestions for anonymous callers. */
  function outgoing(error: GraphQLError, anonymousCaller: boolean): GraphQLFormattedError {
    const formatted = options.formatError(error);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: anonymousCaller ? formatted.message.replace(/ Did you mean .*\?$/, '') : formatted.message,
      extensions,
    };
  }

  return {
    /** Open subscriptions of the callers (tests and diagnostics). */
    openSubscriptions: () => [...open.values()].reduce((a, b) => a + b, 0),
    /** Closes every socket (1001 going away) and stops accepting new ones. */
    dispose: () => server.dispose(),
  };
}
