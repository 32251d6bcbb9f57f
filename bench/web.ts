// `npm run bench:web` (issue 20; never part of `npm test`): Lighthouse on every public route of the built web client,
// served by the server started as deployments start it, first on the demo data, then on the 1,000,000-row set (seeded
// as `npm run load` seeds it, or given with --million). Each run opens a fresh Chromium (Debian's, never a downloaded
// one). Writes bench/WEB.md (bench/web-report.ts) after every route, so a run stopped part-way still leaves a report.
//
// Lighthouse is pinned at 12.2.3, not the 12.8.2 the issue names: from 12.3 on its trace engine declares the peer
// dependency third-party-web "latest", and `npm ci` refuses a lock once that tag has moved past the locked version
// (with 12.8.2: "Missing: third-party-web@0.30.0 from lock file"); 13 needs Node 22. 12.2.3 is the newest whose lock
// installs with `npm ci` on Node 20.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { format as prettier, resolveConfig } from 'prettier';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { BenchUsageError, parseWebArgs, WEB_USAGE, type WebBenchOptions, type WebRoute } from './args.js';
import { catalogue, codeVersion, parseLoadArgs, runSeed } from './load.js';
import { freePort, startServer } from './server-process.js';
import { renderWebReport, ROUTE_LABELS, type DatasetWebResult, type RunOutcome, type WebReport } from './web-report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stderr.write(`[bench:web] ${line}\n`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** As few flags as Chromium needs here: headless, and no sandbox when run as root (it refuses to start otherwise). */
const CHROMIUM_FLAGS = ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
/** A run that has not finished by then is a failed run, not a stalled benchmark. */
const RUN_TIMEOUT_MS = 180_000;

function chromiumVersion(path: string): string {
  const out = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return /Chromium [\d.]+/.exec(out.stdout ?? '')?.[0] ?? path;
}

/** Builds the web client when it is stale, as `npm start` does before it starts the server. */
async function buildWeb(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-web.ts'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`building the web client failed (exit code ${code})`);
}

/** One Lighthouse run on a fresh Chromium with its own profile, closed after. */
async function lighthouseRun(chromium: string, url: string): Promise<RunOutcome> {
  const port = await freePort();
  const profile = mkdtempSync(join(os.tmpdir(), 'parkscope-chromium-'));
  const browser = spawn(chromium, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((r) => browser.on('exit', () => r()));
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = Date.now() + 30_000;
    while (
      !(await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (browser.exitCode !== null) return { error: `Chromium exited with code ${browser.exitCode} before it listened` };
      if (Date.now() > deadline) return { error: 'Chromium did not listen within 30 s' };
      await new Promise((r) => setTimeout(r, 200));
    }
    const timeout = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`no result within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS)),
    );
    const result = await Promise.race([lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }), timeout]);
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse gave no result' };
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scoreOf = (id: string) => lhr.categories[id]?.score;
    const valueOf = (id: string) => lhr.audits[id]?.numericValue;
    const scores = CATEGORIES.map(scoreOf);
    const values = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(valueOf);
    const missing = [
      ...CATEGORIES.filter((_, i) => typeof scores[i] !== 'number'),
      ...values.flatMap((v, i) => (typeof v === 'number' ? [] : [`metric ${i}`])),
    ];
    if (missing.length) return { error: `Lighthouse gave no ${missing.join(', ')}${lhr.runWarnings.length ? ` (${lhr.runWarnings.join('; ')})` : ''}` };
    const [performance, accessibility, bestPractices] = scores.map((s) => Math.round((s as number) * 100));
    const [fcpMs, lcpMs, tbtMs, cls] = values as number[];
    return { figures: { performance, accessibility, bestPractices, fcpMs, lcpMs, tbtMs, cls, benchmarkIndex: lhr.environment.benchmarkIndex } };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
    if (browser.exitCode === null) {
      browser.kill('SIGTERM');
      const kill = setTimeout(() => browser.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Each route's path; a profile and compare take the first two parks the API lists. */
function paths(parks: { slug: string }[]): Record<WebRoute, string> {
  const [first, second] = parks;
  return {
    overview: '/',
    deals: '/deals',
    parks: '/parks',
    profile: `/parks/${first.slug}`,
    compare: second ? `/compare?parks=${encodeURIComponent(first.slug)},${encodeURIComponent(second.slug)}` : '/compare',
    fit: '/fit',
    api: '/api',
  };
}

async function measure(o: WebBenchOptions, result: DatasetWebResult, databaseUrl: string, env: Record<string, string>, write: () => Promise<void>) {
  log(`${result.name}: starting the server`);
  const server = await startServer(databaseUrl, { WEB_DIST: 'dist/web', ...env });
  try {
    const route = paths((await catalogue(server.url)).parks);
    for (const name of o.routes) {
      const entry = { route: name, path: route[name], runs: [] as RunOutcome[] };
      result.routes.push(entry);
      for (let i = 0; i < o.runs; i++) {
        const run = await lighthouseRun(o.chromium, server.url + route[name]);
        entry.runs.push(run);
        log(
          `${result.name}, ${ROUTE_LABELS[name]} run ${i + 1}: ` +
            ('figures' in run
              ? `performance ${run.figures.performance}, LCP ${(run.figures.lcpMs / 1000).toFixed(2)} s, TBT ${Math.round(run.figures.tbtMs)} ms, CLS ${run.figures.cls.toFixed(3)}`
              : `failed: ${run.error}`),
        );
      }
      await write();
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  let o: WebBenchOptions;
  try {
    o = parseWebArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof BenchUsageError)) throw err;
    console.error(`${err.message}\n\n${WEB_USAGE}`);
    process.exit(2);
  }
  const report: WebReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    ...(o.label ? { label: o.label } : {}),
    code: codeVersion(),
    machine: {
      cores: os.cpus().length,
      memoryGb: os.totalmem() / 1024 ** 3,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      loadStart: os.loadavg(),
    },
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    chromium: chromiumVersion(o.chromium),
    chromiumFlags: CHROMIUM_FLAGS,
    runs: o.runs,
    datasets: [],
  };
  const write = async () => {
    const file = resolve(ROOT, o.out);
    writeFileSync(file, await prettier(renderWebReport(report), { ...(await resolveConfig(file)), filepath: file }));
    log(`wrote ${o.out}`);
  };
  await buildWeb();

  const demo: DatasetWebResult = {
    name: 'Demo data',
    described: 'The default demo set, loaded by the server at start-up (SEED_ON_START) into a scratch SQLite file',
    routes: [],
  };
  report.datasets.push(demo);
  const demoDb = await createScratchDatabase('sqlite');
  try {
    await measure(o, demo, demoDb.url, { SEED_ON_START: 'true', DEMO_DATA: 'true' }, write);
  } catch (err) {
    demo.failure = err instanceof Error ? err.message : String(err);
  } finally {
    await demoDb.drop();
  }
  await write();

  if (!o.skipMillion) {
    const sizes = parseLoadArgs([]);
    const million: DatasetWebResult = { name: '1,000,000 investments', described: '', routes: [] };
    report.datasets.push(million);
    const scratch = o.million ? null : await createScratchDatabase('sqlite');
    try {
      if (o.million) million.described = `A database given with --million, served as it was (${o.million.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL'})`;
      else {
        log(`seeding ${sizes.investments.toLocaleString('en')} investments on SQLite`);
        const seconds = await runSeed(scratch!.url, sizes);
        million.described =
          `${sizes.investments.toLocaleString('en')} investments, ${sizes.deals.toLocaleString('en')} deals, ${sizes.tenancies.toLocaleString('en')} tenancies, ` +
          `${sizes.organizations.toLocaleString('en')} organizations (demo generator, seed ${sizes.seed}, \`npm run load\`'s sizes), seeded for the run into a scratch SQLite file in ${seconds.toFixed(0)} s`;
      }
      await measure(o, million, o.million ?? scratch!.url, { SEED_ON_START: 'false' }, write);
    } catch (err) {
      million.failure = err instanceof Error ? err.message : String(err);
    } finally {
      await scratch?.drop();
    }
  }
  report.machine.loadEnd = os.loadavg();
  await write();
  if (report.datasets.some((d) => d.failure)) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
