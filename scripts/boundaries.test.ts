import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function geometriesOf(
  file: string,
  object: string,
): {id?: string; properties: {name_en: string}}[] {
  const topo = JSON.parse(readFileSync(path.join(ROOT, 'data/boundaries', file), 'utf8')) as {
    objects: Record<string, {geometries: {id?: string; properties: {name_en: string}}[]}>;
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
});
