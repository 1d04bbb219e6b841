// Vite needs its config as a default export (this file is exempt from the named-exports rule).
// Run from the repository root: `vite build --config apps/web/vite.config.ts`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://127.0.0.1:4000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // In development the API runs on its own (port 4000); the browser still talks same-origin.
    proxy: {
      '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/metrics': apiTarget,
    },
  },
  preview: { host: '127.0.0.1' },
});
