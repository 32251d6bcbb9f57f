// The entry point (npm start): checks the configuration, starts the server with the source's records to load, and
// shuts down gracefully. It composes server/ and seeds/, which do not import each other's start-up.
import { ConfigError, loadConfig } from './server/src/config.js';
import { dialectOf } from './server/src/db/mikro-orm.config.js';
import { createLogger } from './server/src/logger.js';
import { startServer } from './server/src/server.js';
import { seedOnStart } from './seeds/startup.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
const logger = createLogger(config.LOG_LEVEL);

try {
  const server = await startServer(config, logger, {}, { seed: seedOnStart });
  logger.info({ url: server.url, database: dialectOf(config.DATABASE_URL) }, `Parkscope is up: ${server.url} (API and explorer: ${server.url}/graphql)`);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  // `on`, not `once`: the handler must stay registered or tsx's loader re-raises the signal and kills the process.
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (err) {
  logger.fatal({ err }, 'could not start');
  process.exit(1);
}
