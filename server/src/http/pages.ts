// The web app's pages, rendered on the server: each GET of a page path answers its HTML with the first screen's text
// and the answers its queries got (the Apollo cache, which the browser takes over without asking again). The render
// runs the app's own server build (dist/web-server, built beside dist/web by scripts/build-web.ts) against the schema
// in this process, as an anonymous reader: officers' parts render in the browser once it has renewed their session.
// Without that build the client-only index.html is answered, as before.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type express from 'express';
import type { GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { anonymous } from '../modules/access/actor.js';
import { createContext, type Platform } from '../context.js';
import { Overloaded } from './admission.js';
import { EXPORT_LANGS, type ExportLang } from '../modules/common/filter-sentences.js';
import { requestLanguage } from './export.js';

/** The interface languages (the exports' own list). */
type Language = ExportLang;
/** Written by the app's language switch (web/src/i18n/index.ts). */
const LANGUAGE_COOKIE = 'parkscope.lang';
/** The `<script type="application/json">` the browser reads the cache from (web/src/ssr/state.ts). */
const STATE_ID = 'apollo-state';

/** What the app's server build exports (web/src/entry-server.tsx). */
interface ServerEntry {
  render(request: {
    path: string;
    search: string;
    language: Language;
    origin: string;
    today: string;
    schema: GraphQLSchema;
    context: () => unknown;
    signal?: AbortSignal;
  }): Promise<{ html: string; state: unknown; status: number; renderCount: number; title: string; errors: unknown[] }>;
}

const isLanguage = (value: unknown): value is Language => EXPORT_LANGS.includes(value as Language);

/** The page's language: the URL's `lang`, then the reader's remembered choice (cookie), then Accept-Language, else Chinese. */
export function pageLanguage(lang: unknown, cookie: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(lang)) return lang;
  for (const part of (cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return requestLanguage(acceptLanguage, 'zh');
}

/** JSON safe inside a `<script>` element: nothing in it reads as markup. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const LOCALES: Record<Language, string> = { zh: 'zh-CN', en: 'en', ru: 'ru' };

/** index.html with the page in its root, its language on <html>, and its cache in a script carrying the CSP nonce. */
export function fillTemplate(template: string, page: { html: string; state: unknown; title: string; language: Language }, nonce: string): string {
  return template
    .replace(/<html[^>]*>/, `<html lang="${LOCALES[page.language]}" data-lang="${page.language}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${page.html}</div><script type="application/json" id="${STATE_ID}" nonce="${nonce}">${scriptJson(page.state)}</script>`,
    );
}

interface Rendered {
  status: number;
  /** The page split where the nonce goes (it differs per response). */
  parts: string[];
}

export interface PagesOptions {
  webDist: string;
  schema: GraphQLSchema;
  platform: Platform;
  /** The data version: a cached page is served only while the data it shows is unchanged. */
  dataVersion: () => Promise<string>;
  today: () => string;
  logger: Logger;
  /** Rendered pages kept (0: none). */
  cacheEntries?: number;
  /**
   * Waits for a turn of the server's capacity before rendering (admission.ts); refused (overloaded), the page is the
   * client-only index.html, which costs nothing, and the browser asks the API in its own turns.
   */
  admit?: () => Promise<() => void>;
}

/** A page's render in the API's units of work: its queries, sent at once (an overview's are several API requests). */
export const PAGE_WEIGHT = 4;

/** Where the response's CSP nonce goes in a rendered page (cached without it): random, so no content can spell it. */
const NONCE_MARK = `nonce-${randomBytes(12).toString('hex')}`;

/** The handler for page paths (every GET the API and the assets did not answer). */
export function pages({ webDist, schema, platform, dataVersion, today, logger, cacheEntries = 500, admit }: PagesOptions): express.RequestHandler {
  const index = join(webDist, 'index.html');
  const entryFile = join(dirname(webDist), 'web-server', 'entry-server.js');
  let entry: Promise<ServerEntry> | null = null;
  let template: { stamp: number; text: string } | null = null;
  const cache = cacheEntries ? new LRUCache<string, Rendered>({ max: cacheEntries }) : null;

  // Loaded once (its chunks import it by its plain URL, so it cannot be reloaded beside them): a new build is rendered
  // by a restarted server, as npm start does. index.html is read again when it changes.
  const serverEntry = (): Promise<ServerEntry> | null => {
    if (!entry && existsSync(entryFile)) entry = import(pathToFileURL(entryFile).href) as Promise<ServerEntry>;
    return entry;
  };
  const indexHtml = (): string => {
    const stamp = statSync(index).mtimeMs;
    if (template?.stamp !== stamp) template = { stamp, text: readFileSync(index, 'utf8') };
    return template.text;
  };

  return async (req, res, next) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web client is not built yet: run `npm run build:web` (npm start does it for you).');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    const loading = serverEntry();
    if (!loading) {
      res.sendFile(index);
      return;
    }
    try {
      const language = pageLanguage(req.query.lang, req.get('cookie'), req.get('accept-language'));
      res.vary('Accept-Language').vary('Cookie');
      const url = new URL(req.originalUrl, 'http://page');
      const search = url.search.slice(1);
      const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const day = today();
      const key = JSON.stringify([url.pathname, search, language, origin, await dataVersion(), day]);
      let page = cache?.get(key);
      // Server-Timing (as on API answers): how long the render took and how many passes it needed (one per step of a
      // query waterfall); X-Cache: whether a rendered page was reused.
      if (cache) res.set('X-Cache', page ? 'hit' : 'miss');
      if (page) res.set('Server-Timing', 'render;desc="cached"');
      else {
        let release: () => void;
        try {
          release = admit ? await admit() : () => undefined;
        } catch (err) {
          if (!(err instanceof Overloaded)) throw err;
          res.set('X-Cache', 'overloaded').sendFile(index);
          return;
        }
        const started = performance.now();
        const entry = await loading;
        const rendered = await entry
          .render({
            path: url.pathname,
            search,
            language,
            origin,
            today: day,
            schema,
            context: () => createContext(platform, anonymous(req.ip ?? 'unknown'), req.requestId!, req.ip ?? 'unknown'),
          })
          .finally(release);
        page = { status: rendered.status, parts: fillTemplate(indexHtml(), { ...rendered, language }, NONCE_MARK).split(NONCE_MARK) };
        res.set('Server-Timing', `render;dur=${(performance.now() - started).toFixed(1)};desc="${rendered.renderCount} passes"`);
        for (const err of rendered.errors) logger.warn({ err, path: url.pathname }, 'part of a page not rendered on the server (the browser renders it)');
        if (page.status === 200 && !rendered.errors.length) cache?.set(key, page);
      }
      res
        .status(page.status)
        .type('html')
        .send(page.parts.join(res.locals.cspNonce as string));
    } catch (err) {
      // The page renders in the browser instead (which shows its own error state if the API cannot answer either).
      logger.warn({ err, path: req.path }, 'page not rendered on the server');
      if (!res.headersSent) res.status(200).sendFile(index);
      else next(err);
    }
  };
}
