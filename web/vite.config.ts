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
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
