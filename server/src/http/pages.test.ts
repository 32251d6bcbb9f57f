import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../context.js';
import { Overloaded } from './admission.js';
import { fillTemplate, pageLanguage, pages, scriptJson } from './pages.js';

describe("a server-rendered page's language", () => {
  it("is the URL's lang first, then the remembered choice (cookie), then Accept-Language", () => {
    expect(pageLanguage('ru', 'parkscope.lang=en', 'zh-CN')).toBe('ru');
    expect(pageLanguage(undefined, 'other=1; parkscope.lang=en', 'zh-CN')).toBe('en');
    expect(pageLanguage(undefined, undefined, 'ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(pageLanguage(undefined, 'parkscope.lang=fr', 'en-GB')).toBe('en');
  });

  it('ignores a lang the interface does not have, and is Chinese when nothing names one it has', () => {
    expect(pageLanguage('de', undefined, 'en')).toBe('en');
    expect(pageLanguage(['en', 'ru'], undefined, undefined)).toBe('zh');
    expect(pageLanguage(undefined, undefined, undefined)).toBe('zh');
    expect(pageLanguage(undefined, 'xparkscope.lang=en', 'fr, de;q=0.5')).toBe('zh');
  });
});

describe('the rendered page in the HTML shell', () => {
  const shell =
    '<!doctype html>\n<html lang="zh-CN">\n<head><title>Parkscope</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>';

  it('puts the markup in the root, the language on <html>, the title, and the cache in a script with the nonce', () => {
    const html = fillTemplate(shell, { html: '<main>Hi</main>', state: { ROOT_QUERY: { a: 1 } }, title: 'Парки', language: 'ru' }, 'N0NCE');
    expect(html).toContain('<html lang="ru" data-lang="ru">');
    expect(html).toContain('<title>Парки</title>');
    expect(html).toContain(
      '<div id="root"><main>Hi</main></div><script type="application/json" id="apollo-state" nonce="N0NCE">{"ROOT_QUERY":{"a":1}}</script>',
    );
    expect(html).toContain('<script type="module" src="/assets/app.js"></script>');
  });

  it('keeps data that looks like markup from closing the script or the title', () => {
    const state = { name: '</script><script>alert(1)</script><!--', line: 'a\u2028b' };
    const html = fillTemplate(shell, { html: '', state, title: '<b>&"', language: 'en' }, 'n');
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('<title>&lt;b&gt;&amp;&quot;</title>');
    const json = /id="apollo-state" nonce="n">(.*?)<\/script>/.exec(html)![1];
    expect(JSON.parse(json)).toEqual(state);
    expect(scriptJson(state)).not.toMatch(/[<\u2028\u2029]/);
  });
});

describe('the page handler', () => {
  // A built app in a scratch folder: index.html, and a server entry whose render says what it was asked.
  const dir = mkdtempSync(join(tmpdir(), 'parkscope-pages-'));
  mkdirSync(join(dir, 'web'));
  mkdirSync(join(dir, 'web-server'));
  writeFileSync(join(dir, 'web/index.html'), '<html lang="zh-CN"><head><title>Parkscope</title></head><body><div id="root"></div></body></html>');
  writeFileSync(
    join(dir, 'web-server/entry-server.js'),
    `export const calls = [];
     export async function render(request) {
       calls.push(request.path);
       if (request.path === '/broken') throw new Error('render failed');
       return { html: '<h1>' + request.path + ' ' + request.language + ' ' + request.today + '</h1>', state: { ROOT_QUERY: {} },
         status: request.path === '/missing' ? 404 : 200, renderCount: 2, title: 'T', errors: [] };
     }`,
  );
  let version = 'v1';
  let overloaded = false;
  let server: Server;
  let url = '';
  const warnings: string[] = [];

  beforeAll(async () => {
    const app = express();
    let n = 0;
    app.use((_req, res, next) => {
      res.locals.cspNonce = `nonce${++n}`;
      next();
    });
    const handler = pages({
      webDist: join(dir, 'web'),
      schema: {} as GraphQLSchema,
      platform: {} as Platform,
      dataVersion: async () => version,
      today: () => '2026-12-02',
      logger: { warn: (o: unknown, msg: string) => warnings.push(msg) } as unknown as Logger,
      admit: async () => {
        if (overloaded) throw new Overloaded(1);
        return () => undefined;
      },
    });
    app.get('/{*path}', handler);
    server = app.listen(0);
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(url + path, { headers });

  it('renders a page once per path, language, day and data version, and serves it again with a fresh nonce', async () => {
    const first = await get('/parks', { 'accept-language': 'en' });
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(first.headers.get('server-timing')).toMatch(/^render;dur=[\d.]+;desc="2 passes"$/);
    const html = await first.text();
    expect(html).toContain('<div id="root"><h1>/parks en 2026-12-02</h1></div>');
    const again = await get('/parks', { 'accept-language': 'en' });
    expect(again.headers.get('x-cache')).toBe('hit');
    const cached = await again.text();
    expect(cached.replace(/nonce\d+/, 'N')).toBe(html.replace(/nonce\d+/, 'N'));
    expect(cached).not.toBe(html);
    expect((await get('/parks', { 'accept-language': 'ru' })).headers.get('x-cache')).toBe('miss');
    version = 'v2';
    expect((await get('/parks', { 'accept-language': 'en' })).headers.get('x-cache')).toBe('miss');
  });

  it('answers 404 for a path that names no page, and never keeps it', async () => {
    expect((await get('/missing')).status).toBe(404);
    const again = await get('/missing');
    expect(again.status).toBe(404);
    expect(again.headers.get('x-cache')).toBe('miss');
  });

  it('answers the client-only index.html when the render fails or the server is overloaded', async () => {
    const broken = await get('/broken');
    expect(broken.status).toBe(200);
    expect(await broken.text()).toContain('<div id="root"></div>');
    expect(warnings).toContain('page not rendered on the server');
    overloaded = true;
    try {
      const busy = await get('/deals');
      expect(busy.status).toBe(200);
      expect(busy.headers.get('x-cache')).toBe('overloaded');
      expect(await busy.text()).toContain('<div id="root"></div>');
    } finally {
      overloaded = false;
    }
    expect(await (await get('/deals')).text()).toContain('<h1>/deals zh 2026-12-02</h1>');
  });
});
