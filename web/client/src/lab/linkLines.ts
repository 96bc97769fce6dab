import type { Link } from '../canvas/types';
import { setAttr, setClass } from '../ui/dom';
import { connector, type Box } from './linkGeometry';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * Links drawn as lines between the cards, in an SVG layer over the board that scrolls with it. Drawn in the frame
 * after the board changed (reading every card's box once, then writing every path), so a burst of events costs one
 * layout; the card on focus or under the pointer has its lines highlighted. The lines are a picture of what each card
 * already says in words ("Collegata a …"), so the layer is hidden from screen readers.
 */
export class LinkLines {
  readonly element: SVGSVGElement = document.createElementNS(svgNs, 'svg');
  private readonly paths = new Map<string, SVGPathElement>();
  private links: readonly Link[] = [];
  private pending = 0;
  private active: string | null = null;
  private readonly observer: ResizeObserver | null;

  constructor(
    private readonly board: HTMLElement,
    private readonly cardElement: (cardId: string) => HTMLElement | undefined,
  ) {
    this.element.classList.add('link-lines');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.setAttribute('focusable', 'false');
    board.addEventListener('focusin', (event) => this.highlight(event.target));
    board.addEventListener('pointerover', (event) => this.highlight(event.target));
    board.addEventListener('focusout', () => this.highlight(document.activeElement));
    // Cards grow when a menu or comments open, lanes reflow when the window changes: the ends move with them.
    this.observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.schedule());
    this.observer?.observe(board);
  }

  /** The links to draw; drawn in the next frame. */
  update(links: readonly Link[]): void {
    this.links = links;
    this.schedule();
  }

  /** Draw again in the next frame (the cards moved or changed size). */
  schedule(): void {
    if (this.pending || typeof requestAnimationFrame === 'undefined') return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.draw();
    });
  }

  dispose(): void {
    if (this.pending) cancelAnimationFrame(this.pending);
    this.observer?.disconnect();
  }

  private draw(): void {
    if (!this.board.isConnected) return;
    const origin = this.board.getBoundingClientRect();
    // Boxes come zoomed (the board's CSS zoom); the layer, inside the board, draws in the board's own pixels.
    const zoom = this.board.currentCSSZoom || 1;
    const box = (el: HTMLElement | undefined): Box | null => {
      if (!el?.isConnected) return null;
      const r = el.getBoundingClientRect();
      // A card filtered out, on another tab or table, is not drawn: neither is its line.
      if (r.width === 0 && r.height === 0) return null;
      return {
        left: (r.left - origin.left) / zoom + this.board.scrollLeft,
        top: (r.top - origin.top) / zoom + this.board.scrollTop,
        width: r.width / zoom,
        height: r.height / zoom,
      };
    };
    // Each card's box read once, however many links it has (a thousand cards, three thousand links).
    const boxes = new Map<string, Box | null>();
    const boxOf = (cardId: string): Box | null => {
      let b = boxes.get(cardId);
      if (b === undefined) boxes.set(cardId, (b = box(this.cardElement(cardId))));
      return b;
    };
    const ends = this.links.map((link) => ({ link, from: boxOf(link.from), to: boxOf(link.to) }));
    // The layer's own size from the last draw must not hold the board open (a window made narrower): measure without it.
    this.element.setAttribute('width', '0');
    this.element.setAttribute('height', '0');
    this.element.setAttribute('width', String(this.board.scrollWidth));
    this.element.setAttribute('height', String(this.board.scrollHeight));
    const seen = new Set<string>();
    for (const { link, from, to } of ends) {
      if (!from || !to || link.from === link.to) continue;
      seen.add(link.id);
      let path = this.paths.get(link.id);
      if (!path) {
        path = document.createElementNS(svgNs, 'path');
        path.dataset['link'] = link.id;
        this.paths.set(link.id, path);
        this.element.append(path);
      }
      setAttr(path, 'data-from', link.from);
      setAttr(path, 'data-to', link.to);
      setAttr(path, 'd', connector(from, to).d);
      setClass(path, 'active', this.active !== null && (link.from === this.active || link.to === this.active));
    }
    for (const [id, path] of this.paths) {
      if (seen.has(id)) continue;
      path.remove();
      this.paths.delete(id);
    }
  }

  private highlight(target: EventTarget | null): void {
    const card = target instanceof Element ? target.closest<HTMLElement>('li.card') : null;
    const active = card?.dataset['cardId'] ?? null;
    if (active === this.active) return;
    this.active = active;
    for (const path of this.paths.values()) {
      path.classList.toggle(
        'active',
        active !== null && (path.dataset['from'] === active || path.dataset['to'] === active),
      );
    }
    this.board.querySelectorAll('li.card.linked-peer').forEach((el) => el.classList.remove('linked-peer'));
    if (!active) return;
    for (const link of this.links) {
      const other = link.from === active ? link.to : link.to === active ? link.from : null;
      if (other) this.cardElement(other)?.classList.add('linked-peer');
    }
  }
}
