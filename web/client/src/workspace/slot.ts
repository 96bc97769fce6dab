import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';

/**
 * The place under an item where one of its forms or panels opens. The button that opened it says it is expanded, and
 * focus goes back to it when the panel closes.
 */
export class Slot {
  readonly element = h('div', { class: 'ws-slot' });
  private opener: HTMLButtonElement | null = null;

  /** Opens `content` (or closes it if `opener` opened what is there now). */
  toggle(opener: HTMLButtonElement, content: () => HTMLElement): void {
    if (this.opener === opener) {
      this.close();
      return;
    }
    this.close(false);
    this.opener = opener;
    opener.setAttribute('aria-expanded', 'true');
    const panel = content();
    this.element.replaceChildren(panel);
    panel.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }

  close(refocus = true): void {
    const opener = this.opener;
    this.opener = null;
    opener?.setAttribute('aria-expanded', 'false');
    this.element.replaceChildren();
    if (refocus) opener?.focus();
  }
}

/** A button that opens a panel in `slot`. */
export function opener(
  slot: Slot,
  label: string,
  accessibleName: string,
  content: () => HTMLElement,
  className = 'small',
): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: className,
      'aria-expanded': 'false',
      'aria-label': accessibleName !== label ? accessibleName : null,
      onclick: () => slot.toggle(button, content),
    },
    label,
  );
  return button;
}

/** What a confirmation in a slot asks and says. */
export interface Confirmation {
  /** The group's accessible name ("Elimina «…»"). */
  label: string;
  question: string;
  yes: string;
  no: string;
  /** What confirming does; a failure it throws is shown in place, under the question. */
  act: () => Promise<void>;
  /** The confirming button's class: `small danger` unless said. */
  className?: string;
}

/** An in-page confirmation under an item (never `window.confirm`): the question, a button that does it, one that closes the slot. */
export function confirmation(slot: Slot, c: Confirmation): HTMLElement {
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const confirm = (): void =>
    void c.act().catch((thrown: unknown) => {
      error.textContent = localize(failure(thrown));
      error.hidden = false;
    });
  return h(
    'div',
    { class: 'ws-confirm', role: 'group', 'aria-label': c.label },
    h('p', {}, c.question),
    error,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: c.className ?? 'small danger', onclick: confirm }, c.yes),
      h('button', { type: 'button', class: 'small', onclick: () => slot.close() }, c.no),
    ),
  );
}
