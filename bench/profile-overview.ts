// `npm run bench:profile`: the server's CPU time per overview request that misses every cache (a different period and
// sector each time, the response cache off), then per root field of the overview alone, read from /proc for the
// server process (all its threads: garbage collection and compression included), so a busy machine slows the run
// down but hardly changes the figures. With PROFILE_DIR set, the server also writes a V8 CPU profile there (open it
// in Chrome's DevTools, Performance tab). Never part of `npm test`.
import { readFileSync } from 'node:fs';
import { Kind, print, visit, type DocumentNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import { DashboardPageQueryDocument, SectorCode } from '../web/src/__generated__/graphql.js';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { last12Months, overviewVariables, today } from './overview.js';
import { startServer } from './server-process.js';

const requests = Number(process.env.PROFILE_REQUESTS ?? 300);
const dir = process.env.PROFILE_DIR;
const OVERVIEW = DashboardPageQueryDocument as DocumentNode;

/** The overview document with only some of its root fields, and the variables and fragments those use. */
export function withRootFields(document: DocumentNode, keep: (name: string) => boolean): DocumentNode {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const nameOf = (s: SelectionNode) => (s.kind === Kind.FIELD ? (s.alias?.value ?? s.name.value) : '');
  const selections = operation.selectionSet.selections.filter((s) => keep(nameOf(s)));
  const fragments = new Set<string>();
  const variables = new Set<string>();
  const scan = (node: object) =>
    visit(node as DocumentNode, {
      FragmentSpread: (spread) => {
        if (fragments.has(spread.name.value)) return;
        fragments.add(spread.name.value);
        const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === spread.name.value);
        if (fragment) scan(fragment);
      },
      Variable: (v) => {
        variables.add(v.name.value);
      },
    });
  scan({ kind: Kind.SELECTION_SET, selections });
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...operation,
        selectionSet: {
          ...operation.selectionSet,
          selections: selections.length ? selections : [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        },
        variableDefinitions: operation.variableDefinitions?.filter((v) => variables.has(v.variable.name.value)),
      },
      ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION && fragments.has(d.name.value)),
    ],
  };
}

// PROFILE_DATABASE_URL profiles an existing database (say the 1,000,000-row set `npm run seed -- --investments 1000000`
// made) instead of a scratch one with the demo set; it is left as it was.
const given = process.env.PROFILE_DATABASE_URL;
const db = given ? { url: given, drop: async () => {} } : await createScratchDatabase('sqlite');
const server = await startServer(
  db.url,
  { SEED_ON_START: given ? 'false' : 'true', RESPONSE_CACHE_MB: '0' },
  dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [],
);
/** The server process's user and system CPU time so far, in ms (Linux: /proc/PID/stat fields 14 and 15, in 1/100 s). */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
try {
  const base = overviewVariables(last12Months(today()));
  const sectors = [SectorCode.Logistics, SectorCode.Trade, SectorCode.NewEnergy, SectorCode.EquipmentManufacturing, null];
  /** Sends `document` `n` times, each with another period (and sector), after a warm-up; the server's CPU ms each. */
  const measure = async (document: DocumentNode, n: number) => {
    const query = print(document);
    let bytes = 0;
    const send = async (variables: object) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.text();
      if (!res.ok || body.includes('"errors"')) throw new Error(body.slice(0, 500));
      bytes = body.length;
    };
    // Warm-up (JIT, prepared statements), not counted.
    for (let i = 0; i < 20; i++) await send(base);
    const cpu0 = cpuMs();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const sector = sectors[i % sectors.length];
      const period = last12Months(`2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(2 + (i % 25)).padStart(2, '0')}`);
      await send({ ...base, period, tenantPeriod: period, filter: sector ? { sector: { in: [sector] } } : {} });
    }
    return { cpu: (cpuMs() - cpu0) / n, wall: (performance.now() - t0) / n, bytes };
  };
  const whole = await measure(OVERVIEW, requests);
  const lines = [`overview misses, one at a time: ${requests} requests, server CPU ${whole.cpu.toFixed(1)} ms each, wall ${whole.wall.toFixed(1)} ms each`];
  lines.push('', 'each root field alone (the same variables), server CPU ms per request:');
  const operation = OVERVIEW.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const names = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? (s.alias?.value ?? s.name.value) : ''));
  for (const name of ['(none: __typename)', ...names]) {
    const part = await measure(
      withRootFields(OVERVIEW, (n) => n === name),
      Math.ceil(requests / 2),
    );
    lines.push(`  ${name.padEnd(20)} ${part.cpu.toFixed(1).padStart(6)} ms  ${String(part.bytes).padStart(7)} bytes`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await server.stop();
  await db.drop();
}
