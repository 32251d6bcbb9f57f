import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node and every dependency load the CJS one, so tests must too
    // or the schema's types come from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'server/**/*.test.ts', 'seeds/**/*.test.ts', 'web/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['test/setup/databases.ts', 'test/setup/server-bundle.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a page shows after a request; on a loaded CI machine that can take seconds, not the
    // default one. A poll still fails as soon as it times out, so a control that never works still fails.
    expect: { poll: { timeout: 20_000 } },
    pool: 'forks',
    // Two files at a time: most of a file's time is waiting on its server, database and browser, not the CPU (on a
    // 2-core machine vitest's default is one file at a time: the suite took 9.4 min that way, most of it idle).
    maxWorkers: 2,
  },
});
