import type {Story} from '../data/stories';
import type {Lang} from '../state/appState';
import type {Strings} from './i18n';

/** Renders the story card of presenter mode: step title, caption, position and step buttons. */
export function renderStoryCard(
  root: HTMLElement,
  story: Story | null,
  step: number,
  lang: Lang,
  strings: Strings,
  go: (step: number) => void,
): void {
  root.hidden = !story;
  if (!story) return;
  const doc = root.ownerDocument;
  const s = story.steps[step];
  if (!s) return;
  const kicker = doc.createElement('p');
  kicker.className = 'story-title';
  kicker.textContent = lang === 'ru' ? story.titleRu : story.titleEn;
  const h = doc.createElement('h2');
  h.textContent = lang === 'ru' ? s.titleRu : s.titleEn;
  const p = doc.createElement('p');
  p.className = 'caption';
  p.textContent = lang === 'ru' ? s.captionRu : s.captionEn;
  const nav = doc.createElement('div');
  nav.className = 'story-nav';
  const button = (label: string, text: string, to: number, disabled: boolean) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.disabled = disabled;
    b.addEventListener('click', () => go(to));
    return b;
  };
  const pos = doc.createElement('span');
  pos.className = 'story-pos';
  pos.textContent = strings.stepOf(step + 1, story.steps.length);
  nav.append(
    button(strings.previous, '‹', step - 1, step === 0),
    pos,
    button(strings.next, '›', step + 1, step >= story.steps.length - 1),
  );
  root.replaceChildren(kicker, h, p, nav);
}
