// The server as one JavaScript file (main.ts and everything it imports from this repository; packages stay imports),
// for the tests that start the server as its own process: plain `node` starts it in about a second, where tsx
// compiles every module on each start (28-68 s a process on a loaded 2-core machine). Written by the tests' global
// setup once per run, so it always holds the code under test.
//   node --import tsx scripts/build-server.ts [outfile]
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SERVER_BUNDLE = resolve(ROOT, 'dist/test-server/main.mjs');

/**
 * Modules find their files (the schema, the published SDL, migrations) from their own `import.meta.url`; in one file
 * they would all share the bundle's. Each keeps its source file's URL instead.
 */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** Bundles main.ts into `outfile`; returns its path. */
export async function buildServerBundle(outfile = SERVER_BUNDLE): Promise<string> {
  await build({
    entryPoints: [resolve(ROOT, 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildServerBundle(process.argv[2] ? resolve(process.argv[2]) : undefined));
}
