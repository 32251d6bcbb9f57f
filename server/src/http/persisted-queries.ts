// Automatic persisted queries (extensions.persistedQuery) checked before Apollo: a query sent with a hash that is
// not its SHA-256, or an unknown protocol version, is the client's mistake. Apollo Server 5 answers both with an
// error that carries no code, which the server would report (and log) as an internal one.
import { createHash } from 'node:crypto';
import type express from 'express';
import { ErrorCode } from '../graphql/errors.js';

function refuse(res: express.Response, code: string, message: string, requestId: string | undefined) {
  res
    .status(400)
    .type('application/json')
    .json({ errors: [{ message, extensions: { code, requestId } }] });
}

/** The persisted-query extension of a POST body or a GET's `extensions` parameter; undefined when there is none. */
function persistedQueryOf(req: express.Request): { query: unknown; persisted: Record<string, unknown> } | undefined {
  const body = req.method === 'POST' && req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : null;
  let extensions: unknown = body ? body.extensions : req.query.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined; // Apollo answers a malformed parameter itself (400)
    }
  }
  const persisted = extensions && typeof extensions === 'object' ? (extensions as Record<string, unknown>).persistedQuery : undefined;
  if (!persisted || typeof persisted !== 'object') return undefined;
  return { query: body ? body.query : req.query.query, persisted: persisted as Record<string, unknown> };
}

export function checkPersistedQuery(): express.RequestHandler {
  return (req, res, next) => {
    const found = persistedQueryOf(req);
    if (!found) return next();
    const { query, persisted } = found;
    if (persisted.version !== 1) {
      return refuse(res, ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, 'Only version 1 of automatic persisted queries is supported', req.requestId);
    }
    if (typeof query === 'string' && persisted.sha256Hash !== createHash('sha256').update(query).digest('hex')) {
      return refuse(
        res,
        ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
        'extensions.persistedQuery.sha256Hash is not the SHA-256 (lowercase hex) of the query text sent with it',
        req.requestId,
      );
    }
    next();
  };
}
