import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Each `graphql(`...`)` call becomes a direct import of its typed document (what the client preset's Babel plugin
 * does), so a chunk carries only the documents it uses: without this, the generated `graphql()` function's map of every
 * document lands in the app shell. Each document is its own small module (`virtual:graphql-document/<Name>`, its JSON
 * read from __generated__/graphql.ts), since __generated__/graphql.ts is one module: imported by the shell and by every
 * page, it would be one chunk holding every page's documents in the shell. Calls whose document is not generated are
 * left alone; line breaks are kept so source maps stay line-accurate.
 */
const VIRTUAL = 'virtual:graphql-document/';

function graphqlDocuments(): Plugin {
  const generated = new URL('./src/__generated__/graphql.ts', import.meta.url).pathname;
  let exported = new Set<string>();
  const pascal = (name: string) =>
    name
      .split('_')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join('_');
  return {
    name: 'parkscope:graphql-documents',
    enforce: 'pre',
    buildStart() {
      exported = new Set([...readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = \{"kind":"Document"/gm)].map((m) => m[1]));
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      const line = readFileSync(generated, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`export const ${name} = `));
      const json = line && /^export const \w+ = (\{.*\}) as unknown as DocumentNode/.exec(line)?.[1];
      if (!json) throw new Error(`No generated document ${name}: run npm run codegen`);
      return `export const ${name} = ${json};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('__generated__') || !code.includes('graphql(`')) return null;
      const used = new Set<string>();
      const out = code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, text: string) => {
        const m = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/m.exec(text.replace(/^\s*#.*$/gm, ''));
        if (!m) return call;
        const name = m[1] === 'fragment' ? `${pascal(m[2])}FragmentDoc` : `${pascal(m[2])}Document`;
        if (!exported.has(name)) return call;
        used.add(name);
        return name + '\n'.repeat(call.split('\n').length - 1);
      });
      if (!used.size) return null;
      return { code: `${out}\n${[...used].map((name) => `import { ${name} } from '${VIRTUAL}${name}';`).join('\n')}\n`, map: null };
    },
  };
}

// The client is built into dist/web and served by the API server (hashed asset names, cached for a year); the server's
// build of the app (entry-server.tsx, which renders pages for the API server) into dist/web-server, its packages left
// as imports from node_modules.
export default defineConfig(({ isSsrBuild }) => ({
  root: new URL('.', import.meta.url).pathname,
  plugins: [graphqlDocuments(), react()],
  build: isSsrBuild
    ? {
        outDir: new URL('../dist/web-server', import.meta.url).pathname,
        emptyOutDir: true,
        sourcemap: true,
      }
    : {
        outDir: new URL('../dist/web', import.meta.url).pathname,
        emptyOutDir: true,
        sourcemap: true,
        // Every browser the app supports preloads modules natively.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          // Two pages: the app, and the GraphQL explorer served at GET /graphql (its editor never loads with the app).
          input: {
            app: new URL('./index.html', import.meta.url).pathname,
            explorer: new URL('./explorer.html', import.meta.url).pathname,
          },
          output: {
            // Libraries change less often than the app: separate chunks keep their cache across app releases.
            codeSplitting: {
              groups: [
                { name: 'react', test: /node_modules[\\/](react|react-dom|wouter|regexparam|scheduler)[\\/]/ },
                { name: 'apollo', test: /node_modules[\\/](@apollo|rxjs|@wry|optimism)[\\/]/ },
                { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
              ],
            },
          },
        },
      },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
}));
