import type {Problem} from './model';

/** One step of a story: a titled, captioned view. */
export interface StoryStep {
  titleEn: string;
  titleRu: string;
  captionEn: string;
  captionRu: string;
  /** Filters and level, as a query string the URL codec reads (e.g. `types=twinning&countries=UZ`). */
  query: string;
  /** Camera; null frames the links in view. */
  camera: {center: [number, number]; zoom: number} | null;
}

/** A prepared sequence of views for presenting. */
export interface Story {
  id: string;
  titleEn: string;
  titleRu: string;
  steps: StoryStep[];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function parseCamera(v: unknown): StoryStep['camera'] | undefined {
  if (v == null) return null;
  const c = v as {center?: unknown; zoom?: unknown};
  const center = c.center;
  if (
    Array.isArray(center) &&
    center.length === 2 &&
    center.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    typeof c.zoom === 'number' &&
    c.zoom >= 0 &&
    c.zoom <= 22
  )
    return {center: [center[0] as number, center[1] as number], zoom: c.zoom};
  return undefined;
}

/**
 * Reads stories.json: a list of stories, each with English and Russian titles and steps.
 * A malformed story is reported (its position stands in for a line) and left out; the rest load.
 */
export function parseStories(text: string, file = 'stories.json'): {stories: Story[]; problems: Problem[]} {
  const problems: Problem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {stories: [], problems: [{file, line: 1, reason: `not JSON: ${(e as Error).message}`}]};
  }
  if (!Array.isArray(raw)) return {stories: [], problems: [{file, line: 1, reason: 'expected a list of stories'}]};
  const stories: Story[] = [];
  const ids = new Set<string>();
  raw.forEach((s: Record<string, unknown>, i) => {
    const at = i + 1;
    const id = str(s?.id);
    const titleEn = str(s?.title_en);
    const titleRu = str(s?.title_ru);
    const steps: StoryStep[] = [];
    const reasons: string[] = [];
    if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) reasons.push(`story ${at}: bad id`);
    else if (ids.has(id)) reasons.push(`story ${at}: duplicate id ${id}`);
    if (!titleEn || !titleRu) reasons.push(`story ${at}: needs title_en and title_ru`);
    const rawSteps = Array.isArray(s?.steps) ? (s.steps as Record<string, unknown>[]) : [];
    if (!rawSteps.length) reasons.push(`story ${at}: has no steps`);
    rawSteps.forEach((st, k) => {
      const camera = parseCamera(st?.camera);
      const step = {
        titleEn: str(st?.title_en),
        titleRu: str(st?.title_ru),
        captionEn: str(st?.caption_en),
        captionRu: str(st?.caption_ru),
        query: typeof st?.query === 'string' ? st.query : null,
      };
      if (Object.values(step).some((v) => v === null) || camera === undefined)
        reasons.push(`story ${at}, step ${k + 1}: needs titles, captions, a query and a valid camera`);
      else steps.push({...(step as Omit<StoryStep, 'camera'>), camera});
    });
    if (reasons.length) {
      problems.push(...reasons.map((reason) => ({file, line: at, reason})));
      return;
    }
    ids.add(id as string);
    stories.push({id: id as string, titleEn: titleEn as string, titleRu: titleRu as string, steps});
  });
  return {stories, problems};
}
