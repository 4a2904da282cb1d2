import {describe, expect, it} from 'vitest';
import {parseStories} from './stories';

const step = {
  title_en: 'T',
  title_ru: 'Т',
  caption_en: 'C',
  caption_ru: 'К',
  query: 'types=twinning',
  camera: {center: [27.5, 53.9], zoom: 5},
};

describe('parseStories', () => {
  it('parseStories reads stories with their steps', () => {
    const {stories, problems} = parseStories(
      JSON.stringify([{id: 'a', title_en: 'A', title_ru: 'А', steps: [step, {...step, camera: null}]}]),
    );
    expect(problems).toEqual([]);
    expect(stories[0]?.steps.map((s) => s.camera)).toEqual([{center: [27.5, 53.9], zoom: 5}, null]);
  });
  it('parseStories reports a bad story and keeps the good ones', () => {
    const {stories, problems} = parseStories(
      JSON.stringify([
        {id: 'Bad Id', title_en: 'A', title_ru: 'А', steps: [step]},
        {id: 'good', title_en: 'A', title_ru: 'А', steps: [step]},
        {id: 'nocam', title_en: 'A', title_ru: 'А', steps: [{...step, camera: {zoom: 99}}]},
      ]),
    );
    expect(stories.map((s) => s.id)).toEqual(['good']);
    expect(problems).toEqual([
      {file: 'stories.json', line: 1, reason: 'story 1: bad id'},
      {file: 'stories.json', line: 3, reason: 'story 3, step 1: needs titles, captions, a query and a valid camera'},
    ]);
  });
  it('parseStories reports text that is not JSON', () => {
    expect(parseStories('{').problems[0]?.reason).toMatch(/^not JSON/);
  });
});
