// A process that opens a database as a server does (migrations included) when told to: the test starts several, waits
// until each has loaded its code and says "ready", then writes "go" to all so they open the database together.
import { openDatabase } from '../../server/src/db/orm.js';

const url = process.argv[2];
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  void (async () => {
    const orm = await openDatabase(url);
    await orm.close(true);
    process.stdout.write('opened\n');
    process.exit(0);
  })().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
});
