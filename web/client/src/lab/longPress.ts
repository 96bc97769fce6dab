/** What counts as a long press: held this long (ms), moving no farther than this (px). */
export const longPressMs = 500;
export const longPressSlop = 10;

/** Where a press starts that is not a long press of the card: its own controls keep their taps and drags. */
const controls = 'button, a, input, select, textarea, summary, label, .card-menu, .card-comments';

/**
 * A finger (or pen) held still on an element for half a second: the touch screen's way to a card's actions, as a right
 * click is the mouse's. Read from pointer events; a finger that moves (a scroll), a second finger (a pinch), a lift or
 * the browser taking the gesture (pointercancel) ends it before it fires. While it is held and once it fired, the
 * browser's own menu, word selection and the click a lift may still send are swallowed: the press does one thing.
 */
export class LongPress {
  private pointer: number | null = null;
  private x = 0;
  private y = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private fired = false;

  constructor(
    element: HTMLElement,
    private readonly fire: () => void,
  ) {
    element.addEventListener('pointerdown', (event) => this.down(event));
    element.addEventListener('pointermove', (event) => {
      if (
        event.pointerId === this.pointer &&
        Math.hypot(event.clientX - this.x, event.clientY - this.y) > longPressSlop
      )
        this.cancel();
    });
    for (const type of ['pointerup', 'pointercancel'] as const)
      element.addEventListener(type, (event) => {
        if (event.pointerId === this.pointer) this.cancel();
      });
    // The browser's own long press (its menu, selecting a word) would come on top of this one.
    for (const type of ['contextmenu', 'selectstart'] as const)
      element.addEventListener(type, (event) => {
        if (this.pointer !== null || this.fired) event.preventDefault();
      });
    element.addEventListener(
      'click',
      (event) => {
        if (!this.fired) return;
        this.fired = false;
        event.preventDefault();
        event.stopPropagation();
      },
      true,
    );
  }

  private down(event: PointerEvent): void {
    this.fired = false;
    if (this.pointer !== null) {
      // A second finger: a pinch, not a press.
      this.cancel();
      return;
    }
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    if (event.target instanceof Element && event.target.closest(controls)) return;
    this.pointer = event.pointerId;
    this.x = event.clientX;
    this.y = event.clientY;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fired = true;
      this.fire();
    }, longPressMs);
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pointer = null;
  }
}
