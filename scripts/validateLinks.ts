/**
 * Validates data/places.csv and data/links.csv with the app's own validator, and checks every
 * quote against its source document in ../shared/seeds (mandatory when CI=true).
 * Prints each problem as `file:line: reason` and exits non-zero when there is any.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseDataset} from '../src/data/dataset';
import {formatProblem} from '../src/data/model';
import {createQuoteCheck} from '../src/data/quotes';
import {readRegionIds} from './boundaryIds';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = process.env.SEEDS_DIR ?? path.resolve(ROOT, '..', 'shared', 'seeds');

function readDocument(dir: string, source: string): string | null {
  const file = path.join(dir, source);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function main(): void {
  const haveSeeds = existsSync(SEEDS);
  if (!haveSeeds && process.env.CI === 'true') {
    console.error(`${SEEDS} is missing: the quote check is mandatory under CI=true`);
    process.exit(1);
  }
  const data = parseDataset(
    {
      placesText: readFileSync(path.join(ROOT, 'data', 'places.csv'), 'utf8'),
      linksText: readFileSync(path.join(ROOT, 'data', 'links.csv'), 'utf8'),
      placesFile: 'data/places.csv',
      linksFile: 'data/links.csv',
    },
    readRegionIds(ROOT),
    haveSeeds ? {checkQuote: createQuoteCheck((source) => readDocument(SEEDS, source))} : {},
  );
  for (const p of data.problems) console.log(formatProblem(p));
  console.log(
    `${data.links.length} links and ${data.places.size} places valid; ` +
      `${data.problems.length} problem${data.problems.length === 1 ? '' : 's'}` +
      (haveSeeds ? '' : ' (quotes not checked: no source documents)'),
  );
  if (data.problems.length) process.exit(1);
}

main();
