// `npm run bundle:sizes`: what the browser downloads, gzip-compressed, for the app shell (index.html's scripts and
// one language's messages)
// and for the overview's first screen (the shell plus the overview page and its charts), from dist/web.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild, WEB_DIST } from './build-web.js';

await ensureWebBuild({ quiet: true });
const assets = join(WEB_DIST, 'assets');
const gz = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
// index.html's scripts, plus the messages of the language the page opens in (the larger one, Chinese).
const shell = [...[...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]), ...all.filter((f) => /^zh-/.test(f))];
const firstScreen = [...shell, ...all.filter((f) => /^(DashboardPage|DashboardCharts|format|view-models)-/.test(f))];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = (files: string[]) => files.map((f) => `  ${kb(gz(f)).padStart(9)}  ${f}`).join('\n');
console.log(`App shell (${shell.length} files):\n${table(shell)}\n  ${kb(shell.reduce((s, f) => s + gz(f), 0)).padStart(9)}  total\n`);
console.log(`Overview, first screen:\n  ${kb(firstScreen.reduce((s, f) => s + gz(f), 0)).padStart(9)}  total`);
