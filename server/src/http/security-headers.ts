// Headers on every response: a Content-Security-Policy (the explorer's page its own, wider one for its editor),
// no framing, no MIME sniffing, a strict referrer, HSTS on TLS; and CORS, closed unless an origin is configured.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type express from 'express';
import helmet from 'helmet';

type Directives = Record<string, Iterable<string | ((req: unknown, res: unknown) => string)> | null>;

/** A fresh nonce per response (`res.locals.cspNonce`): a page rendered on the server marks its inline scripts with it. */
const nonce = (_req: unknown, res: unknown) => `'nonce-${(res as express.Response).locals.cspNonce as string}'`;

/**
 * The app's policy: everything from the site itself; scripts only from the site (or carrying the response's nonce);
 * style sheets only from the site; style attributes allowed (`style-src-attr`): pages rendered on the server carry
 * React's `style` props (bar widths) as attributes, which the browser would otherwise drop (a style attribute cannot
 * run script; in the browser React sets them through the CSSOM, which CSP does not govern);
 * images also as blob: and data: (PNG export); no plugins, no framing, forms and <base> only to the site.
 */
export const APP_POLICY: Directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", nonce],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
  // Not upgrade-insecure-requests: a server reached over plain HTTP (a LAN, tests) must keep loading its assets.
  upgradeInsecureRequests: null,
};

/**
 * The explorer's page (GraphiQL on Monaco): Monaco and GraphiQL insert <style> elements and set style attributes,
 * and Monaco's language workers start from blob: URLs where a browser refuses a module worker; nothing else widens.
 */
export const EXPLORER_POLICY: Directives = {
  ...APP_POLICY,
  styleSrc: ["'self'", "'unsafe-inline'"],
  workerSrc: ["'self'", 'blob:'],
};

// Nonces drawn from a pool filled 256 at a time (one system call for many responses).
let pool = Buffer.alloc(0);
let taken = 0;
function freshNonce(): string {
  if (taken + 16 > pool.length) {
    pool = randomBytes(16 * 256);
    taken = 0;
  }
  taken += 16;
  return pool.toString('base64', taken - 16, taken);
}

/** Sets the headers on a plain Node response too (the response cache's fast path answers before Express). */
export type SecurityHeaderWriter = (req: IncomingMessage, res: ServerResponse & { locals?: Record<string, unknown> }, secure: boolean) => void;

/** Helmet with the app's policy; HSTS only where the request arrived over TLS (`secure`: req.secure, behind trusted proxies). */
export function securityHeaderWriter(): SecurityHeaderWriter {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: APP_POLICY },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  return (req, res, secure) => {
    res.locals ??= {};
    res.locals.cspNonce = freshNonce();
    if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Helmet's middleware sets headers and calls next synchronously.
    headers(req, res, () => undefined);
  };
}

export function securityHeaders(): express.RequestHandler {
  const write = securityHeaderWriter();
  return (req, res, next) => {
    write(req, res, req.secure);
    next();
  };
}

/** Replaces the response's policy with the explorer's. */
export function explorerPolicy(): express.RequestHandler {
  return helmet.contentSecurityPolicy({ useDefaults: false, directives: EXPLORER_POLICY });
}

/**
 * CORS for the API (GraphQL, the SDL, exports): answered only for the configured origins, never with credentials
 * (the web app's cookie session is same-site); every other origin gets no CORS header, so browsers refuse to
 * share the answer.
 */
export function cors(origins: readonly string[]): express.RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    res.vary('Origin');
    if (!origin || !allowed.has(origin)) return next();
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After, RateLimit, RateLimit-Policy, Content-Disposition, Server-Timing');
    // The allowed origins' pages may read the Server-Timing figures (performance.getEntries) too.
    res.set('Timing-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') return next();
    res.set('Access-Control-Allow-Methods', 'GET, POST');
    res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, Apollo-Require-Preflight, X-Request-Id');
    res.set('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
