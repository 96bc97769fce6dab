import { t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';

type Child = Node | string | null | undefined | false;

export interface Props {
  [attribute: string]:
    string | number | boolean | null | undefined | ((event: Event) => void) | Partial<Record<string, StringKey>>;
  /** Text from the table, kept in the chosen language by `relabel`. */
  i18n?: StringKey;
  /** Attributes from the table (placeholder, aria-label, title), kept in the chosen language by `relabel`. */
  i18nAttrs?: Partial<Record<string, StringKey>>;
}

/** Builds an element: `on…` props are listeners, `true` is an empty attribute, `false`/`null` leave it out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'i18n' && typeof value === 'string') {
      el.dataset['i18n'] = value;
      el.textContent = t(value as StringKey);
    } else if (name === 'i18nAttrs' && typeof value === 'object' && value) {
      el.dataset['i18nAttrs'] = Object.entries(value)
        .map(([a, k]) => `${a}:${k}`)
        .join(' ');
      for (const [a, k] of Object.entries(value)) if (k) el.setAttribute(a, t(k));
    } else if (typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(name, String(value));
    }
  }
  el.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return el;
}

/** Puts every table-bound text and attribute under `root` into the chosen language. */
export function relabel(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset['i18n'] as StringKey);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-attrs]').forEach((el) => {
    for (const pair of (el.dataset['i18nAttrs'] ?? '').split(' ')) {
      const [attribute, key] = pair.split(':');
      if (attribute && key) el.setAttribute(attribute, t(key as StringKey));
    }
  });
}

/** A labelled form field; the label is bound to the table. */
export function field(
  id: string,
  label: StringKey,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): HTMLDivElement {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id, i18n: label }), control);
}

/** Sets text only when it differs, so that screen readers and selections are not disturbed needlessly. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets an attribute only when it differs: writing even the same value is a change the browser styles the page again for. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Shows or hides an element (the `hidden` attribute), touching it only when that changes. */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Adds or removes a class, touching the element only when that changes. */
export function setClass(el: Element, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
