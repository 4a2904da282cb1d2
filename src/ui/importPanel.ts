import {formatProblem, type Problem} from '../data/model';
import type {Strings} from './i18n';

/** Most problems listed in the panel; the rest are counted. */
export const MAX_LISTED = 300;

/** What the import panel shows. */
export type ImportStatus =
  | {kind: 'idle'}
  | {kind: 'progress'; stage: string; fraction: number}
  | {
      kind: 'done';
      files: string[];
      links: number;
      places: number;
      problems: Problem[];
      unmatched: string[];
    }
  | {kind: 'failed'; message: string};

/** The import panel. */
export interface ImportPanel {
  open(): void;
  render(status: ImportStatus, strings: Strings): void;
}

/**
 * Creates the import panel: a file picker for places.csv and links.csv (or one file of links with
 * coordinates), a progress bar, and a report of every problem with file, line and reason.
 */
export function createImportPanel(
  root: HTMLElement,
  onFiles: (files: File[]) => void,
): ImportPanel {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    return e;
  };
  const head = el('header');
  const title = el('h2');
  title.id = 'import-title';
  const close = el('button', 'close');
  close.type = 'button';
  close.textContent = '×';
  close.addEventListener('click', () => (root.hidden = true));
  head.append(title, close);
  const hint = el('p', 'hint');
  const label = el('label', 'file-label');
  const input = el('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.csv,text/csv';
  input.id = 'import-input';
  input.addEventListener('change', () => {
    if (input.files?.length) onFiles([...input.files]);
    input.value = '';
  });
  const labelText = el('span');
  label.append(labelText, input);
  const progress = el('progress');
  progress.max = 1;
  progress.hidden = true;
  const status = el('p', 'import-status');
  status.setAttribute('role', 'status');
  const report = el('ol', 'import-problems');
  root.append(head, hint, label, progress, status, report);
  root.setAttribute('aria-labelledby', 'import-title');

  return {
    open() {
      root.hidden = false;
      input.focus();
    },
    render(s, strings) {
      title.textContent = strings.importTitle;
      close.setAttribute('aria-label', strings.close);
      hint.textContent = strings.importHint;
      labelText.textContent = strings.importChoose;
      progress.hidden = s.kind !== 'progress';
      if (s.kind === 'progress') {
        root.hidden = false;
        progress.value = s.fraction;
        status.textContent = `${strings.importWorking} ${Math.round(s.fraction * 100)} %`;
      } else if (s.kind === 'failed') {
        root.hidden = false;
        status.textContent = s.message;
      } else if (s.kind === 'done') {
        root.hidden = false;
        status.textContent = strings.importDone(
          s.links,
          s.places,
          s.problems.length,
          s.files.join(', '),
        );
      } else status.textContent = '';
      const items =
        s.kind === 'done'
          ? [
              ...(s.unmatched.length ? [strings.importUnmatched(s.unmatched.join(', '))] : []),
              ...s.problems.slice(0, MAX_LISTED).map(formatProblem),
              ...(s.problems.length > MAX_LISTED
                ? [strings.importMore(s.problems.length - MAX_LISTED)]
                : []),
            ]
          : [];
      report.replaceChildren(
        ...items.map((t) => {
          const li = el('li');
          li.textContent = t;
          return li;
        }),
      );
    },
  };
}
