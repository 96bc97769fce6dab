import type { CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';

/** The facilitator's controls: the phase of the agenda and the canvas lock. */
export class Toolbar {
  readonly element: HTMLElement;
  private readonly label = h('label', { for: 'phase-select' });
  private readonly select = h('select', { id: 'phase-select' });
  private readonly lockButton = h('button', { type: 'button', class: 'lock' });
  private locked = false;

  constructor(setPhase: (phase: string) => void, setLocked: (locked: boolean) => void) {
    this.element = h('div', { class: 'toolbar', role: 'group' }, h('div', { class: 'field inline' }, this.label, this.select), this.lockButton);
    this.select.addEventListener('change', () => setPhase(this.select.value));
    this.lockButton.addEventListener('click', () => setLocked(!this.locked));
  }

  update(state: CanvasState): void {
    this.locked = state.locked;
    this.element.setAttribute('aria-label', t('toolbar'));
    setText(this.label, t('phase'));
    const options = state.phases.map((p) => `${p.id}\u0000${localName(p)}`).join('\u0001');
    if (this.select.dataset['options'] !== options) {
      this.select.dataset['options'] = options;
      this.select.replaceChildren(...state.phases.map((p) => h('option', { value: p.id }, localName(p))));
    }
    this.select.value = state.phase ?? '';
    setText(this.lockButton, t(state.locked ? 'unlock' : 'lock'));
    this.lockButton.setAttribute('aria-pressed', String(state.locked));
  }
}
