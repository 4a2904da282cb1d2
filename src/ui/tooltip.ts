/** Shows the tooltip near the pointer with one line per entry, or hides it when `lines` is null. */
export function renderTooltip(
  el: HTMLElement,
  lines: string[] | null,
  point: {x: number; y: number},
): void {
  if (!lines) {
    el.hidden = true;
    return;
  }
  el.replaceChildren(
    ...lines.map((text, i) => {
      const div = el.ownerDocument.createElement('div');
      div.className = i === 0 ? 'tip-title' : 'tip-line';
      div.textContent = text;
      return div;
    }),
  );
  el.hidden = false;
  const parent = el.offsetParent as HTMLElement | null;
  const w = parent?.clientWidth ?? 1000;
  const h = parent?.clientHeight ?? 800;
  const left = point.x + 14 + el.offsetWidth > w ? point.x - 14 - el.offsetWidth : point.x + 14;
  const top = point.y + 14 + el.offsetHeight > h ? point.y - 14 - el.offsetHeight : point.y + 14;
  el.style.left = `${Math.max(4, left)}px`;
  el.style.top = `${Math.max(4, top)}px`;
}
