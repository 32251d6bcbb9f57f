// Says up front which database and browser suites run. PostgreSQL runs when TEST_DATABASE_URL is set; with REQUIRE_POSTGRES=1
// (CI) a missing or unreachable PostgreSQL fails the run instead of being skipped.
import { Redis } from 'ioredis';
import pg from 'pg';
import { CHROMIUM, HAS_BROWSER } from '../helpers/browser.js';

export default async function setup() {
  checkBrowser();
  await checkRedis();
  const url = process.env.TEST_DATABASE_URL;
  const required = process.env.REQUIRE_POSTGRES === '1';
  if (!url) {
    if (required) throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL suite would be skipped.');
    console.warn(
      '\n*** PostgreSQL tests NOT run: TEST_DATABASE_URL is not set (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test). ' +
        'Only the SQLite suite runs. ***\n',
    );
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL is not reachable (${(err as Error).message}); unset it to run SQLite only.`);
  } finally {
    await client.end().catch(() => undefined);
  }
  console.log('\n*** Database suites: SQLite and PostgreSQL ***\n');
}

function checkBrowser() {
  if (HAS_BROWSER) return;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}: the browser suite would be skipped.`);
  console.warn(`\n*** Browser tests NOT run: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk). ***\n`);
}

/** The shared (Redis) rate-limit tests run when TEST_REDIS_URL is set; REQUIRE_REDIS=1 (CI) makes a missing Redis fail. */
async function checkRedis() {
  const url = process.env.TEST_REDIS_URL;
  if (!url) {
    if (process.env.REQUIRE_REDIS === '1') throw new Error('REQUIRE_REDIS=1 but TEST_REDIS_URL is not set: the Redis rate-limit tests would be skipped.');
    console.warn('\n*** Redis rate-limit tests NOT run: TEST_REDIS_URL is not set (e.g. TEST_REDIS_URL=redis://127.0.0.1:6379). ***\n');
    return;
  }
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`TEST_REDIS_URL is set but Redis is not reachable (${(err as Error).message}); unset it to skip the Redis tests.`);
  } finally {
    redis.disconnect();
  }
}
