import type { CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setHidden, setText } from '../ui/dom';
import { allowed } from './permissions';
import { say } from './roomText';

/**
 * The canvas section around the board: its heading and help, why adding is not possible now (lock, phase: shown above
 * the lanes while it holds, tied to every add field), the tools above the lanes, the board and the cursors layer; and
 * the skip link that takes keyboard users past the header, the tools and the panels straight to it.
 */
export class RoomCanvas {
  readonly element: HTMLElement;
  readonly skip = h('a', { class: 'skip-link', href: '#canvas' });
  private readonly heading = h('h2', { id: 'canvas-heading', class: 'visually-hidden' });
  private readonly help = h('p', { id: 'canvas-help', class: 'canvas-help' });
  private readonly reason = h('p', { id: 'canvas-reason', class: 'banner reason', hidden: true });

  constructor(tools: readonly HTMLElement[], board: HTMLElement, cursors: HTMLElement) {
    this.element = h(
      'section',
      {
        id: 'canvas',
        tabindex: -1,
        class: 'canvas',
        'aria-labelledby': 'canvas-heading',
        'aria-describedby': 'canvas-help',
      },
      this.heading,
      this.help,
      this.reason,
      h('div', { class: 'canvas-bar' }, ...tools),
      board,
      cursors,
    );
    this.skip.addEventListener('click', (event) => {
      event.preventDefault();
      this.element.focus();
    });
  }

  update(state: CanvasState, role: string): void {
    setText(this.skip, say('skip'));
    setText(this.heading, t('canvas'));
    setText(this.help, `${t('canvasHelp')} ${say('zoomHelp')}`);
    const blocked = role === 'participant' && !state.lanes.some((l) => allowed(state, role, 'cards', l.id));
    setHidden(this.reason, !blocked);
    setText(this.reason, blocked ? t(state.locked ? 'canvasLocked' : 'phaseForbidsCards') : '');
  }
}
