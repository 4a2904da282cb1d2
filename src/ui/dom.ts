import type {BaseType, Selection} from 'd3-selection';

/** Writes a text only where it differs: a text left as it was is not laid out or painted again. */
export function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/**
 * Sets an attribute only where it differs, or removes it for `null`. Writing a value an attribute
 * already has still counts as a change: on the root, `lang` restyles the whole page.
 */
export function setAttr(el: Element | null, name: string, value: string | null): void {
  if (!el) return;
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Adds or removes a class only where that changes it. */
export function setClass(el: Element | null, name: string, on: boolean): void {
  if (el && el.classList.contains(name) !== on) el.classList.toggle(name, on);
}

/** Sets a control's `disabled` only where that changes it. */
export function setDisabled(
  el: HTMLButtonElement | HTMLInputElement | null,
  disabled: boolean,
): void {
  if (el && el.disabled !== disabled) el.disabled = disabled;
}

/** `selection.text(f)` that writes only the texts that differ (see `setText`). */
export function texts<E extends BaseType, D>(
  f: (d: D) => string,
): (s: Selection<E, D, BaseType, unknown>) => void {
  return (s) =>
    s.each(function (d) {
      setText(this as Element, f(d));
    });
}

/** `selection.attr(name, f)` that writes only the values that differ (see `setAttr`). */
export function attrs<E extends BaseType, D>(
  name: string,
  f: (d: D) => string | null,
): (s: Selection<E, D, BaseType, unknown>) => void {
  return (s) =>
    s.each(function (d) {
      setAttr(this as Element, name, f(d));
    });
}
