import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where the API runs in development; the dev server forwards /api and /socket.io to it.
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // Libs shared with the server (messages and the date formatter), as the server's tsconfig names them.
  resolve: { alias: { '@convene/i18n': fileURLToPath(new URL('../../libs/i18n/src', import.meta.url)) } },
  build: {
    // The API serves this folder in production (see apps/api/src/api.module.ts).
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Which chunks each page loads: scripts/page-weight.mjs sums the liveblog page's from it.
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiUrl, changeOrigin: true },
      '/socket.io': { target: apiUrl, changeOrigin: true, ws: true },
    },
  },
});
