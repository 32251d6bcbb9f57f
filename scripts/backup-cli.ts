// `npm run backup -- FILE` and `npm run restore -- FILE`, against DATABASE_URL (SQLite file or PostgreSQL).
//
//   npm run backup -- backups/parkscope-2026-12-01.sqlite     while the server runs and writes
//   npm run restore -- backups/parkscope-2026-12-01.sqlite    with every server stopped
//
// Exit codes: 0 done, 1 failed (nothing replaced), 2 usage or configuration, 3 refused: the database is in use.
import { ConfigError, loadConfig } from '../server/src/config.js';
import { BackupError, backupDatabase, restoreDatabase } from '../server/src/db/backup.js';
import { DatabaseInUseError } from '../server/src/db/locks.js';
import { dialectOf } from '../server/src/db/mikro-orm.config.js';

const [command, file, ...extra] = process.argv.slice(2);
if (!['backup', 'restore'].includes(command ?? '') || !file || extra.length) {
  console.error('usage: npm run backup -- FILE | npm run restore -- FILE');
  process.exit(2);
}

let databaseUrl: string;
try {
  databaseUrl = loadConfig().DATABASE_URL;
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}

const dialect = dialectOf(databaseUrl) === 'sqlite' ? 'SQLite' : 'PostgreSQL';
try {
  if (command === 'backup') {
    const report = await backupDatabase(databaseUrl, file);
    const mode = report.journalMode && report.journalMode !== 'wal' ? ` (journal mode ${report.journalMode}: writers waited)` : '';
    console.log(`Backed up the ${dialect} database to ${report.file} (${report.bytes} bytes)${mode}; integrity check: ${report.check}`);
  } else {
    const report = await restoreDatabase(databaseUrl, file);
    console.log(`Restored the ${dialect} database from ${file}; integrity check: ${report.check}`);
  }
} catch (err) {
  if (err instanceof DatabaseInUseError) {
    console.error(`${command} refused (${err.code}): ${err.message}`);
    process.exit(3);
  }
  if (err instanceof BackupError) {
    console.error(`${command} failed (${err.code}): ${err.message}`);
    process.exit(1);
  }
  console.error(`${command} failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
