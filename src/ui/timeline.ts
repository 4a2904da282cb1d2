import {axisBottom} from 'd3-axis';
import {brushX, type BrushBehavior, type D3BrushEvent} from 'd3-brush';
import {scaleLinear} from 'd3-scale';
import {select} from 'd3-selection';
import type {LinkType} from '../data/model';
import {setAttr, setDisabled, setText} from './dom';
import type {Strings} from './i18n';

/** Links starting in one year, by type. */
export interface YearBin {
  year: number;
  counts: Partial<Record<LinkType, number>>;
}

/** What the timeline shows. */
export interface TimelineData {
  bins: YearBin[];
  extent: [number, number];
  selection: [number, number] | null;
  types: readonly LinkType[];
  colors: Record<LinkType, string>;
}

/** The timeline widget. */
export interface Timeline {
  update(data: TimelineData, strings: Strings): void;
  stop(): void;
}

const HEIGHT = 76;
const MARGIN = {top: 6, right: 12, bottom: 20, left: 12};

/**
 * Creates the timeline: a histogram of links per year stacked by type, a brush to choose the year
 * range, and a play button that steps through the years (one at a time, or cumulatively). Its
 * controls are labelled at once, so that it has its full height before the links are loaded and
 * the map above it is not resized when they are.
 * @param onRange - called with the chosen range, or null for all years.
 */
export function createTimeline(
  root: HTMLElement,
  initialStrings: Strings,
  onRange: (range: [number, number] | null) => void,
): Timeline {
  const doc = root.ownerDocument;
  const box = select(root);
  const controls = box.append('div').attr('class', 'timeline-controls');
  const play = controls.append('button').attr('type', 'button').attr('class', 'play');
  const cumulativeLabel = controls.append('label').attr('class', 'cumulative');
  const cumulative = cumulativeLabel
    .append('input')
    .attr('type', 'checkbox')
    .property('checked', true);
  const cumulativeText = cumulativeLabel.append('span');
  const rangeText = controls.append('span').attr('class', 'range');
  const all = controls.append('button').attr('type', 'button').attr('class', 'all-years');
  const svg = box
    .append('svg')
    .attr('class', 'histogram')
    .attr('height', HEIGHT)
    .attr('role', 'img');
  const bars = svg.append('g').attr('class', 'bars');
  const axis = svg.append('g').attr('class', 'axis');
  const brushG = svg.append('g').attr('class', 'brush');

  let data: TimelineData | null = null;
  // The box's width, read when it resizes rather than at every update: reading it there would
  // force a layout of the whole page in the middle of a filter change.
  let width = 0;
  let strings = initialStrings;
  let timer: ReturnType<typeof setInterval> | null = null;
  let brush: BrushBehavior<unknown> | null = null;
  let x = scaleLinear();

  const reducedMotion = () =>
    doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    play.text('▶').attr('aria-label', strings.play).attr('aria-pressed', 'false');
  }

  function step(): void {
    if (!data) return;
    const [lo, hi] = data.extent;
    const current = data.selection ? data.selection[1] : lo - 1;
    const next = current >= hi ? lo : current + 1;
    onRange(cumulative.property('checked') ? [lo, next] : [next, next]);
    if (next >= hi) stop();
  }

  play.on('click', () => {
    if (timer) return stop();
    play.text('❚❚').attr('aria-label', strings.pause).attr('aria-pressed', 'true');
    if (data?.selection && data.selection[1] >= data.extent[1]) onRange(null);
    step();
    timer = setInterval(step, reducedMotion() ? 2500 : 1200);
  });
  all.on('click', () => {
    stop();
    onRange(null);
  });

  function label(s: Strings): void {
    strings = s;
    setAttr(svg.node(), 'aria-label', s.timeline);
    if (!timer) {
      setText(play.node(), '▶');
      setAttr(play.node(), 'aria-label', s.play);
      setAttr(play.node(), 'aria-pressed', 'false');
    }
    setText(cumulativeText.node(), s.cumulative);
    const selection = data?.selection;
    setText(all.node(), s.allYears);
    setDisabled(all.node(), !selection);
    setText(rangeText.node(), selection ? s.yearsLabel(...selection) : s.allYears);
  }

  function update(next: TimelineData, s: Strings): void {
    data = next;
    label(s);
    width ||= root.clientWidth;
    const boxWidth = Math.max(200, width);
    const [lo, hi] = next.extent;
    x = scaleLinear()
      .domain([lo, hi + 1])
      .range([MARGIN.left, boxWidth - MARGIN.right]);
    setAttr(svg.node(), 'width', String(boxWidth));

    const max = Math.max(
      1,
      ...next.bins.map((b) => Object.values(b.counts).reduce((a, c) => a + (c ?? 0), 0)),
    );
    const y = scaleLinear()
      .domain([0, max])
      .range([0, HEIGHT - MARGIN.top - MARGIN.bottom]);
    const bw = Math.max(1, x(lo + 1) - x(lo) - 1);
    const segments = next.bins.flatMap((b) => {
      let acc = 0;
      return next.types
        .filter((t) => b.counts[t])
        .map((t) => {
          const c = b.counts[t] ?? 0;
          const seg = {key: `${b.year}-${t}`, year: b.year, type: t, y0: acc, y1: acc + c};
          acc += c;
          return seg;
        });
    });
    const inRange = (yr: number) =>
      !next.selection || (yr >= next.selection[0] && yr <= next.selection[1]);
    bars
      .selectAll<SVGRectElement, (typeof segments)[number]>('rect')
      .data(segments, (d) => d.key)
      .join('rect')
      .attr('x', (d) => x(d.year) + 0.5)
      .attr('width', bw)
      .attr('y', (d) => HEIGHT - MARGIN.bottom - y(d.y1))
      .attr('height', (d) => y(d.y1) - y(d.y0))
      .attr('fill', (d) => next.colors[d.type])
      .attr('opacity', (d) => (inRange(d.year) ? 1 : 0.25));
    const ticks = Math.max(2, Math.floor(boxWidth / 70));
    axis.attr('transform', `translate(${0.5 * bw},${HEIGHT - MARGIN.bottom})`).call(
      axisBottom(x)
        .ticks(Math.min(ticks, hi - lo + 1))
        .tickFormat((d) => String(d))
        .tickSizeOuter(0),
    );

    brush = brushX()
      .extent([
        [MARGIN.left, MARGIN.top],
        [boxWidth - MARGIN.right, HEIGHT - MARGIN.bottom],
      ])
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        stop();
        const sel = e.selection as [number, number] | null;
        if (!sel) return onRange(null);
        const a = Math.max(lo, Math.round(x.invert(sel[0])));
        const b = Math.min(hi, Math.max(a, Math.round(x.invert(sel[1])) - 1));
        onRange(a === lo && b === hi ? null : [a, b]);
      });
    brushG.call(brush);
    brushG.call(
      brush.move,
      next.selection ? [x(next.selection[0]), x(next.selection[1] + 1)] : null,
    );
  }

  new ResizeObserver(() => {
    const w = root.clientWidth;
    if (w === width) return;
    width = w;
    if (data) update(data, strings);
  }).observe(root);

  label(initialStrings);
  return {update, stop};
}
