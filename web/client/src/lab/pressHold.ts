/**
 * Holds the board's redraws while a pointer is pressed on it. A click is the press and the release on the same button:
 * if others' changes arriving in between (a link that adds a line to a card above, a new theme, a comment) moved the
 * button, the release would land beside it and the click would be lost. So what arrives meanwhile is drawn right after
 * the release (in a task of its own, after the browser has delivered the click), or after `longest` ms of a press that
 * is not a click (a long press, a drag), whichever comes first. While changes wait, the region is `aria-busy`.
 */
export class PressHold {
  private pressed = false;
  private waiting = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly region: HTMLElement,
    private readonly draw: () => void,
    private readonly longest = 10_000,
  ) {
    region.addEventListener('pointerdown', this.onDown);
    // On the document: the release may happen outside the region (the pointer slid off the button).
    document.addEventListener('pointerup', this.onUp, true);
    document.addEventListener('pointercancel', this.onUp, true);
  }

  /** Whether a draw must wait; when it must, it is remembered and done at the release. */
  holds(): boolean {
    if (!this.pressed) return false;
    if (!this.waiting) {
      this.waiting = true;
      this.region.setAttribute('aria-busy', 'true');
    }
    return true;
  }

  dispose(): void {
    this.region.removeEventListener('pointerdown', this.onDown);
    document.removeEventListener('pointerup', this.onUp, true);
    document.removeEventListener('pointercancel', this.onUp, true);
    if (this.timer) clearTimeout(this.timer);
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (!event.isPrimary) return;
    this.pressed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), this.longest);
  };

  private readonly onUp = (event: PointerEvent): void => {
    if (!event.isPrimary || !this.pressed) return;
    if (this.timer) clearTimeout(this.timer);
    // A task, not a microtask: mouseup and click come after pointerup in the same turn and must see the old layout.
    this.timer = setTimeout(() => this.release(), 0);
  };

  private release(): void {
    this.timer = null;
    this.pressed = false;
    if (!this.waiting) return;
    this.waiting = false;
    this.region.removeAttribute('aria-busy');
    this.draw();
  }
}
