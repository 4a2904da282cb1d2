import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import {baseTilesPlugin} from './scripts/baseTilesPlugin';
import {precompressPlugin} from './scripts/precompressPlugin';
import {preloadPlugin} from './scripts/preloadPlugin';

export default defineConfig({
  // Real 404s for missing files, which the failure-state tests rely on.
  appType: 'mpa',
  plugins: [
    baseTilesPlugin(fileURLToPath(new URL('.', import.meta.url))),
    preloadPlugin(),
    precompressPlugin(),
  ],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    // MapLibre in a chunk of its own, so the app's own code can be measured apart.
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: {host: '127.0.0.1', port: 5173, strictPort: true},
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
