// Mutation testing (npm run mutation; never part of npm test). Incremental: results of unchanged mutants are reused
// from bench/stryker-incremental.json. The HTML and JSON reports go to reports/ (not committed); the score per folder
// goes to bench/MUTATION.md (scripts/mutation-scores.ts). Narrow a run with --mutate, e.g.
//   MUTATION_TESTS=test/integration/views.test.ts,test/integration/edges.test.ts npm run mutation -- --mutate 'server/src/modules/views/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'server/src/modules/{stats,money,writes,access,views,fit}/**/*.ts',
    '!server/src/modules/**/*.test.ts',
    'server/src/graphql/{pagination,filters,limits}.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'bench/stryker-incremental.json',
  reporters: ['html', 'json', 'progress', 'clear-text'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 60_000,
  timeoutFactor: 2,
  ignorePatterns: ['/data', '/docs', '/test/e2e', '/reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
