// The web app's session: POST /auth/signin, /auth/refresh and /auth/signout keep the refresh token in an HttpOnly,
// SameSite=Strict cookie scoped to /auth, out of reach of any script on the page; the access token is returned in
// the body and lives in the page's memory only. Scripts and tools keep the GraphQL signIn / refreshSession.
import express from 'express';
import { GraphQLError } from 'graphql';
import { createContext, type Platform } from '../context.js';
import { ErrorCode, forbidden, unauthenticated } from '../graphql/errors.js';
import { badTextError, badTextIn } from '../graphql/text-rule.js';
import { anonymous } from '../modules/access/actor.js';
import type { SignedIn } from '../modules/access/access.service.js';

export const REFRESH_COOKIE = 'parkscope_refresh';
/** The header the web app sends with every /auth request: a page on another site cannot set it without CORS. */
export const CSRF_HEADER = 'X-Parkscope-Session';
/** How long a rotated refresh token is still accepted: another tab of the same browser refreshing at the same time. */
export const REFRESH_GRACE_MS = 10_000;

/** What the page keeps: the access token and who signed in; never the refresh token. */
function sessionBody(s: SignedIn) {
  return {
    accessToken: s.accessToken,
    accessTokenExpiresAt: s.accessTokenExpiresAt.toISOString(),
    officer: { name: s.officer.name, email: s.officer.email, role: s.officer.role },
  };
}

function readCookie(req: express.Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

const cookieOptions = (req: express.Request): express.CookieOptions => ({ httpOnly: true, sameSite: 'strict', path: '/auth', secure: req.secure });

/**
 * Cross-site request forgery: the custom header (a form or a simple cross-site fetch cannot send it, and CORS is
 * never opened for /auth) and, when the browser names the page's origin, this site's own; SameSite=Strict besides.
 */
function csrfGuard(): express.RequestHandler {
  return (req, _res, next) => {
    const origin = req.get('origin');
    const own = `${req.protocol}://${req.get('host')}`;
    if (!req.get(CSRF_HEADER)) return next(forbidden(`Send the header ${CSRF_HEADER}: 1 (cross-site request forgery guard)`));
    if (origin && origin !== own) return next(forbidden('Requests from another site may not use the session'));
    next();
  };
}

/** An error as the API answers it: GraphQL's shape, the HTTP status its code implies. */
function send(res: express.Response, req: express.Request, err: unknown) {
  if (!(err instanceof GraphQLError)) throw err;
  const code = err.extensions.code;
  const status = code === ErrorCode.UNAUTHENTICATED ? 401 : code === ErrorCode.FORBIDDEN ? 403 : code === ErrorCode.RATE_LIMITED ? 429 : 400;
  if (code === ErrorCode.RATE_LIMITED) res.set('Retry-After', String(err.extensions.retryAfterSeconds));
  if (code === ErrorCode.UNAUTHENTICATED) res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
  res.status(status).json({ errors: [{ message: err.message, extensions: { ...err.extensions, http: undefined, requestId: req.requestId } }] });
}

export function authRoutes(platform: Platform): express.Router {
  const router = express.Router();
  const access = (req: express.Request) => createContext(platform, anonymous(req.ip ?? 'unknown'), req.requestId ?? '', req.ip ?? 'unknown').services.access;
  router.use(express.json({ limit: '16kb' }), csrfGuard(), (req, res, next) => {
    const found = badTextIn(req.body, '');
    if (found.length) return send(res, req, badTextError(found));
    next();
  });

  router.post('/signin', async (req, res) => {
    const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string') {
      return send(res, req, new GraphQLError('Send {"email": "...", "password": "..."}', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'email' } }));
    }
    const ip = req.ip ?? 'unknown';
    try {
      const signedIn = await access(req).signIn(email, password, ip, (address) => platform.limits.signInAttempt(address, ip));
      res.cookie(REFRESH_COOKIE, signedIn.refreshToken, { ...cookieOptions(req), expires: signedIn.refreshTokenExpiresAt });
      res.set('Cache-Control', 'no-store').json(sessionBody(signedIn));
    } catch (err) {
      send(res, req, err);
    }
  });

  router.post('/refresh', async (req, res) => {
    const token = readCookie(req, REFRESH_COOKIE);
    try {
      if (!token) throw unauthenticated('No session in this browser; sign in');
      const signedIn = await access(req).refresh(token, req.ip ?? 'unknown', { graceMs: REFRESH_GRACE_MS });
      res.cookie(REFRESH_COOKIE, signedIn.refreshToken, { ...cookieOptions(req), expires: signedIn.refreshTokenExpiresAt });
      res.set('Cache-Control', 'no-store').json(sessionBody(signedIn));
    } catch (err) {
      send(res, req, err);
    }
  });

  router.post('/signout', async (req, res) => {
    const token = readCookie(req, REFRESH_COOKIE);
    const signedOut = token ? await access(req).signOut(token, req.ip ?? 'unknown') : false;
    res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
    res.set('Cache-Control', 'no-store').json({ signedOut });
  });

  // The guard's refusals and anything else the routes pass on.
  router.use(((err, req, res, next) => {
    if (err instanceof GraphQLError) return send(res, req, err);
    next(err);
  }) as express.ErrorRequestHandler);
  return router;
}
