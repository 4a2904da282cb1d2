/**
 * Vite plugin: the base map's tiles and labels (`scripts/baseTiles.ts`), cut from the committed
 * boundary files. `vite build` writes them under `dist/base/`; the dev server answers `/base/…`
 * from memory and cuts them again when a boundary file changes.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from 'vite';
import {BASE_DIR} from '../src/map/base';
import {buildBaseTiles, type BoundaryTopologies} from './baseTiles';

const TYPES: Record<string, string> = {json: 'application/json', pbf: 'application/x-protobuf'};

export function baseTilesPlugin(root: string): Plugin {
  const sources = ['regions', 'countries'].map((name) =>
    path.join(root, 'data', 'boundaries', `${name}.topo.json`),
  );
  let files: Map<string, Uint8Array> | null = null;
  const getFiles = (): Map<string, Uint8Array> => {
    if (!files) {
      const [regions, countries] = sources.map(
        (f) => JSON.parse(readFileSync(f, 'utf8')) as unknown,
      );
      files = buildBaseTiles({regions, countries} as BoundaryTopologies);
    }
    return files;
  };
  return {
    name: 'interregio-base-tiles',
    configureServer(server) {
      server.watcher.add(sources);
      server.watcher.on('change', (f) => {
        if (sources.includes(path.resolve(f))) files = null;
      });
      server.middlewares.use((req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const file = name.startsWith(BASE_DIR) ? getFiles().get(name) : undefined;
        if (!file) return next();
        res.setHeader(
          'Content-Type',
          TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        );
        res.end(file);
      });
    },
    generateBundle() {
      for (const [fileName, source] of getFiles()) this.emitFile({type: 'asset', fileName, source});
    },
  };
}
