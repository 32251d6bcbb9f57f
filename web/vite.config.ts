import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is built into dist/web and served by the API server (hashed asset names, cached for a year).
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  build: {
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
});
