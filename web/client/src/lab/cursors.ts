import { h } from '../ui/dom';
import type { PeerPresence } from './session';

/** How long a pointer stays on screen after its last move. */
const staleMs = 10_000;

/**
 * Others' pointers over the canvas, each with its owner's name. Decorative (aria-hidden): who is here and what they
 * edit is said in words by the people panel and on the cards.
 */
export class Cursors {
  readonly element = h('div', { class: 'cursors', 'aria-hidden': 'true' });
  private readonly marks = new Map<string, HTMLElement>();

  /**
   * Pointers are sent in the board's own pixels (unzoomed, from its top left corner); `board` is where that corner is
   * now over this layer, and the zoom of this screen's board.
   */
  update(peers: ReadonlyMap<string, PeerPresence>, now: number, board: { x: number; y: number; scale: number }): void {
    const live = new Set<string>();
    for (const peer of peers.values()) {
      if (!peer.cursor || now - peer.receivedAt > staleMs) continue;
      live.add(peer.memberId);
      let mark = this.marks.get(peer.memberId);
      if (!mark) {
        mark = h('div', { class: 'cursor' }, h('span', { class: 'cursor-name' }));
        this.marks.set(peer.memberId, mark);
        this.element.append(mark);
      }
      const name = mark.firstElementChild;
      if (name && name.textContent !== peer.displayName) name.textContent = peer.displayName;
      mark.style.transform = `translate(${board.x + peer.cursor.x * board.scale}px, ${board.y + peer.cursor.y * board.scale}px)`;
    }
    for (const [id, mark] of this.marks) {
      if (!live.has(id)) {
        mark.remove();
        this.marks.delete(id);
      }
    }
  }
}
