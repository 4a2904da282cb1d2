/**
 * Vite plugin: `vite build` writes a gzip copy (`name.gz`, highest level) beside every file of the
 * build that is worth compressing, and `vite preview` serves those copies to browsers that accept
 * gzip instead of compressing every response again while the page loads. Static hosts that serve
 * precompressed files (nginx's `gzip_static`, for one) use the same copies.
 */
import {createReadStream, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import type {IncomingMessage, ServerResponse} from 'node:http';
import path from 'node:path';
import {constants, gzipSync} from 'node:zlib';
import type {Plugin, ResolvedConfig} from 'vite';

/** Types of the files worth compressing, by extension. */
export const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pbf': 'application/x-protobuf',
};

/** A copy is kept only if it saves at least this share of the file. */
const MIN_SAVING = 0.1;

function listFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : e.isFile() ? [p] : [];
  });
}

/** Writes `file.gz` beside every compressible file of `dir`; returns how many it wrote. */
export function writeGzipCopies(dir: string): number {
  let written = 0;
  for (const file of listFiles(dir)) {
    if (!(path.extname(file) in COMPRESSIBLE)) continue;
    const raw = readFileSync(file);
    const gz = gzipSync(raw, {level: constants.Z_BEST_COMPRESSION});
    if (gz.length > raw.length * (1 - MIN_SAVING)) continue;
    writeFileSync(`${file}.gz`, gz);
    written++;
  }
  return written;
}

/**
 * The gzip copy to send for a request, if there is one: its path and size, the original's type,
 * and an ETag. Paths leading out of `dir` have none.
 */
export function findGzipCopy(
  dir: string,
  url: string,
  acceptEncoding: string | undefined,
): {file: string; size: number; type: string; etag: string} | null {
  if (!/\bgzip\b/.test(acceptEncoding ?? '')) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.join(dir, pathname);
  if (!file.startsWith(dir + path.sep)) return null;
  const type = COMPRESSIBLE[path.extname(file)];
  if (!type) return null;
  try {
    const st = statSync(`${file}.gz`);
    if (!st.isFile()) return null;
    return {file: `${file}.gz`, size: st.size, type, etag: `W/"gz-${st.size}-${st.mtimeMs}"`};
  } catch {
    return null;
  }
}

export function precompressPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'interregio-precompress',
    configResolved(c) {
      config = c;
    },
    closeBundle: {
      order: 'post',
      handler() {
        if (config.command === 'build')
          writeGzipCopies(path.resolve(config.root, config.build.outDir));
      },
    },
    configurePreviewServer(server) {
      const dir = path.resolve(config.root, config.build.outDir);
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const copy =
          req.method === 'GET' || req.method === 'HEAD'
            ? findGzipCopy(dir, req.url ?? '/', req.headers['accept-encoding'])
            : null;
        if (!copy) return next();
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('ETag', copy.etag);
        if (req.headers['if-none-match'] === copy.etag) {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.setHeader('Content-Type', copy.type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', copy.size);
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        createReadStream(copy.file).pipe(res);
      });
    },
  };
}
