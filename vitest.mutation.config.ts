// The suite Stryker runs for each mutant (npm run mutation): the server's tests on SQLite only, no browser tests.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

delete process.env.TEST_DATABASE_URL;
delete process.env.TEST_REDIS_URL;
delete process.env.REQUIRE_POSTGRES;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // MUTATION_TESTS narrows the run to some test files (comma-separated globs), e.g. a folder's own tests.
    include: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',') : ['test/integration/**/*.test.ts', 'server/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', '.stryker-tmp/**'],
  },
});
