// `npm run bench:profile`: the server's CPU time per overview request that misses every cache (a different period and
// sector each time, the response cache off), read from /proc for the server process alone, so a busy machine slows
// the run down but hardly changes the figure. With PROFILE_DIR set, the server also writes a V8 CPU profile there
// (open it in Chrome's DevTools, Performance tab). Never part of `npm test`.
import { readFileSync } from 'node:fs';
import { print } from 'graphql';
import { DashboardPageQueryDocument, SectorCode } from '../web/src/__generated__/graphql.js';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { last12Months, overviewVariables, today } from './overview.js';
import { startServer } from './server-process.js';

const requests = Number(process.env.PROFILE_REQUESTS ?? 300);
const dir = process.env.PROFILE_DIR;
const db = await createScratchDatabase('sqlite');
const server = await startServer(db.url, { SEED_ON_START: 'true', RESPONSE_CACHE_MB: '0' }, dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []);
/** The server process's user and system CPU time so far, in ms (Linux: /proc/PID/stat fields 14 and 15, in 1/100 s). */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
try {
  const query = print(DashboardPageQueryDocument);
  const base = overviewVariables(last12Months(today()));
  const sectors = [SectorCode.Logistics, SectorCode.Trade, SectorCode.NewEnergy, SectorCode.EquipmentManufacturing, null];
  const send = async (variables: object) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.text();
    if (!res.ok || body.includes('"errors"')) throw new Error(body.slice(0, 500));
  };
  // Warm-up (JIT, prepared statements), not counted.
  for (let i = 0; i < 20; i++) await send(base);
  const cpu0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < requests; i++) {
    const sector = sectors[i % sectors.length];
    const period = last12Months(`2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(2 + (i % 25)).padStart(2, '0')}`);
    await send({ ...base, period, tenantPeriod: period, filter: sector ? { sector: { in: [sector] } } : {} });
  }
  const wall = (performance.now() - t0) / requests;
  const cpu = (cpuMs() - cpu0) / requests;
  process.stdout.write(`overview misses, one at a time: ${requests} requests, server CPU ${cpu.toFixed(1)} ms each, wall ${wall.toFixed(1)} ms each\n`);
} finally {
  await server.stop();
  await db.drop();
}
