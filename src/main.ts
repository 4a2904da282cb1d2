import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import './ui/app.css';
import {extent} from 'd3-array';
import placesUrl from '../data/places.csv?url';
import linksUrl from '../data/links.csv?url';
import storiesUrl from '../data/stories.json?url';
import {parseStories, type Story} from './data/stories';
import {renderStoryCard} from './ui/presenter';
import {createLinkTable} from './ui/table';
import {parseDataset} from './data/dataset';
import {LINK_TYPES, SECTORS, STATUSES, formatProblem, type Link, type Place} from './data/model';
import {searchPlaces} from './data/search';
import {getLevelId, isWithin} from './data/selectors';
import {type ViewModel} from './data/viewModel';
import {createDataContext} from './data/context';
import {memoize1} from './data/memoize';
import {runImport} from './data/importClient';
import type {ImportFile} from './data/importData';
import {createImportPanel} from './ui/importPanel';
import {getArcInstances, getPlaceFeatures, nameWithGroup} from './geo/features';
import {getFramingBounds} from './geo/bounds';
import {getOverlayPadding} from './ui/overlays';
import type {LonLat} from './geo/arcs';
import type {LngLatBoundsLike} from 'maplibre-gl';
import {createMapView, whenWorkersStart, type MapTarget, type MapView} from './map/mapView';
import {LABEL_FONT} from './map/style';
import {BASE_DIR, BASE_LABELS_FILE, type BaseLabels} from './map/base';
import {CHOROPLETH_COLORS, TYPE_COLORS} from './map/palette';
import {DEFAULT_FILTER, type AppState, type FilterState, type Lang} from './state/appState';
import {formatUrl, parseUrl} from './state/urlCodec';
import {renderDetails, type DetailsContent, type FactItem} from './ui/details';
import {setAttr, setDisabled, setText} from './ui/dom';
import {renderFilters, type FacetName, type FacetOption} from './ui/filters';
import {formatValue, formatYears} from './ui/format';
import {STRINGS, type Strings} from './ui/i18n';
import {renderLegend} from './ui/legend';
import {createSearch} from './ui/search';
import {getShell, renderShell, showError, showNotice, type Shell} from './ui/shell';
import {renderSummary} from './ui/summary';
import {createTimeline} from './ui/timeline';
import {renderTooltip} from './ui/tooltip';

/** Where the map looks while the links that frame it load: Eastern Europe to Central Asia. */
const HOME_BOUNDS: LngLatBoundsLike = [
  [20, 35],
  [88, 62],
];

/** Milliseconds without a change after which the address is written. */
const URL_DELAY = 300;

/** How much larger the map's labels are in presenter mode. */
const PRESENT_TEXT_SCALE = 1.4;

/** Resolves in a later task, letting the browser paint and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

function hrefFor(doc: Document, state: AppState, lang: Lang): string {
  return formatUrl({...state, lang}) || doc.location.pathname;
}

async function start(doc: Document, shell: Shell): Promise<void> {
  const win = doc.defaultView as Window;
  /** Whether the camera may glide: not for readers who ask for reduced motion. */
  const animate = () => !win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // 1. State from the URL; what it could not read is said in a notice.
  const parsed = parseUrl(doc.location.search);
  let state = parsed.state;
  let strings: Strings = STRINGS[state.lang];
  renderShell(shell, state.lang, strings, (l) => hrefFor(doc, state, l));
  // The mode's layout before the map measures its container.
  doc.body.dataset.mode = state.mode;
  // The timeline's controls too, labelled, so the map's container keeps its size when it is filled.
  const timeline = createTimeline(shell.timeline, strings, (range) => setFilter({years: range}));
  if (parsed.ignored.length) showNotice(shell, strings.ignored(parsed.ignored.join(', ')));

  // 2. Data and the base map's labels, fetched together, and the label font meanwhile. A reader's
  // own file named by data= (same origin only) is fetched alongside and drawn instead of the
  // bundled links.
  const ownUrl = state.data ? new URL(state.data, doc.location.href) : null;
  const ownText =
    ownUrl && ownUrl.origin === doc.location.origin
      ? fetchText(ownUrl.href).then(
          (text) => ({text, error: null}),
          (e: unknown) => ({text: null, error: String(e)}),
        )
      : null;
  const fontLoaded = doc.fonts.load(`16px "${LABEL_FONT}"`, 'AaЯя');
  const texts = Promise.all([
    fetchText(placesUrl),
    fetchText(linksUrl),
    fetchText(new URL(BASE_LABELS_FILE, doc.baseURI).href),
    // Stories only serve presenter mode: without them the map still works.
    fetchText(storiesUrl).catch(() => '[]'),
  ]);

  // 3. The map, created while the data loads: its drawing context and first tiles are ready by the
  // time the links are. Framed on the region until the links' own framing is known. Without WebGL
  // the map cannot be drawn (MapLibre throws); the table view carries the links.
  let mapView: MapView | null = null;
  // Set once the page is wired: a dense view groups its places anew at another whole zoom.
  let onSettle: (zoom: number) => void = () => {};
  await whenWorkersStart;
  try {
    mapView = createMapView({
      container: shell.map,
      lang: state.lang,
      bounds: HOME_BOUNDS,
      view: state.view,
      attribution: strings.attribution,
      base: new URL(BASE_DIR, doc.baseURI),
      onHover: (target, point) =>
        renderTooltip(shell.tooltip, target ? tooltipLines(target) : null, point),
      onClick: (target) => select(target),
      onMove: (v) => {
        state = {...state, view: v};
        scheduleUrl(false);
      },
      onSettle: (zoom) => onSettle(zoom),
    });
  } catch (err) {
    console.warn(String(err));
    showNotice(shell, strings.noWebgl);
    state = {...state, table: true};
  }

  // The map asks for its tiles before the data is parsed, so that the two overlap.
  await mapView?.whenLoading();
  const [placesText, linksText, baseText, storiesText] = await texts;
  const storyFile = parseStories(storiesText);
  for (const p of storyFile.problems) console.warn(formatProblem(p));
  const stories = storyFile.stories;
  const base = JSON.parse(baseText) as BaseLabels;
  const regionLabels = new Map(base.regions.map((l) => [l.id, l]));
  // Label points of regions and of countries (their capitals), where places without coordinates sit.
  const labels = new Map(regionLabels);
  for (const l of base.countries) labels.set(l.id, l);

  // 4. Validation: bad rows are reported and skipped, good rows drawn.
  const data = parseDataset({placesText, linksText}, new Set(regionLabels.keys()));
  // A pause: messages to a worker that has just started wait for this thread to be free, so the
  // map's first tiles are fetched now, not after the first view is built.
  await nextTask();
  for (const p of new Set(data.problems.map(formatProblem))) console.warn(p);
  if (data.problems.length) showNotice(shell, strings.problems(data.problems.length));
  let ctx = createDataContext(data, labels, new Date().getFullYear());
  const nameOf = (id: string): string => {
    const p = ctx.places.get(id);
    const l = labels.get(id);
    if (state.lang === 'ru') return p?.nameRu ?? l?.nameRu ?? id;
    return p?.nameEn ?? l?.nameEn ?? id;
  };

  // 5. The map's labels, ranked by the links, and its framing on them.
  let selectedPair: string | null = null;
  // The map's whole zoom when the view was last drawn, which a dense view groups its places at.
  let groupZoom: number | null = null;
  /** The view last drawn. */
  let drawnView: ViewModel | null = null;
  const currentView = () => ctx.getView(state.filter, state.level, groupZoom);
  // The filter's links are framed on their ends; many links on those of an even sample of them.
  const frame = () => {
    const {links} = ctx.filtered(state.filter);
    const step = Math.max(1, Math.floor(links.length / 10_000));
    const points: LonLat[] = [];
    for (let i = 0; i < links.length; i += step) {
      const l = links[i] as Link;
      for (const p of [ctx.positions.get(l.from), ctx.positions.get(l.to)]) if (p) points.push(p);
    }
    return getFramingBounds(points);
  };
  // Fits keep the framed links clear of the legend and the story card lying over the map.
  const fitPadding = () =>
    getOverlayPadding(
      shell.map.getBoundingClientRect(),
      [shell.legend, byId(doc, 'story')]
        .filter((el) => !el.hidden && el.offsetParent)
        .map((el) => el.getBoundingClientRect()),
    );
  mapView?.setRegionLabels({
    type: 'FeatureCollection',
    features: [...regionLabels.values()].map((l) => ({
      type: 'Feature',
      properties: {
        id: l.id,
        name_en: l.nameEn,
        name_ru: l.nameRu,
        rank: ctx.linkCount.get(l.id) ?? 0,
      },
      geometry: {type: 'Point', coordinates: [l.lon, l.lat]},
    })),
  });
  if (!state.view) mapView?.fit(frame(), false);

  // 6. State changes: filters push a history entry, camera moves replace it. The address is written
  // once the changes pause (`URL_DELAY`), so that a burst of them (filters ticked in a row, a
  // story's steps skipped through) is one step back, and so that the frame the browser draws for
  // a new address does not fall between a change and the map that shows it.
  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  let pushPending = false;
  /** Drops the address waiting to be written. */
  function cancelUrl(): void {
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = null;
    pushPending = false;
  }
  /** Writes the address now: a new entry if a change since the last write asked for one. */
  function writeUrl(): void {
    const push = pushPending;
    cancelUrl();
    const url = formatUrl(state) || doc.location.pathname;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  }
  function scheduleUrl(push: boolean): void {
    pushPending ||= push;
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = setTimeout(writeUrl, URL_DELAY);
  }
  // Leaving for another page before the address was written still records it, for Back to this one.
  win.addEventListener('pagehide', () => {
    if (urlTimer) writeUrl();
  });
  function navigate(next: AppState): void {
    state = next;
    render();
    scheduleUrl(true);
  }
  function setFilter(patch: Partial<FilterState>): void {
    navigate({...state, filter: {...state.filter, ...patch}});
  }
  win.addEventListener('popstate', () => {
    // Back or Forward within a burst: the entry the reader went to is the state now.
    cancelUrl();
    const next = parseUrl(doc.location.search).state;
    state = {...next, view: state.view};
    render();
  });

  function select(target: MapTarget | null): void {
    if (!target) {
      if (selectedPair) {
        selectedPair = null;
        render();
      }
      return;
    }
    const group = target.kind === 'place' && currentView().groups.get(target.id);
    if (group && mapView && groupZoom != null) {
      // A group of places opens up: zoomed in on it until they are apart.
      renderTooltip(shell.tooltip, null, {x: 0, y: 0});
      const points = group.map((id) => ctx.positions.get(id)).filter((p) => !!p);
      const [w = 0, e = 0] = extent(points, (p) => p[0]);
      const [s = 0, n = 0] = extent(points, (p) => p[1]);
      mapView.map.easeTo({
        center: [(w + e) / 2, (s + n) / 2],
        zoom: groupZoom + 2,
        duration: animate() ? 600 : 0,
      });
    } else if (target.kind === 'arc') {
      selectedPair = target.key;
      render();
    } else {
      selectedPair = null;
      setFilter({place: target.id});
    }
  }

  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (selectedPair) {
      selectedPair = null;
      render();
    } else if (state.filter.place) setFilter({place: null});
  });

  const search = createSearch(
    shell.search,
    (q) =>
      searchPlaces(ctx.searchIndex, q).map((id) => {
        const p = ctx.places.get(id) as Place;
        const country = ctx.places.get(p.country);
        const where =
          p.kind === 'country' ? '' : nameOf(p.region && p.region !== id ? p.region : p.country);
        return {id, name: nameOf(id), detail: where || (country ? '' : p.country)};
      }),
    (id) => {
      selectedPair = null;
      setFilter({place: id});
      mapView?.fit(frame(), animate(), fitPadding());
    },
  );
  // Tools: table, share, export, presenter mode.
  const tableView = createLinkTable(byId(doc, 'table-view'));
  byId(doc, 'btn-table').addEventListener('click', () => navigate({...state, table: !state.table}));
  byId(doc, 'btn-share').addEventListener('click', () => {
    const here = new URL(doc.location.href);
    here.search = formatUrl({...state, mode: 'explore'});
    const embed = new URL(doc.location.href);
    embed.search = formatUrl({...state, mode: 'embed', table: false});
    // The dialog's code loads on first use, as the exporters' do.
    void import('./ui/share').then(({openShareDialog}) =>
      openShareDialog(byId<HTMLDialogElement>(doc, 'share-dialog'), here.href, embed.href, strings),
    );
  });
  const exportMenu = byId<HTMLDetailsElement>(doc, 'export-menu');
  exportMenu.addEventListener('click', (e) => {
    const kind = (e.target as HTMLElement).closest('button')?.dataset.export;
    if (!kind) return;
    exportMenu.open = false;
    void exportView(kind);
  });
  // The exporters load on first use: the first view does without them.
  async function exportView(kind: string): Promise<void> {
    const view = currentView();
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'csv' || kind === 'geojson') {
      const {formatLinksCsv, formatLinksGeoJson} = await import('./data/exportLinks');
      if (kind === 'csv')
        download(
          doc,
          `interregio-links-${stamp}.csv`,
          new Blob([formatLinksCsv(view.links)], {type: 'text/csv'}),
        );
      else
        download(
          doc,
          `interregio-links-${stamp}.geojson`,
          new Blob([formatLinksGeoJson(view.links, ctx.positions)], {
            type: 'application/geo+json',
          }),
        );
      return;
    }
    if (!mapView) return;
    const scale = kind === 'png2' ? 2 : 1;
    const {exportPng} = await import('./map/exportImage');
    const blob = await exportPng(mapView.map, scale, {
      title: strings.title,
      subtitle: `${strings.subtitle} · ${strings.links(view.links.length)}`,
      legend: LINK_TYPES.filter((t) => view.links.some((l) => l.type === t)).map((t) => ({
        label: strings.types[t],
        color: TYPE_COLORS[t],
      })),
      date: strings.madeOn(new Date().toLocaleDateString(strings.locale)),
      attribution: strings.attributionText,
      font: LABEL_FONT,
    });
    download(doc, `interregio-${stamp}@${scale}x.png`, blob);
  }
  byId(doc, 'btn-present').addEventListener('click', () =>
    goToStep(stories[0]?.id ?? null, 0, 'present'),
  );
  byId(doc, 'btn-exit-present').addEventListener('click', () => {
    if (doc.fullscreenElement) void doc.exitFullscreen();
    navigate({...state, mode: 'explore', story: null});
  });
  byId(doc, 'btn-fullscreen').addEventListener('click', () => {
    if (doc.fullscreenElement) void doc.exitFullscreen();
    else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  });

  /** Moves to a story's step: its filters, level and camera, named in the URL. */
  function goToStep(id: string | null, step: number, mode = state.mode): void {
    const story = stories.find((x) => x.id === id);
    const s = story?.steps[step];
    if (!story || !s) {
      navigate({...state, mode, story: null});
      return;
    }
    const parsedStep = parseUrl(`?${s.query}`).state;
    selectedPair = null;
    navigate({
      ...state,
      mode,
      story: {id: story.id, step},
      filter: parsedStep.filter,
      level: parsedStep.level,
      view: null,
    });
    moveCamera(story, step);
  }
  function moveCamera(story: Story, step: number): void {
    const s = story.steps[step];
    if (!s) return;
    const smooth = animate();
    if (s.camera)
      mapView?.map.flyTo({
        center: s.camera.center,
        zoom: s.camera.zoom,
        duration: smooth ? 1600 : 0,
      });
    else mapView?.fit(frame(), smooth, fitPadding());
  }
  doc.addEventListener('keydown', (e) => {
    if (state.mode !== 'present' || !state.story) return;
    if ((e.target as HTMLElement).closest('input, textarea, select')) return;
    const story = stories.find((x) => x.id === state.story?.id);
    if (!story) return;
    const last = story.steps.length - 1;
    const at = state.story.step;
    const next =
      e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ' || e.key === 'ArrowDown'
        ? Math.min(last, at + 1)
        : e.key === 'ArrowLeft' || e.key === 'PageUp' || e.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    if (next !== at) goToStep(story.id, next);
  });

  // A reader's own data: file picker, drag and drop, or data= in the URL; parsed in a worker.
  const importPanel = createImportPanel(
    byId(doc, 'import-panel'),
    (files) => void loadFiles(files),
  );
  byId(doc, 'btn-import').addEventListener('click', () => importPanel.open());
  const bundledPlaces = [...ctx.places.values()];
  async function loadFiles(files: File[]): Promise<void> {
    const read = await Promise.all(files.map(async (f) => ({name: f.name, text: await f.text()})));
    await importTexts(read);
  }
  async function importTexts(files: ImportFile[]): Promise<void> {
    importPanel.render({kind: 'progress', stage: '', fraction: 0}, strings);
    try {
      const result = await runImport(
        files,
        {labels: [...labels.values()], places: bundledPlaces},
        (stage, fraction) => importPanel.render({kind: 'progress', stage, fraction}, strings),
      );
      for (const p of result.problems) console.warn(formatProblem(p));
      // A large file is indexed, filtered and drawn in separate tasks, so the page keeps answering.
      await nextTask();
      ctx = createDataContext(
        {links: result.links, places: new Map(result.places.map((p) => [p.id, p]))},
        labels,
        new Date().getFullYear(),
      );
      selectedPair = null;
      await nextTask();
      // The view at the zoom it will be framed at, where a dense view is grouped.
      const bounds = frame();
      const framed = mapView?.map.cameraForBounds(bounds, {padding: fitPadding()});
      ctx.getView(
        state.filter,
        state.level,
        framed?.zoom == null ? groupZoom : Math.floor(framed.zoom),
      );
      for (const facet of ['types', 'sectors', 'statuses', 'countries'] as const) {
        await nextTask();
        facetOptions(facet);
      }
      await nextTask();
      importPanel.render(
        {
          kind: 'done',
          files: files.map((f) => f.name),
          links: result.links.length,
          places: new Set(result.links.flatMap((l) => [l.from, l.to])).size,
          problems: result.problems,
          unmatched: result.unmatched,
        },
        strings,
      );
      // Framed in the same task, so the first frame drawn has both the new links and the new camera;
      // framed first, so a dense view is grouped once, at the zoom it is shown at.
      mapView?.fit(bounds, false, fitPadding());
      render();
      await mapView?.whenIdle();
    } catch (err) {
      importPanel.render({kind: 'failed', message: String(err)}, strings);
      render();
    }
  }
  const drop = byId(doc, 'drop-overlay');
  win.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    drop.hidden = false;
  });
  win.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) drop.hidden = true;
  });
  win.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.hidden = true;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void loadFiles(files);
  });

  shell.toggle.addEventListener('click', () => {
    const open = shell.controls.classList.toggle('open');
    shell.toggle.setAttribute('aria-expanded', String(open));
  });
  const nav = doc.getElementById('lang');
  nav?.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a');
    const lang = a?.getAttribute('hreflang') as Lang | null;
    if (!lang) return;
    e.preventDefault();
    navigate({...state, lang});
  });

  /** A place's name, and how many places nearby are drawn with it in the view. */
  function nameIn(view: ViewModel, id: string): string {
    return nameWithGroup(nameOf(id), view.groups.get(id));
  }

  function tooltipLines(t: MapTarget): string[] {
    const view = currentView();
    if (t.kind === 'arc') {
      const p = view.pairs.find((x) => x.key === t.key);
      if (!p) return [];
      const byType = LINK_TYPES.map(
        (ty) => [ty, p.links.filter((l) => l.type === ty).length] as const,
      )
        .filter(([, n]) => n)
        .map(([ty, n]) => `${strings.types[ty]} ${n}`)
        .join(' · ');
      const [y0, y1] = extent(p.links, (l) => l.year ?? undefined);
      const lines = [
        `${nameIn(view, p.from)} — ${nameIn(view, p.to)}`,
        `${strings.facts(p.count)}: ${byType}`,
      ];
      if (y0 != null && y1 != null) lines.push(strings.yearsLabel(y0, y1));
      const latest = p.links
        .filter((l) => l.value != null)
        .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      if (latest?.value != null)
        lines.push(
          `${formatValue(latest.value, latest.unit, latest.measure, strings)}${latest.year ? `, ${latest.year}` : ''}`,
        );
      lines.push(strings.clickHint);
      return lines;
    }
    if (t.kind === 'region') return [nameOf(t.id), strings.links(view.regionCounts.get(t.id) ?? 0)];
    const links = strings.links(view.nodeCounts.get(t.id) ?? 0);
    const group = view.groups.get(t.id);
    if (!group) return [nameOf(t.id), links];
    const others = group.slice(1, 6).map(nameOf).join(', ');
    return [
      nameIn(view, t.id),
      group.length > 6 ? `${others}, …` : others,
      links,
      strings.zoomHint,
    ];
  }

  function factItem(l: Link): FactItem {
    return {
      id: l.id,
      color: TYPE_COLORS[l.type],
      typeLabel: strings.types[l.type],
      title: state.lang === 'ru' ? l.titleRu : l.titleEn,
      years: formatYears(l, strings),
      status: strings.statuses[l.status],
      sectors: `${strings.sectors}: ${l.sectors.map((s) => strings.sectorNames[s]).join(', ')}`,
      value: l.value != null ? formatValue(l.value, l.unit, l.measure, strings) : null,
      quote: `“${l.quote}”`,
      source: strings.source(l.source, l.line),
    };
  }

  function detailsContent(view: ViewModel): DetailsContent | null {
    if (selectedPair) {
      const p = view.pairs.find((x) => x.key === selectedPair);
      if (p) {
        const facts = [...p.links].sort(
          (a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.id < b.id ? -1 : 1),
        );
        return {
          kind: 'pair',
          title: `${nameIn(view, p.from)} — ${nameIn(view, p.to)}`,
          subtitle: strings.facts(p.count),
          facts: facts.map(factItem),
        };
      }
    }
    const place = state.filter.place;
    if (!place) return null;
    const self = getLevelId(place, state.level, ctx.places);
    const partners = new Map<string, {key: string; count: number}>();
    for (const p of view.pairs) {
      const other = isWithin(p.from, place, ctx.places) || p.from === self ? p.to : p.from;
      const cur = partners.get(other) ?? {key: p.key, count: 0};
      cur.count += p.count;
      partners.set(other, cur);
    }
    return {
      kind: 'place',
      title: nameOf(place),
      subtitle: ctx.places.get(place) ? nameOf(ctx.places.get(place)?.country ?? '') : '',
      total: view.links.length,
      partners: [...partners]
        .map(([id, v]) => ({key: v.key, name: nameIn(view, id), count: v.count}))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    };
  }

  function facetOptions(facet: FacetName): FacetOption[] {
    const f = state.filter;
    if (facet === 'types') {
      const c = ctx.filtered(f).counts.types;
      return LINK_TYPES.map((t) => ({
        value: t,
        label: strings.types[t],
        count: c.get(t) ?? 0,
        checked: f.types.includes(t),
        color: TYPE_COLORS[t],
      }));
    }
    if (facet === 'sectors') {
      const c = ctx.filtered(f).counts.sectors;
      return SECTORS.map((s) => ({
        value: s,
        label: strings.sectorNames[s],
        count: c.get(s) ?? 0,
        checked: f.sectors.includes(s),
      }));
    }
    if (facet === 'statuses') {
      const c = ctx.filtered(f).counts.statuses;
      return STATUSES.map((s) => ({
        value: s,
        label: strings.statuses[s],
        count: c.get(s) ?? 0,
        checked: f.statuses.includes(s),
      }));
    }
    const c = ctx.filtered(f).counts.countries;
    const all = [...new Set([...ctx.partnerCountries, ...f.countries])];
    return all
      .map((id) => ({
        value: id,
        label: nameOf(id),
        count: c.get(id) ?? 0,
        checked: f.countries.includes(id),
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }

  // Same view, same features: MapLibre is only handed data that changed.
  const arcInstancesOf = memoize1(getArcInstances);
  const placeFeaturesOf = memoize1(getPlaceFeatures);
  let lastLang: Lang = state.lang;
  function render(): void {
    strings = STRINGS[state.lang];
    setAttr(doc.body, 'data-mode', state.mode);
    groupZoom = mapView ? Math.floor(mapView.map.getZoom()) : null;
    const view = currentView();
    drawnView = view;
    renderTools(view);
    if (selectedPair && !view.pairs.some((p) => p.key === selectedPair)) selectedPair = null;

    // Map: arcs, places, choropleth, selection.
    const placeFeatures = placeFeaturesOf(
      view.nodeCounts,
      ctx.nodes,
      ctx.positions,
      view.radiusOf,
      view.groups,
    );
    mapView?.update({
      arcs: arcInstancesOf(view.pairs, ctx.positions, view.widthOf, view.groups.size > 0),
      places: placeFeatures,
      regionCounts: view.regionCounts,
      thresholds: view.thresholds,
      selectedArc: selectedPair,
      selectedRegion:
        state.filter.place && labels.has(state.filter.place) ? state.filter.place : null,
    });
    if (state.lang !== lastLang) {
      mapView?.setLang(state.lang);
      lastLang = state.lang;
    }
    // Names on a projected map are read from the back of a room.
    mapView?.setTextScale(state.mode === 'present' ? PRESENT_TEXT_SCALE : 1);

    // Page: texts, summary, filters, timeline, legend, details, empty state.
    renderShell(shell, state.lang, strings, (l) => hrefFor(doc, state, l));
    renderSummary(
      shell.summary,
      {
        links: view.links.length,
        arcs: placeFeatures.features.length ? view.pairs.length : 0,
        places: view.placeCount,
      },
      strings,
    );
    search.setStrings(strings);
    renderFilters(
      shell.filters,
      {
        level: state.level,
        types: facetOptions('types'),
        countries: facetOptions('countries'),
        sectors: facetOptions('sectors'),
        statuses: facetOptions('statuses'),
        undated: state.filter.undated,
        canReset: JSON.stringify(state.filter) !== JSON.stringify(DEFAULT_FILTER),
      },
      strings,
      {
        onToggle: (facet, value, checked) => {
          const cur = state.filter[facet] as string[];
          const next = checked ? [...cur, value] : cur.filter((v) => v !== value);
          setFilter({[facet]: next} as Partial<FilterState>);
        },
        onLevel: (level) => navigate({...state, level}),
        onUndated: (undated) => setFilter({undated}),
        onReset: () => setFilter({...DEFAULT_FILTER}),
      },
    );
    const byYear = ctx.filtered(state.filter).years;
    const bins = [];
    for (let y = ctx.yearExtent[0]; y <= ctx.yearExtent[1]; y++)
      bins.push({year: y, counts: byYear.get(y) ?? {}});
    timeline.update(
      {
        bins,
        extent: ctx.yearExtent,
        selection: state.filter.years,
        types: LINK_TYPES,
        colors: TYPE_COLORS,
      },
      strings,
    );
    const byType = new Map<Link['type'], number>();
    for (const l of view.links) byType.set(l.type, (byType.get(l.type) ?? 0) + 1);
    renderLegend(
      shell.legend,
      {
        types: LINK_TYPES.map((type) => ({
          type,
          color: TYPE_COLORS[type],
          count: byType.get(type) ?? 0,
        })).filter((t) => t.count > 0),
        widthByValue: view.valueMode,
        widths: legendSteps(view.maxWidthInput).map((v) => ({
          label: view.valueMode ? formatLegendValue(view, v) : String(v),
          width: view.widthOf({count: v, value: v} as never),
        })),
        circles: legendSteps(view.maxNode).map((v) => ({
          label: String(v),
          radius: view.radiusOf(v),
        })),
        grouped: view.groups.size > 0,
        classes: view.thresholds.map((t, i) => {
          const next = view.thresholds[i + 1];
          return {
            label: next ? (next - 1 > t ? `${t}–${next - 1}` : String(t)) : `${t}+`,
            color: CHOROPLETH_COLORS[i] ?? '#000',
          };
        }),
      },
      strings,
    );
    renderDetails(shell.details, detailsContent(view), strings, {
      onClose: () => {
        if (selectedPair) {
          selectedPair = null;
          render();
        } else setFilter({place: null});
      },
      onPartner: (key) => {
        selectedPair = key;
        render();
      },
    });
    const story = stories.find((x) => x.id === state.story?.id) ?? null;
    renderStoryCard(
      byId(doc, 'story'),
      state.mode === 'present' ? story : null,
      state.story?.step ?? 0,
      state.lang,
      strings,
      (step) => goToStep(story?.id ?? null, step),
    );
    const table = byId(doc, 'table-view');
    table.hidden = !state.table;
    shell.map.style.visibility = state.table ? 'hidden' : '';
    if (state.table)
      tableView.update(
        view.links.map((l) => ({
          id: l.id,
          from: nameOf(l.from),
          to: nameOf(l.to),
          type: strings.types[l.type],
          year: l.year,
          years: l.year == null ? '' : formatYears(l, strings),
          title: state.lang === 'ru' ? l.titleRu : l.titleEn,
          value: l.value != null ? formatValue(l.value, l.unit, l.measure, strings) : '',
          sortValue: l.value,
          source: strings.source(l.source, l.line),
        })),
        strings,
      );
    shell.empty.hidden = view.links.length > 0;
    const [emptyText, emptyButton] = [
      shell.empty.querySelector('p'),
      shell.empty.querySelector('button'),
    ];
    if (emptyText) emptyText.textContent = strings.empty;
    if (emptyButton) {
      emptyButton.textContent = strings.reset;
      emptyButton.onclick = () => setFilter({...DEFAULT_FILTER});
    }
  }

  function renderTools(view: ViewModel): void {
    const set = (id: string, text: string) => setText(byId(doc, id), text);
    set('btn-table', state.table ? strings.showMap : strings.showTable);
    setAttr(byId(doc, 'btn-table'), 'aria-pressed', String(state.table));
    // Without WebGL there is no map to go back to.
    byId(doc, 'btn-table').toggleAttribute('disabled', !mapView);
    set('btn-share', strings.share);
    set('btn-import', strings.importButton);
    set('drop-overlay', strings.dropHere);
    set('btn-present', strings.present);
    byId(doc, 'btn-present').toggleAttribute('disabled', !stories.length);
    set('btn-fullscreen', strings.fullscreen);
    set('btn-exit-present', strings.exitPresent);
    const menu = byId(doc, 'export-menu');
    const summary = menu.querySelector('summary');
    setText(summary, strings.exportMenu);
    const labels: Record<string, string> = {
      png1: strings.exportPng(1),
      png2: strings.exportPng(2),
      csv: strings.exportCsv,
      geojson: strings.exportGeoJson,
    };
    for (const b of menu.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
      setText(b, labels[b.dataset.export ?? ''] ?? '');
      setDisabled(
        b,
        b.dataset.export !== 'png1' && b.dataset.export !== 'png2' && !view.links.length,
      );
    }
    const full = new URL(doc.location.href);
    full.search = formatUrl({...state, mode: 'explore'});
    const link = byId<HTMLAnchorElement>(doc, 'embed-link');
    if (link.href !== full.href) link.href = full.href;
    setText(link, strings.openFull);
  }

  function formatLegendValue(view: ViewModel, v: number): string {
    const l = view.links.find((x) => x.value != null);
    return l ? formatValue(v, l.unit, null, strings) : String(v);
  }

  // A handle for scripts driving the page (tests, the benchmark, a host page's console):
  // the map, and `show(query)` to move to the view a query string describes.
  (win as Window & {interregio?: unknown}).interregio = {
    map: mapView?.map,
    arcsOnScreen: () => mapView?.arcsOnScreen() ?? [],
    placesOnScreen: () => mapView?.placesOnScreen() ?? [],
    labelsOnScreen: () => mapView?.labelsOnScreen() ?? [],
    show: (query: string) => navigate({...parseUrl(query).state, view: state.view}),
  };
  let storyCamera: (() => void) | null = null;
  if (state.mode === 'present') {
    // A presenter's URL names the story and step; their filters and camera come from the story.
    const story = stories.find((x) => x.id === state.story?.id) ?? stories[0];
    const step = Math.min(state.story?.step ?? 0, (story?.steps.length ?? 1) - 1);
    const s0 = story?.steps[step];
    if (story && s0) {
      const parsedStep = parseUrl(`?${s0.query}`).state;
      state = {
        ...state,
        story: {id: story.id, step},
        filter: parsedStep.filter,
        level: parsedStep.level,
      };
      writeUrl();
      // Framed once the legend and the story card are drawn, so the view is clear of them.
      storyCamera = () => {
        if (s0.camera) mapView?.jumpTo({center: s0.camera.center, zoom: s0.camera.zoom});
        else mapView?.fit(frame(), false, fitPadding());
      };
    }
  }
  // The first view goes to the map at once: it draws it with its first tiles. A reader's own file,
  // fetched meanwhile, is parsed while the bundled links are drawn (the map's programs are ready
  // by the time it is), then takes their place.
  onSettle = (zoom) => {
    // Compared with the view drawn: the selector remembers only its last view, so building the
    // old zoom's view again would drop the new one that render() then asks for.
    if (ctx.getView(state.filter, state.level, Math.floor(zoom)) !== drawnView) render();
  };
  render();
  storyCamera?.();
  show(doc);
  const own = await ownText;
  if (own?.error) importPanel.render({kind: 'failed', message: own.error}, strings);
  if (own?.text != null && ownUrl)
    await importTexts([{name: ownUrl.pathname.split('/').pop() || 'data.csv', text: own.text}]);
  await mapView?.whenLoaded();
  // Ready once the labels are drawn in their web font (the map draws them again when it arrives).
  await fontLoaded;
  await mapView?.whenIdle();
  doc.documentElement.dataset.ready = 'true';
}

/**
 * Shows the page, hidden while it loads (`data-loading`): first drawn with its controls, summary
 * and legend filled in, instead of frame by frame as it is built (on software WebGL every frame of
 * the page delays the map's first).
 */
function show(doc: Document): void {
  delete doc.documentElement.dataset.loading;
}

function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

function download(doc: Document, name: string, blob: Blob): void {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Up to three round values from 1 to `max` for a size legend. */
function legendSteps(max: number): number[] {
  if (max <= 1) return [1];
  const mag = 10 ** Math.floor(Math.log10(max));
  const top = Math.floor(max / mag) * mag;
  return [
    ...new Set([Math.max(1, Math.round(top / 10)), Math.max(1, Math.round(top / 3)), top]),
  ].filter((v) => v <= max);
}

const shell = getShell(document);
start(document, shell).catch((err: unknown) => {
  console.error(err);
  show(document);
  const lang = parseUrl(document.location.search).state.lang;
  const strings = STRINGS[lang];
  showError(shell, strings.loadFailed, strings.retry, () => document.location.reload());
});
