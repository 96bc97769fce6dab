import type { PresenceMessage, Viewport } from '../transport/protocol';

/** Where the board is on the page: the canvas around it, the lanes, the scrolling window onto them and the zoom. */
export interface BoardPlace {
  canvas: HTMLElement;
  lanes: HTMLElement;
  viewport: HTMLElement;
  scale(): number;
}

/**
 * This person's presence as others see it: the pointer over the board and the card being edited, and while they lead
 * "follow me", what they look at. Positions are in the board's own pixels (divided by the zoom), so that people at
 * different zooms see the same places. It also moves this screen to a leader's view, unless the person stopped
 * following.
 */
export class RoomPresence {
  private readonly message: PresenceMessage = { cursor: null, editing: null, viewport: null };
  /** Whether this screen follows the leader (the person may stop, and resume). */
  followLocally = true;

  constructor(
    private readonly send: (message: PresenceMessage) => void,
    private readonly board: BoardPlace,
  ) {}

  pointer(event: PointerEvent): void {
    const box = this.board.lanes.getBoundingClientRect();
    const scale = this.board.scale();
    this.message.cursor = {
      x: Math.round((event.clientX - box.left) / scale),
      y: Math.round((event.clientY - box.top) / scale),
    };
    this.flush();
  }

  pointerLeft(): void {
    this.message.cursor = null;
    this.flush();
  }

  editing(cardId: string | null): void {
    this.message.editing = cardId;
    this.flush();
  }

  /** After each draw: leading "follow me" says where we look at once, not only at the next scroll; stops after. */
  lead(leading: boolean): void {
    if (leading === (this.message.viewport !== null)) return;
    this.message.viewport = leading ? this.viewport() : null;
    this.flush();
  }

  /** The view scrolled or zoomed: followers follow, when leading. */
  moved(leading: boolean): void {
    if (!leading) return;
    this.message.viewport = this.viewport();
    this.flush();
  }

  /** Goes where the leader looks, unless this screen stopped following. */
  follow(leader: Viewport | null | undefined): void {
    if (!this.followLocally || !leader) return;
    this.board.viewport.scrollLeft = leader.x * this.board.scale();
    window.scrollTo({ top: leader.y + this.board.canvas.offsetTop });
  }

  /** Where the board's top left corner is over the canvas (the cursors' layer), and its zoom. */
  origin(): { x: number; y: number; scale: number } {
    const lanes = this.board.lanes.getBoundingClientRect();
    const box = this.board.canvas.getBoundingClientRect();
    return { x: lanes.left - box.left, y: lanes.top - box.top, scale: this.board.scale() };
  }

  /** The leader's viewport: scroll offsets over the lanes (in the board's own pixels) and the page. */
  private viewport(): Viewport {
    return {
      x: Math.round(this.board.viewport.scrollLeft / this.board.scale()),
      y: Math.max(0, window.scrollY - this.board.canvas.offsetTop),
      width: this.board.viewport.clientWidth,
      height: window.innerHeight,
    };
  }

  private flush(): void {
    this.send({ ...this.message });
  }
}
