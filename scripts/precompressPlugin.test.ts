import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {findGzipCopy, writeGzipCopies} from './precompressPlugin';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'base', '3'), {recursive: true});
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${'<p>text</p>'.repeat(200)}`);
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'const a = 1;\n'.repeat(500));
  writeFileSync(path.join(dir, 'base', '3', '1.pbf'), Buffer.alloc(4000, 7));
  // Random bytes do not compress: no copy is worth keeping.
  writeFileSync(
    path.join(dir, 'assets', 'noise.json'),
    Buffer.from(Array.from({length: 4000}, (_, i) => (i * 7919 + ((i * i) % 251)) % 256)),
  );
  writeFileSync(path.join(dir, 'assets', 'font.woff2'), 'wOF2'.repeat(1000));
});

afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('writeGzipCopies', () => {
  it('writes a gzip copy of every compressible file that it makes smaller, in every folder', () => {
    expect(writeGzipCopies(dir)).toBe(3);
    for (const f of ['index.html', 'assets/app.js', 'base/3/1.pbf']) {
      const copy = readFileSync(path.join(dir, `${f}.gz`));
      expect(gunzipSync(copy).equals(readFileSync(path.join(dir, f)))).toBe(true);
      expect(copy.length).toBeLessThan(readFileSync(path.join(dir, f)).length);
    }
    expect(existsSync(path.join(dir, 'assets', 'noise.json.gz'))).toBe(false);
    // Fonts (woff2) are compressed already and never copied.
    expect(existsSync(path.join(dir, 'assets', 'font.woff2.gz'))).toBe(false);
  });
});

describe('findGzipCopy', () => {
  beforeEach(() => writeGzipCopies(dir));

  it('finds the copy of a file, with the type of the original', () => {
    const copy = findGzipCopy(dir, '/assets/app.js?v=1', 'gzip, deflate');
    expect(copy?.file).toBe(path.join(dir, 'assets', 'app.js.gz'));
    expect(copy?.size).toBe(readFileSync(path.join(dir, 'assets', 'app.js.gz')).length);
    expect(copy?.type).toBe('text/javascript');
    expect(copy?.etag).toMatch(/^W\/"gz-\d+-/);
    expect(findGzipCopy(dir, '/base/3/1.pbf', 'gzip')?.type).toBe('application/x-protobuf');
  });

  it('serves the page for its folder', () => {
    expect(findGzipCopy(dir, '/', 'gzip')?.file).toBe(path.join(dir, 'index.html.gz'));
  });

  it('has none for a browser that does not accept gzip', () => {
    expect(findGzipCopy(dir, '/assets/app.js', undefined)).toBeNull();
    expect(findGzipCopy(dir, '/assets/app.js', 'br, deflate')).toBeNull();
  });

  it('has none for a file without a copy, of another type, or missing', () => {
    expect(findGzipCopy(dir, '/assets/noise.json', 'gzip')).toBeNull();
    expect(findGzipCopy(dir, '/assets/font.woff2', 'gzip')).toBeNull();
    expect(findGzipCopy(dir, '/assets/missing.js', 'gzip')).toBeNull();
  });

  it('never reaches outside its folder', () => {
    writeFileSync(`${dir}-secret.js.gz`, 'x');
    // An escaped slash survives the URL's own clean-up of dot segments.
    expect(findGzipCopy(dir, `/..%2f${path.basename(dir)}-secret.js`, 'gzip')).toBeNull();
    expect(findGzipCopy(dir, `/../${path.basename(dir)}-secret.js`, 'gzip')).toBeNull();
    rmSync(`${dir}-secret.js.gz`);
  });
});
