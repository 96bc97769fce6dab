import { localize, t, type Bilingual } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { h, setText } from './dom';

/**
 * The two live regions of the page: connection status (polite) and errors (assertive). They hold what to say, not
 * the words, so that a change of language re-says them in the new one.
 */
export class Notices {
  readonly element: HTMLDivElement;
  private readonly statusEl = h('p', { class: 'notice-status', role: 'status', 'aria-live': 'polite' });
  private readonly errorEl = h('p', { class: 'notice-error', role: 'alert', 'aria-live': 'assertive' });
  private statusKey: StringKey | null = null;
  private statusValues: Record<string, string | number> = {};
  private errorText: Bilingual | null = null;

  constructor() {
    this.element = h('div', { class: 'notices' }, this.statusEl, this.errorEl);
  }

  status(key: StringKey | null, values: Record<string, string | number> = {}): void {
    this.statusKey = key;
    this.statusValues = values;
    this.relocalize();
  }

  error(error: Bilingual | null): void {
    this.errorText = error;
    this.relocalize();
  }

  relocalize(): void {
    setText(this.statusEl, this.statusKey ? t(this.statusKey, this.statusValues) : '');
    setText(this.errorEl, this.errorText ? localize(this.errorText) : '');
    this.errorEl.hidden = this.errorText === null;
  }
}
