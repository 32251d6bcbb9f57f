// What the browser downloads, gzip-compressed: the app shell (index.html's scripts and the opening language's core
// messages) and the overview's first screen (the shell plus the overview page with its chart cards, the charts'
// drawings (recharts, loaded as they come near the screen: on a desktop at once) and page messages).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  shell: { file: string; bytes: number }[];
  firstScreen: { file: string; bytes: number }[];
}

export const sum = (files: { bytes: number }[]) => files.reduce((s, f) => s + f.bytes, 0);

export function bundleReport(webDist: string): BundleReport {
  const assets = join(webDist, 'assets');
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const measure = (file: string) => ({ file, bytes: gzipSync(readFileSync(join(assets, file)), { level: 9 }).length });
  const shell = [...[...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]), ...all.filter((f) => /^core\.zh-/.test(f))].map(measure);
  const page = all.filter((f) => /^(DashboardPage|drawings|format|view-models|zh)-/.test(f)).map(measure);
  return { shell, firstScreen: [...shell, ...page] };
}
