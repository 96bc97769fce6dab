import { matrixOf, shortLaneName } from '../canvas/matrix';
import type { CanvasState } from '../canvas/types';
import { h, setText } from '../ui/dom';
import { say } from './roomText';

/**
 * On a phone, one lane at a time: a bar of lane buttons with their counts (shown by CSS below 720 px only) picks the
 * lane, whose add box sits right under its heading, so every lane's add box is two taps away. Wider screens show
 * every lane and never see the bar.
 */
export class LaneTabs {
  readonly element = h('nav', { class: 'lane-tabs' });
  private readonly row = h('div', { class: 'lane-tab-row' });
  private current: string | null = null;
  private key = '';

  constructor(
    private readonly board: HTMLElement,
    private readonly changed: () => void,
  ) {
    this.element.append(this.row);
  }

  update(state: CanvasState, counts: ReadonlyMap<string, number>): void {
    if (!this.current || !state.lanes.some((l) => l.id === this.current)) this.current = state.lanes[0]?.id ?? null;
    this.element.setAttribute('aria-label', say('lanesNav'));
    // A matrix's cells are named short ("Stakeholder 2"): eight full names would not fit a phone's row of tabs.
    const matrix = matrixOf(state.lanes);
    const names = new Map(state.lanes.map((l) => [l.id, shortLaneName(l, matrix)]));
    const key = JSON.stringify([state.lanes.map((l) => [l.id, names.get(l.id), counts.get(l.id) ?? 0]), this.current]);
    if (key !== this.key) {
      this.key = key;
      const focused =
        document.activeElement instanceof HTMLElement && this.row.contains(document.activeElement)
          ? document.activeElement.dataset['lane']
          : undefined;
      this.row.replaceChildren(
        ...state.lanes.map((lane) => {
          const button = h('button', {
            type: 'button',
            class: 'lane-tab',
            'data-lane': lane.id,
            'aria-pressed': String(lane.id === this.current),
          });
          setText(button, say('laneTab', { lane: names.get(lane.id) ?? lane.id, n: counts.get(lane.id) ?? 0 }));
          button.addEventListener('click', () => this.show(lane.id));
          return button;
        }),
      );
      if (focused) this.row.querySelector<HTMLElement>(`[data-lane="${CSS.escape(focused)}"]`)?.focus();
    }
    this.board.classList.add('tabbed');
    for (const el of this.board.querySelectorAll<HTMLElement>(':scope > .lane'))
      el.classList.toggle('tab-current', el.dataset['lane'] === this.current);
  }

  private show(laneId: string): void {
    this.current = laneId;
    this.changed();
    // The lane's heading and add box come into sight, however far down the page was scrolled before the tap, just
    // under the status bar that stays at the top (whose height depends on how many badges it shows now).
    const lane = this.board.querySelector<HTMLElement>(`:scope > .lane[data-lane="${CSS.escape(laneId)}"]`);
    if (!lane) return;
    const bar = this.element.closest<HTMLElement>('.room-status');
    const covered = bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0;
    window.scrollTo({ top: Math.max(0, lane.getBoundingClientRect().top + window.scrollY - covered - 8) });
  }
}
