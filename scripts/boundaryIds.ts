import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {GeometryCollection, Topology} from 'topojson-specification';

/** Ids of the first-level regions in the committed boundaries file. */
export function readRegionIds(root: string): Set<string> {
  const file = path.join(root, 'data', 'boundaries', 'regions.topo.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{regions: GeometryCollection}>;
  return new Set(topo.objects.regions.geometries.map((g) => String(g.id)));
}
