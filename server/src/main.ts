import { ConfigError, loadConfig } from './config.js';
import { dialectOf } from './db/mikro-orm.config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

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
  const server = await startServer(config, logger);
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
