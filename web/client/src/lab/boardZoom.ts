import { matrixOf, shortLaneName } from '../canvas/matrix';
import type { CanvasState } from '../canvas/types';
import { h, setText } from '../ui/dom';
import { Pinch } from './pinch';
import { say } from './roomText';
import { anchoredScroll, clampZoom, fitZoom, stepZoom, zoomLimits } from './zoomMath';

/** What pressing on the board's background must not start a pan from: anything one works with. */
const interactive =
  'li.card, button, input, select, textarea, a, summary, label, form, [tabindex]:not(.board-viewport)';

/**
 * Zoom and pan of the board. The lanes are laid out at the width of the window and scaled with CSS `zoom`, so cards
 * wrap the same way at every zoom and clicks, focus and text selection need no coordinate tricks. Zoom with the
 * buttons, the keys + - 0 on the board, Ctrl+wheel (a touchpad pinch) at the pointer, or two fingers on a touch screen
 * (around their midpoint); pan with the scroll bars, the wheel, a finger, or by dragging the board's background with the
 * mouse. "Fit" shows the whole board in the window; a lane's button zooms to that lane.
 */
export class BoardZoom {
  readonly viewport: HTMLDivElement;
  readonly toolbar: HTMLElement;
  private zoom = 1;
  private readonly outButton = h('button', { type: 'button', class: 'zoom-out' });
  private readonly level = h('button', { type: 'button', class: 'zoom-level' });
  private readonly inButton = h('button', { type: 'button', class: 'zoom-in' });
  private readonly fitButton = h('button', { type: 'button', class: 'zoom-fit' });
  private readonly laneLabel = h('span', { class: 'zoom-lanes-label', id: 'zoom-lanes-label' });
  private readonly laneButtons = h('span', {
    class: 'zoom-lanes',
    role: 'group',
    'aria-labelledby': 'zoom-lanes-label',
  });
  private lanesKey = '';
  private panFrom: { x: number; y: number } | null = null;
  private readonly pinch = new Pinch();
  /** The touch pointers down on the board now: while there is one, the board keeps touches to itself (onFinger). */
  private readonly fingers = new Set<number>();

  constructor(
    private readonly board: HTMLElement,
    private readonly zoomed: () => void,
  ) {
    this.viewport = h('div', { class: 'board-viewport' }, board);
    this.toolbar = h(
      'div',
      { class: 'zoom-tools', role: 'group' },
      this.outButton,
      this.level,
      this.inButton,
      this.fitButton,
      this.laneLabel,
      this.laneButtons,
    );
    this.outButton.addEventListener('click', () => this.set(stepZoom(this.zoom, -1)));
    this.inButton.addEventListener('click', () => this.set(stepZoom(this.zoom, 1)));
    this.level.addEventListener('click', () => this.set(1));
    this.fitButton.addEventListener('click', () => this.fit());
    this.viewport.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    this.viewport.addEventListener('pointerdown', (event) => this.onDown(event));
    this.viewport.addEventListener('pointermove', (event) => this.onMove(event));
    // On the document: a finger's release must be heard even when the element it pressed went from the board meanwhile.
    for (const type of ['pointerup', 'pointercancel'] as const) document.addEventListener(type, this.onUp, true);
    this.viewport.dataset['zoom'] = '1';
    this.relabel();
  }

  dispose(): void {
    for (const type of ['pointerup', 'pointercancel'] as const) document.removeEventListener(type, this.onUp, true);
  }

  /** The board's zoom now (1 = its own size). */
  get scale(): number {
    return this.zoom;
  }

  /** The lane buttons and the words, for the lanes of `state` in the chosen language. */
  update(state: CanvasState): void {
    // A matrix's eight cells are named short ("Stakeholder 2"), as on the phone's tabs.
    const matrix = matrixOf(state.lanes);
    const key = JSON.stringify(state.lanes.map((l) => [l.id, shortLaneName(l, matrix)]));
    if (key !== this.lanesKey) {
      this.lanesKey = key;
      this.laneButtons.replaceChildren(
        ...state.lanes.map((lane) => {
          const button = h('button', { type: 'button', class: 'zoom-lane', 'data-lane': lane.id });
          setText(button, shortLaneName(lane, matrix));
          button.addEventListener('click', () => this.toLane(lane.id));
          return button;
        }),
      );
    }
    this.relabel();
  }

  /** + - 0 on the board (outside text fields): zoom in, out, back to 100%. True when the key was a zoom key. */
  key(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const target = event.target as HTMLElement | null;
    if (target && (target.closest('input, textarea, select') || target.isContentEditable)) return false;
    if (event.key === '+' || event.key === '=') this.set(stepZoom(this.zoom, 1));
    else if (event.key === '-') this.set(stepZoom(this.zoom, -1));
    else if (event.key === '0') this.set(1);
    else return false;
    return true;
  }

  /** Zooms to `zoom`, keeping the board's point at `anchor` (window coordinates; the window's middle when none). */
  set(zoom: number, anchor?: { x: number; y: number }): void {
    const to = clampZoom(zoom);
    const from = this.zoom;
    if (to === from) return;
    const box = this.viewport.getBoundingClientRect();
    const x = (anchor?.x ?? box.left + box.width / 2) - box.left;
    const y = (anchor?.y ?? window.innerHeight / 2) - box.top;
    const left = anchoredScroll(this.viewport.scrollLeft, x, from, to);
    this.apply(to);
    this.viewport.scrollLeft = left;
    // The page scrolls the board up and down: keep the same point under the anchor there too.
    if (y > 0) window.scrollBy(0, (y / from) * to - y);
  }

  /** The whole board in the window below what stays fixed at its top. */
  fit(): void {
    this.apply(1);
    const width = Math.max(this.board.scrollWidth, this.board.offsetWidth);
    const height = this.board.scrollHeight;
    const room = window.innerHeight - this.fixedTop() - 8;
    this.apply(fitZoom(width, height, this.viewport.clientWidth, room));
    this.viewport.scrollLeft = 0;
    this.bringIntoSight();
  }

  /** A lane as wide as the window (within the zoom's limits), its top in sight. */
  toLane(laneId: string): void {
    const lane = this.board.querySelector<HTMLElement>(`:scope > .lane[data-lane="${CSS.escape(laneId)}"]`);
    if (!lane) return;
    this.apply(1);
    this.apply(clampZoom(this.viewport.clientWidth / lane.offsetWidth));
    // Measured where it is drawn: offsets under CSS zoom are not in the window's pixels.
    this.viewport.scrollLeft += lane.getBoundingClientRect().left - this.viewport.getBoundingClientRect().left;
    this.bringIntoSight();
    lane.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    lane.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  private apply(zoom: number): void {
    this.zoom = zoom;
    // Laid out at the window's width whatever the zoom, so that a zoomed-out board is smaller, not re-wrapped.
    this.board.style.width = zoom === 1 ? '' : `${this.viewport.clientWidth}px`;
    this.board.style.zoom = zoom === 1 ? '' : String(zoom);
    this.viewport.dataset['zoom'] = String(zoom);
    this.relabel();
    this.zoomed();
  }

  private relabel(): void {
    const percent = `${Math.round(this.zoom * 100)}%`;
    this.toolbar.setAttribute('aria-label', say('zoom'));
    setText(this.outButton, '−');
    this.outButton.setAttribute('aria-label', say('zoomOut'));
    this.outButton.title = say('zoomOut');
    this.outButton.setAttribute('aria-keyshortcuts', '-');
    setText(this.inButton, '+');
    this.inButton.setAttribute('aria-label', say('zoomIn'));
    this.inButton.title = say('zoomIn');
    this.inButton.setAttribute('aria-keyshortcuts', '+');
    setText(this.level, percent);
    this.level.setAttribute('aria-label', say('zoomReset', { percent }));
    this.level.setAttribute('aria-keyshortcuts', '0');
    setText(this.fitButton, say('zoomFit'));
    setText(this.laneLabel, say('zoomLanes'));
    this.outButton.setAttribute('aria-disabled', String(this.zoom <= zoomLimits.min));
    this.inButton.setAttribute('aria-disabled', String(this.zoom >= zoomLimits.max));
  }

  /** The height of what stays fixed at the top of the window (the phone's sticky status bar). */
  private fixedTop(): number {
    const bar = document.querySelector<HTMLElement>('.room-status');
    return bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0;
  }

  private bringIntoSight(): void {
    const top = this.viewport.getBoundingClientRect().top + window.scrollY - this.fixedTop();
    window.scrollTo({ top: Math.max(0, top) });
  }

  private onWheel(event: WheelEvent): void {
    // Ctrl+wheel (and a touchpad's pinch, which the browser sends as one) zooms the board, not the page.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.set(this.zoom * Math.exp(-event.deltaY * 0.002), { x: event.clientX, y: event.clientY });
  }

  private onDown(event: PointerEvent): void {
    if (event.pointerType === 'touch') {
      this.onFinger(event);
      return;
    }
    // The mouse pans by dragging the background, as on a canvas; cards, buttons and fields work as usual. Fingers pan
    // the way the page scrolls.
    if (
      event.pointerType !== 'mouse' ||
      event.button !== 0 ||
      !(event.target instanceof Element) ||
      event.target.closest(interactive)
    )
      return;
    event.preventDefault();
    this.viewport.setPointerCapture(event.pointerId);
    this.panFrom = { x: event.clientX, y: event.clientY };
    this.viewport.classList.add('panning');
  }

  private onMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') {
      const pinched = this.pinch.move(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pinched) this.set(pinched.zoom, pinched.at);
      return;
    }
    if (!this.panFrom || event.pointerType !== 'mouse') return;
    this.viewport.scrollLeft -= event.clientX - this.panFrom.x;
    window.scrollBy(0, this.panFrom.y - event.clientY);
    this.panFrom = { x: event.clientX, y: event.clientY };
  }

  private readonly onUp = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      this.pinch.up(event.pointerId);
      this.fingers.delete(event.pointerId);
      if (this.fingers.size === 0) this.viewport.classList.remove('touching');
      return;
    }
    this.panFrom = null;
    this.viewport.classList.remove('panning');
  };

  /**
   * A finger on the board. One finger scrolls the page and the board as usual (touch-action: pan-x pan-y, which also
   * keeps the browser's own pinch off the board); from the first finger on, the board's touch-action is none, so that
   * a second finger makes a gesture the browser leaves to the page: Chrome intersects the touch-actions of the fingers
   * of one gesture, and a two-finger gesture it read as a scroll would cancel both pointers (pointercancel).
   */
  private onFinger(event: PointerEvent): void {
    this.fingers.add(event.pointerId);
    this.viewport.classList.add('touching');
    this.pinch.down(event.pointerId, { x: event.clientX, y: event.clientY }, this.zoom);
  }
}
