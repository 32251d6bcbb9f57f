// Import (issue 23): POST /import/:kind stages a file as an import job, checked and written in the background;
// GET /import/jobs/:id polls it; GET /import/jobs/:id/report.csv lists every problem. Officers only, signed in with
// the bearer token the officers' write mutations and the exports use (`guard`: app.ts's authentication and rate
// limit), so no cookie is involved and no cross-site request can carry the credential. The routes are registered by
// full path, so the web page at GET /import (a client-side route) still reaches the web client.
import express from 'express';
import type { Platform } from '../context.js';
import { hasRole } from '../modules/access/actor.js';

/** An error as the import routes answer it: `{"error": {"code", "message"}}`. */
export function importError(res: express.Response, status: number, code: string, message: string) {
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message } });
}

/** Signed-in officers (and admins) only: anonymous callers get 401, API keys and readers 403. */
export function officersOnly(): express.RequestHandler {
  return (req, res, next) => {
    const actor = req.actor;
    if (!actor || actor.kind === 'anonymous') return importError(res, 401, 'UNAUTHENTICATED', 'Sign in as an officer to import files');
    if (actor.kind !== 'officer' || !hasRole(actor, 'OFFICER')) return importError(res, 403, 'FORBIDDEN', 'Only signed-in officers may import files');
    next();
  };
}

/**
 * @param guard the app's authentication (Authorization header → req.actor) and rate limit, run before each route.
 */
export function importRoutes(_platform: Platform, guard: express.RequestHandler[]): express.Router {
  const router = express.Router();
  const officers = [...guard, officersOnly()];

  router.post('/import/:kind', ...officers, (_req, res) => importError(res, 501, 'NOT_IMPLEMENTED', 'Import is not available yet'));
  router.get('/import/jobs/:id', ...officers, (_req, res) => importError(res, 501, 'NOT_IMPLEMENTED', 'Import is not available yet'));
  router.get('/import/jobs/:id/report.csv', ...officers, (_req, res) => importError(res, 501, 'NOT_IMPLEMENTED', 'Import is not available yet'));
  return router;
}
