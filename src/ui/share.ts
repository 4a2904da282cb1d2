import type {Strings} from './i18n';

/** The iframe snippet that embeds the given map address. */
export function formatEmbedSnippet(url: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(url)}" title="${esc(title)}" width="800" height="500" style="border:0" loading="lazy"></iframe>`;
}

/** Opens the share dialog with the link to the current view and the snippet to embed it. */
export function openShareDialog(
  dialog: HTMLDialogElement,
  link: string,
  embedUrl: string,
  strings: Strings,
): void {
  const doc = dialog.ownerDocument;
  const field = (label: string, value: string, rows: number) => {
    const wrap = doc.createElement('label');
    wrap.className = 'share-field';
    const span = doc.createElement('span');
    span.textContent = label;
    const area = doc.createElement('textarea');
    area.readOnly = true;
    area.rows = rows;
    area.value = value;
    area.addEventListener('focus', () => area.select());
    const copy = doc.createElement('button');
    copy.type = 'button';
    copy.textContent = strings.copy;
    copy.addEventListener('click', () => {
      area.select();
      void doc.defaultView?.navigator.clipboard?.writeText(value).then(
        () => (copy.textContent = strings.copied),
        () => undefined,
      );
    });
    wrap.append(span, area, copy);
    return wrap;
  };
  const title = doc.createElement('h2');
  title.textContent = strings.share;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = strings.close;
  close.addEventListener('click', () => dialog.close());
  dialog.replaceChildren(
    title,
    field(strings.shareLink, link, 2),
    field(strings.shareEmbed, formatEmbedSnippet(embedUrl, strings.title), 4),
    close,
  );
  dialog.showModal();
}
