// Answers without work: a cache of GraphQL read responses, keyed by everything an answer depends on (the document and
// its variables, the caller's partition, the server's "today", the data version, the response's media type, the schema
// and the limits), in front of Apollo Server. A hit is answered with bytes (gzip stored once) before any resolver, ORM
// fork or complexity walk; authentication and rate limits run before it, for every request. Only complete answers
// without errors are kept. In this process by default (an LRU bounded in bytes), and shared through Redis when
// REDIS_URL is set; entries never go stale, because every committed write changes the data version (data-version.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type express from 'express';
import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { anonymous, type Actor } from '../modules/access/actor.js';
import type { Logger } from '../logger.js';
import { RateLimited, rateLimitHeaders, type Limits, type RequestBudget } from './rate-limits.js';
import type { SecurityHeaderWriter } from './security-headers.js';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../db/unavailable.js';

const gzipAsync = promisify(gzip);

/** One cached answer: the body as Apollo wrote it, its gzip, its media type and entity tag. */
export interface CachedResponse {
  contentType: string;
  etag: string;
  body: Buffer;
  /** Null until compressed. */
  gzip: Buffer | null;
}

export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, entry: CachedResponse): void;
  close(): Promise<void>;
}

/** Answers larger than this are not kept (a page of 100 records with every field is well below it). */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** How long Redis keeps an entry; a changed data version makes it unreachable long before. */
const REDIS_TTL_SECONDS = 3600;

const entrySize = (e: CachedResponse) => e.body.length + (e.gzip?.length ?? 0) + e.contentType.length + e.etag.length + 64;

/** In this process: least recently used entries go first once `maxBytes` is reached. */
export function memoryStore(maxBytes: number): ResponseStore & { size: () => number } {
  const lru = new LRUCache<string, CachedResponse>({ maxSize: maxBytes, sizeCalculation: entrySize });
  return {
    get: async (key) => lru.get(key),
    set: (key, entry) => void lru.set(key, entry),
    close: async () => lru.clear(),
    size: () => lru.calculatedSize,
  };
}

// An entry in Redis: a 2-byte length and a JSON header (media type, tag, body length), then the body, then the gzip.
function encode(e: CachedResponse): Buffer {
  const header = Buffer.from(JSON.stringify([e.contentType, e.etag, e.body.length]));
  const size = Buffer.alloc(2);
  size.writeUInt16BE(header.length);
  return Buffer.concat([size, header, e.body, e.gzip ?? Buffer.alloc(0)]);
}

function decode(b: Buffer): CachedResponse | undefined {
  try {
    const n = b.readUInt16BE(0);
    const [contentType, etag, bodyLength] = JSON.parse(b.subarray(2, 2 + n).toString('utf8')) as [string, string, number];
    const start = 2 + n;
    return { contentType, etag, body: b.subarray(start, start + bodyLength), gzip: b.subarray(start + bodyLength) };
  } catch {
    return undefined;
  }
}

/**
 * Shared through Redis, with this process's LRU in front (an entry never changes under its key, so a local copy is
 * always right). Redis unreachable: the local LRU alone, and a warning.
 */
export function redisStore(url: string, prefix: string, local: ResponseStore, logger: Logger): ResponseStore {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  let warned = false;
  redis.on('error', (err) => {
    if (!warned) logger.warn({ err: err.message }, 'Redis unreachable: the response cache keeps to this process');
    warned = true;
  });
  redis.on('ready', () => (warned = false));
  redis.connect().catch(() => undefined);
  const name = (key: string) => `${prefix}:response:${createHash('sha256').update(key).digest('base64url')}`;
  return {
    async get(key) {
      const mine = await local.get(key);
      if (mine || redis.status !== 'ready') return mine;
      const found = await redis.getBuffer(name(key)).catch(() => null);
      const entry = found ? decode(found) : undefined;
      if (entry) local.set(key, entry);
      return entry;
    },
    set(key, entry) {
      local.set(key, entry);
      if (entry.gzip && redis.status === 'ready') void redis.set(name(key), encode(entry), 'EX', REDIS_TTL_SECONDS).catch(() => undefined);
    },
    async close() {
      await local.close();
      redis.disconnect();
    },
  };
}

/** What the cache needs to know of a document: whether the operation asked for is a query it may keep. */
interface DocumentFacts {
  /** Operation name (or '' for an anonymous single operation) → whether it is a query. */
  queries: Map<string, boolean>;
}

const documentFacts = new LRUCache<string, DocumentFacts | false>({ max: 2000 });

function factsOf(query: string): DocumentFacts | null {
  const known = documentFacts.get(query);
  if (known !== undefined) return known || null;
  let facts: DocumentFacts | null = null;
  try {
    const document: DocumentNode = parse(query, { maxTokens: 5000 });
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    facts = { queries: new Map() };
    for (const op of operations) facts.queries.set(op.name?.value ?? '', op.operation === OperationTypeNode.QUERY);
    if (operations.length === 1) facts.queries.set('', operations[0].operation === OperationTypeNode.QUERY);
  } catch {
    facts = null; // Apollo answers a document that does not parse
  }
  documentFacts.set(query, facts ?? false);
  return facts;
}

/**
 * Fields whose value changes without a change of the data version, so never answered from the cache: an API key's
 * last use (written at most once a minute, and not counted as a change of the data, or every poll by a key would
 * empty the cache).
 */
const UNCACHEABLE_FIELD = /\blastUsedAt\b/;

/** Query texts by their SHA-256, learnt from persisted-query requests that sent both. */
const persistedTexts = new LRUCache<string, string>({ max: 2000 });

interface Read {
  query: string;
  operationName: string;
  variables: unknown;
}

/** The GraphQL parameters (a POST body, a GET's parsed search), when they ask for a read this cache may answer. */
function readOf(params: Record<string, unknown>): Read | undefined {
  const operationName = params.operationName ?? '';
  if (typeof operationName !== 'string') return undefined;
  const hash = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  let query = params.query;
  if (typeof query === 'string' && typeof hash === 'string') persistedTexts.set(hash, query);
  if (query === undefined && typeof hash === 'string') query = persistedTexts.get(hash);
  if (typeof query !== 'string' || UNCACHEABLE_FIELD.test(query)) return undefined;
  const facts = factsOf(query);
  if (!facts?.queries.get(operationName)) return undefined;
  return { query, operationName, variables: params.variables ?? null };
}

/** The request's GraphQL parameters, when it is a read this cache may answer; undefined otherwise. */
function readRequest(req: express.Request): Read | undefined {
  let params: Record<string, unknown>;
  if (req.method === 'POST') {
    if (!req.is('application/json') || !req.body || typeof req.body !== 'object' || Array.isArray(req.body)) return undefined;
    params = req.body as Record<string, unknown>;
  } else if (req.method === 'GET') {
    // Apollo's CSRF prevention refuses a GET without one of these headers; such a request goes on to be refused.
    if (!req.get('apollo-require-preflight') && !req.get('x-apollo-operation-name')) return undefined;
    params = { ...req.query };
    for (const name of ['variables', 'extensions'] as const) {
      if (typeof params[name] !== 'string') continue;
      try {
        params[name] = JSON.parse(params[name]);
      } catch {
        return undefined;
      }
    }
  } else return undefined;
  return readOf(params);
}

/**
 * Whose answer this is. Anonymous callers share one partition (nothing in an answer to them depends on who they are);
 * an API key or a signed-in officer has a partition of their own, so `viewer`, saved views and anything only their
 * role may read never reach another caller.
 */
export function partitionOf(actor: Actor): string {
  return actor.kind === 'anonymous' ? 'anonymous' : `${actor.kind}:${actor.id}:${actor.role}:${actor.allowListOnly ? 'allow-list' : 'any'}`;
}

/**
 * Reads the data version, one read for all the requests that arrived while the previous read ran. While the database
 * cannot be reached, the last version read stands in: nothing can be written through this server meanwhile, so the
 * answers kept for it are still served (a miss goes on to meet the outage: 503 SERVICE_UNAVAILABLE).
 */
export function versionReader(read: () => Promise<string>): () => Promise<string> {
  let waiting: { resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  let reading = false;
  let last: string | undefined;
  const loop = async () => {
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        const version = await read();
        last = version;
        for (const w of batch) w.resolve(version);
      } catch (err) {
        const stale = isDatabaseUnavailable(err) ? last : undefined;
        for (const w of batch) {
          if (stale === undefined) w.reject(err);
          else w.resolve(stale);
        }
      }
    }
    reading = false;
  };
  return () =>
    new Promise<string>((resolve, reject) => {
      waiting.push({ resolve, reject });
      // Started once this turn of the event loop has taken in what arrived with it (a synchronous driver would
      // otherwise read once per request); still after every waiting request arrived, so never older than any.
      if (!reading) {
        reading = true;
        setImmediate(() => void loop());
      }
    });
}

export interface ResponseCacheOptions {
  store: ResponseStore;
  /** The data version as the database holds it now. */
  dataVersion: () => Promise<string>;
  /** The server's "today" (YYYY-MM-DD). */
  today: () => string;
  /** The schema's text and the limits: an answer from a server with another schema or other limits is not reused. */
  fingerprint: string;
  logger: Logger;
}

function cacheKey(options: ResponseCacheOptions, partition: string, version: string, accept: string, read: Read): string {
  return createHash('sha256')
    .update(JSON.stringify([options.fingerprint, partition, options.today(), version, accept, read.operationName, read.query, read.variables]))
    .digest('base64url');
}

/** What the fast path learnt of a request it passed on to the app: its counted budget and its cache key. */
export interface FastPathNote {
  budget?: RequestBudget;
  /** Over its budget: the app answers the 429. */
  limited?: RateLimited;
  key?: string;
}

export interface CacheCounters {
  hits: number;
  misses: number;
  stored: number;
}

const isFresh = (req: express.Request, etag: string) => {
  const asked = req.get('if-none-match');
  return !!asked && asked.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`);
};

/**
 * The middleware, after authentication and rate limits and before Apollo: a hit answered at once (304 for a GET that
 * already holds it), a miss passed on with its answer kept when it is complete and without errors.
 */
export function responseCache(options: ResponseCacheOptions): express.RequestHandler & { counters: CacheCounters } {
  const { store, dataVersion, logger } = options;
  const counters: CacheCounters = { hits: 0, misses: 0, stored: 0 };
  const handler = async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    // Passed on by the fast path with its key computed: a miss there, so straight to Apollo (its answer kept).
    const noted = (req as { fastPath?: FastPathNote }).fastPath?.key;
    const read = noted ? undefined : readRequest(req);
    if (!noted && !read) return next();
    let key: string;
    try {
      key = noted ?? cacheKey(options, partitionOf(req.actor!), await dataVersion(), req.get('accept') ?? '', read!);
    } catch (err) {
      // No data version (the database unreachable): no cache, the request goes on and meets the same problem.
      logger.debug({ err }, 'response cache skipped: no data version');
      return next();
    }
    const entry = noted ? undefined : await store.get(key);
    if (entry) {
      counters.hits++;
      res.setHeader('Content-Type', entry.contentType);
      res.setHeader('ETag', entry.etag);
      res.setHeader('X-Cache', 'hit');
      res.vary('Accept').vary('Accept-Encoding');
      if (req.method === 'GET' && isFresh(req, entry.etag)) {
        res.status(304).end();
        return;
      }
      const gzipped = !!entry.gzip && /\bgzip\b/.test(req.get('accept-encoding') ?? '');
      if (gzipped) res.setHeader('Content-Encoding', 'gzip');
      const bytes = gzipped ? entry.gzip! : entry.body;
      res.setHeader('Content-Length', bytes.length);
      res.status(200).end(bytes);
      return;
    }
    counters.misses++;
    res.setHeader('X-Cache', 'miss');
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      if (res.statusCode === 200 && typeof body === 'string' && body.startsWith('{"data":')) {
        const bytes = Buffer.from(body, 'utf8');
        const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
        res.setHeader('ETag', etag);
        if (bytes.length <= MAX_ENTRY_BYTES) {
          // Kept at once (the next request may come before the gzip is ready: it is compressed on the way meanwhile).
          const entry: CachedResponse = {
            contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'),
            etag,
            body: bytes,
            gzip: null,
          };
          store.set(key, entry);
          counters.stored++;
          void gzipAsync(bytes).then(
            (gz) => store.set(key, { ...entry, gzip: gz }),
            () => undefined,
          );
        }
      }
      return send(body);
    };
    next();
  };
  return Object.assign(handler, { counters });
}

export function cacheFingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
}

export interface FastPathOptions extends ResponseCacheOptions {
  limits: Limits;
  securityHeaders: SecurityHeaderWriter;
  /** Origins CORS answers for (their requests go through the app, which adds the CORS headers). */
  corsOrigins: readonly string[];
  /** Trusted proxies in front (TRUST_PROXY_HOPS), for the caller's address and the protocol, as Express reads them. */
  proxyHops: number;
  counters: CacheCounters;
}

/** Requests larger than this are left to the app (its body limit and parser). */
const FAST_PATH_MAX_BODY = 64 * 1024;

/** The caller's address as Express computes req.ip with `trust proxy` set to a number of hops. */
export function callerAddress(req: IncomingMessage, hops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!hops) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse();
  const chain = [socket, ...forwarded];
  return chain[Math.min(hops, chain.length - 1)];
}

/** Whether the request came over TLS, as Express's req.secure says with trusted proxies. */
function isSecure(req: IncomingMessage, hops: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!hops) return false;
  const proto = String(req.headers['x-forwarded-proto'] ?? '');
  return proto.split(',')[0].trim() === 'https';
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * A hit answered before Express: an anonymous POST /graphql of JSON (no credentials, no CORS origin to answer), its
 * request budget counted and its security and rate-limit headers set as the app sets them, the cached bytes sent.
 * Anything else, and every miss, goes on to the app with what was read (its body, its counted budget, its key), so a
 * request is never counted twice and behaves as it would have without the fast path.
 */
export function cacheFastPath(options: FastPathOptions, app: (req: IncomingMessage, res: ServerResponse) => void) {
  const { store, dataVersion, limits, securityHeaders, proxyHops, counters } = options;
  const cors = new Set(options.corsOrigins);
  const passOn = (req: IncomingMessage, res: ServerResponse, note?: FastPathNote, body?: unknown) => {
    if (note) Object.assign(req, { fastPath: note, body });
    app(req, res);
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const h = req.headers;
    const length = Number(h['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      h.authorization ||
      !(length > 0 && length <= FAST_PATH_MAX_BODY) ||
      !/^application\/json\s*(;|$)/i.test(h['content-type'] ?? '') ||
      (h.origin && cors.has(h.origin))
    ) {
      app(req, res);
      return;
    }
    void (async () => {
      const raw = await readBody(req);
      const text = raw.toString('utf8');
      const actor = anonymous(callerAddress(req, proxyHops));
      let budget: RequestBudget;
      try {
        budget = await limits.request(actor);
      } catch (err) {
        if (!(err instanceof RateLimited)) throw err;
        // Over the budget: the app answers the 429 (this request is not counted again).
        return passOn(req, res, { limited: err }, parseOrUndefined(text));
      }
      // Keyed by the body's text as sent: an entry exists only for a body whose answer was a query's, kept.
      const key = `${options.fingerprint}\u0000anonymous\u0000${options.today()}\u0000${await dataVersion()}\u0000${h.accept ?? ''}\u0000${text}`;
      const entry = await store.get(key);
      if (!entry) {
        let params: unknown;
        try {
          params = JSON.parse(text);
        } catch (err) {
          // Not JSON: refused as the app's JSON parser refuses it (the body cannot be read a second time).
          securityHeaders(req, res, isSecure(req, proxyHops));
          const requestId = randomUUID();
          res.setHeader('X-Request-Id', requestId);
          for (const [name, value] of Object.entries(rateLimitHeaders(budget))) res.setHeader(name, value);
          res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ errors: [{ message: (err as Error).message, extensions: { code: 'BAD_REQUEST', requestId } }] }));
          return;
        }
        const read = params && typeof params === 'object' && !Array.isArray(params) ? readOf(params as Record<string, unknown>) : undefined;
        return passOn(req, res, read ? { budget, key } : { budget }, params);
      }
      counters.hits++;
      securityHeaders(req, res, isSecure(req, proxyHops));
      const gzipped = !!entry.gzip && /\bgzip\b/.test(h['accept-encoding'] ?? '');
      const bytes = gzipped ? entry.gzip! : entry.body;
      const requestId = randomUUID();
      res.setHeader('X-Request-Id', requestId);
      for (const [name, value] of Object.entries(rateLimitHeaders(budget))) res.setHeader(name, value);
      res.setHeader('Vary', 'Origin, Accept, Accept-Encoding');
      res.setHeader('Content-Type', entry.contentType);
      res.setHeader('ETag', entry.etag);
      res.setHeader('X-Cache', 'hit');
      if (gzipped) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', bytes.length);
      res.end(bytes);
    })().catch((err: unknown) => {
      options.logger.error({ err }, 'response cache fast path failed');
      if (!res.headersSent && isDatabaseUnavailable(err)) {
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) });
        res.end(JSON.stringify({ errors: [DATABASE_UNAVAILABLE] }));
      } else if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      } else res.destroy();
    });
  };
}
