// Answers without work: a cache of GraphQL read responses, keyed by everything an answer depends on (the document and
// its variables, the caller's partition, the server's "today", the data version, the response's media type, the schema
// and the limits), in front of Apollo Server. A hit is answered with bytes (gzip stored once) before any resolver, ORM
// fork or complexity walk; authentication and rate limits run before it, for every request. Only complete answers
// without errors are kept. In this process by default (an LRU bounded in bytes), and shared through Redis when
// REDIS_URL is set; entries never go stale, because every committed write changes the data version (data-version.ts).
import { createHash } from 'node:crypto';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type express from 'express';
import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Actor } from '../modules/access/actor.js';
import type { Logger } from '../logger.js';

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
  const name = (key: string) => `${prefix}:response:${key}`;
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

/** The request's GraphQL parameters, when it is a read this cache may answer; undefined otherwise. */
function readRequest(req: express.Request): { query: string; operationName: string; variables: unknown } | undefined {
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

/**
 * Whose answer this is. Anonymous callers share one partition (nothing in an answer to them depends on who they are);
 * an API key or a signed-in officer has a partition of their own, so `viewer`, saved views and anything only their
 * role may read never reach another caller.
 */
export function partitionOf(actor: Actor): string {
  return actor.kind === 'anonymous' ? 'anonymous' : `${actor.kind}:${actor.id}:${actor.role}:${actor.allowListOnly ? 'allow-list' : 'any'}`;
}

/** Reads the data version, one read for all the requests that arrived while the previous read ran. */
export function versionReader(read: () => Promise<string>): () => Promise<string> {
  let waiting: { resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  let reading = false;
  const loop = async () => {
    reading = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        const version = await read();
        for (const w of batch) w.resolve(version);
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    reading = false;
  };
  return () =>
    new Promise<string>((resolve, reject) => {
      waiting.push({ resolve, reject });
      if (!reading) void loop();
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
export function responseCache({ store, dataVersion, today, fingerprint, logger }: ResponseCacheOptions): express.RequestHandler & { counters: CacheCounters } {
  const counters: CacheCounters = { hits: 0, misses: 0, stored: 0 };
  const handler = async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const read = readRequest(req);
    if (!read) return next();
    let key: string;
    try {
      const version = await dataVersion();
      key = createHash('sha256')
        .update(
          JSON.stringify([fingerprint, partitionOf(req.actor!), today(), version, req.get('accept') ?? '', read.operationName, read.query, read.variables]),
        )
        .digest('base64url');
    } catch (err) {
      // No data version (the database unreachable): no cache, the request goes on and meets the same problem.
      logger.debug({ err }, 'response cache skipped: no data version');
      return next();
    }
    const entry = await store.get(key);
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
