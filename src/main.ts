import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import './ui/app.css';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import placesUrl from '../data/places.csv?url';
import linksUrl from '../data/links.csv?url';
import regionsUrl from '../data/boundaries/regions.topo.json?url';
import countriesUrl from '../data/boundaries/countries.topo.json?url';
import {parseDataset} from './data/dataset';
import {LINK_TYPES, formatProblem} from './data/model';
import {
  getDrawableLinks,
  getLinkedPlaceIds,
  getPlacePositions,
  type RegionLabel,
} from './data/selectors';
import {getArcFeatures, getPlaceFeatures} from './geo/features';
import {getBounds} from './geo/bounds';
import {createMap, whenIdle} from './map/createMap';
import {LABEL_FONT} from './map/style';
import {TYPE_COLORS} from './map/palette';
import {parseUrl} from './state/urlCodec';
import {STRINGS} from './ui/i18n';
import {renderLegend} from './ui/legend';
import {renderSummary} from './ui/summary';
import {renderShell, showError, showNotice} from './ui/shell';

interface RegionProps {
  name_en: string;
  name_ru: string;
  country: string;
  lon: number;
  lat: number;
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

function hasWebGl2(doc: Document): boolean {
  return !!doc.createElement('canvas').getContext('webgl2');
}

async function start(doc: Document): Promise<void> {
  // 1. State from the URL.
  const {state, ignored} = parseUrl(doc.location.search);
  const strings = STRINGS[state.lang];
  const shell = renderShell(doc, state.lang, strings);
  if (ignored.length) showNotice(shell, strings.ignored(ignored.join(', ')));

  // 2. Data and boundaries, fetched together.
  const [placesText, linksText, regionsText, countriesText] = await Promise.all([
    fetchText(placesUrl),
    fetchText(linksUrl),
    fetchText(regionsUrl),
    fetchText(countriesUrl),
  ]);
  const regionsTopo = JSON.parse(regionsText) as Topology<{
    regions: GeometryCollection<RegionProps>;
  }>;
  const countriesTopo = JSON.parse(countriesText) as Topology<{countries: GeometryCollection}>;
  const regions = feature(regionsTopo, regionsTopo.objects.regions) as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    RegionProps
  >;
  const labels = new Map<string, RegionLabel>(
    regions.features.map((f) => [
      String(f.id),
      {
        id: String(f.id),
        nameEn: f.properties.name_en,
        nameRu: f.properties.name_ru,
        country: f.properties.country,
        lon: f.properties.lon,
        lat: f.properties.lat,
      },
    ]),
  );

  // 3. Validation: bad rows are reported and skipped, good rows drawn.
  const data = parseDataset({placesText, linksText}, new Set(labels.keys()));
  for (const p of new Set(data.problems.map(formatProblem))) console.warn(p);
  if (data.problems.length) showNotice(shell, strings.problems(data.problems.length));

  // 4. Derived geometry.
  const positions = getPlacePositions(data.places, labels);
  const links = getDrawableLinks(data.links, positions);
  const placeIds = getLinkedPlaceIds(links);
  const linkedRegions = new Set(placeIds.map((id) => data.places.get(id)?.region ?? id));
  for (const f of regions.features)
    (f.properties as RegionProps & {linked: boolean}).linked = linkedRegions.has(String(f.id));
  const cityIds = placeIds.filter((id) => {
    const kind = data.places.get(id)?.kind;
    return kind === 'city' || kind === 'district' || kind === 'country';
  });
  const regionLabels: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [...labels.values()].map((l) => ({
      type: 'Feature',
      properties: {id: l.id, name_en: l.nameEn, name_ru: l.nameRu},
      geometry: {type: 'Point', coordinates: [l.lon, l.lat]},
    })),
  };

  // 5. The map, once WebGL and the label font are there.
  if (!hasWebGl2(doc)) {
    showError(shell, strings.noWebgl);
    return;
  }
  await doc.fonts.load(`16px "${LABEL_FONT}"`, 'AaЯя');
  const map = createMap({
    container: shell.map,
    lang: state.lang,
    bounds: getBounds(placeIds.map((id) => positions.get(id)).filter((p) => !!p)),
    attribution: strings.attribution,
    data: {
      countries: feature(countriesTopo, countriesTopo.objects.countries),
      regions,
      regionLabels,
      places: getPlaceFeatures(cityIds, data.places, positions, links),
      arcs: getArcFeatures(links, positions),
    },
  });

  // 6. Legend and summary, then the ready signal once the map is idle.
  renderLegend(
    shell.legend,
    LINK_TYPES.map((type) => ({
      type,
      color: TYPE_COLORS[type],
      count: links.filter((l) => l.type === type).length,
    })),
    strings,
  );
  renderSummary(shell.summary, {links: links.length, places: placeIds.length}, strings);
  await whenIdle(map);
  doc.documentElement.dataset.ready = 'true';
}

start(document).catch((err: unknown) => {
  console.error(err);
  const lang = parseUrl(document.location.search).state.lang;
  const shell = renderShell(document, lang, STRINGS[lang]);
  showError(shell, STRINGS[lang].loadFailed, () => document.location.reload());
});
