import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { preloadApp } from './preload-app.mts';

/*
 * The Explorer and the GraphQL IDE, built into dist/web, which the API server serves at / and (for
 * browsers) /graphql. Everything is bundled: no CDN, so both work with no internet.
 */
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [preloadApp('/src/mount.tsx')],
  build: {
    outDir: resolve(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    // The server looks for the manifest to tell a built folder from the sources (see src/server/web.ts).
    manifest: true,
    // Monaco (inside GraphiQL) is large by nature; it is loaded only by the IDE page.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      // GraphiQL's dependencies mark modules "use client" for React Server Components; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: resolve(here, 'index.html'),
        graphiql: resolve(here, 'graphiql.html'),
      },
    },
  },
});
