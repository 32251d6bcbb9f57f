// `npm run bench:requests` (part of `npm run bench`, never of `npm test`): requests a second under load against the
// server with the demo data, beside a bare node:http server in the same run (bench/throughput.ts); writes
// bench/REQUESTS.md.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { today } from './overview.js';
import { startServer } from './server-process.js';
import { measureThroughput, renderThroughput, type ThroughputOptions } from './throughput.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export async function benchRequests(out = 'bench/REQUESTS.md', seconds = Number(process.env.BENCH_SECONDS ?? 10)): Promise<string> {
  const db = await createScratchDatabase('sqlite');
  try {
    // The demo data as `npm start` seeds it; rate limits raised for the run.
    const server = await startServer(db.url, { SEED_ON_START: 'true', RATE_LIMIT_ANONYMOUS: '100000000' });
    try {
      const options: ThroughputOptions = { connections: 50, seconds, today: today() };
      const load = os.loadavg()[0].toFixed(1);
      const results = await measureThroughput(server.url, options, log);
      const text = [
        '# Requests under load',
        '',
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:requests\` (also part of \`npm run bench\`) on SQLite with`,
        `the demo data (2,000 investments), the server started with NODE_ENV=production; ${os.cpus().length} cores, load ${load} at start.`,
        '',
        renderThroughput(results, options),
        '',
      ].join('\n');
      // Written as Prettier writes it, so the lint check passes on a committed report.
      const file = resolve(ROOT, out);
      writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
      log(`wrote ${out}`);
      return text;
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await benchRequests());
}
