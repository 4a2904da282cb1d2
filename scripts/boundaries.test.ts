import {readFileSync} from 'node:fs';
import path from 'node:path';
import {feature} from 'topojson-client';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Geometry {
  id?: string;
  properties: {name_en: string};
}

function geometriesOf(file: string, object: string): Geometry[] {
  const topo = JSON.parse(readFileSync(path.join(ROOT, 'data/boundaries', file), 'utf8')) as {
    objects: Record<string, {geometries: Geometry[]}>;
  };
  return topo.objects[object]?.geometries ?? [];
}

describe('bundled boundaries', () => {
  it.each([
    ['countries.topo.json', 'countries'],
    ['regions.topo.json', 'regions'],
  ])('%s holds one feature per id, so each id has one name', (file, object) => {
    const ids = geometriesOf(file, object).map((g) => g.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names a country after its largest part, not a territory drawn under the country's code", () => {
    const au = geometriesOf('countries.topo.json', 'countries').find((g) => g.id === 'AU');
    expect(au?.properties.name_en).toBe('Australia');
  });

  it.each([
    ['countries.topo.json', 'countries'],
    ['regions.topo.json', 'regions'],
  ])(
    '%s has no edge across the map from one side of the antimeridian to the other',
    (file, object) => {
      const topo = JSON.parse(readFileSync(path.join(ROOT, 'data/boundaries', file), 'utf8'));
      const fc = feature(topo, topo.objects[object]) as unknown as GeoJSON.FeatureCollection<
        GeoJSON.Polygon | GeoJSON.MultiPolygon
      >;
      const crossing = fc.features.filter((f) => {
        // Antarctica's ring runs round the pole: its one edge along the line closes it.
        if (f.id === 'AQ') return false;
        const polys =
          f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        return polys.some((rings) =>
          rings.some((r) =>
            r.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (r[i - 1]?.[0] ?? 0)) > 180),
          ),
        );
      });
      expect(crossing.map((f) => f.id)).toEqual([]);
    },
  );
});
