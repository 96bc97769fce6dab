import { clampZoom } from './zoomMath';

/** A point in the window's coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Two fingers on the board, from their pointer events: the zoom they ask for as they spread apart or close (the zoom
 * when the second finger landed, times how much farther apart they are now), around their midpoint. A third finger is
 * ignored; lifting one of the two ends the pinch, and the one left does nothing until another joins it.
 */
export class Pinch {
  private readonly fingers = new Map<number, Point>();
  private start: { distance: number; zoom: number } | null = null;

  /** Whether two fingers are pinching now. */
  get active(): boolean {
    return this.start !== null;
  }

  /** A finger went down, with the board at `zoom`. True when it is the second one: a pinch starts. */
  down(id: number, at: Point, zoom: number): boolean {
    if (this.fingers.size >= 2) return false;
    this.fingers.set(id, at);
    if (this.fingers.size < 2) return false;
    this.start = { distance: this.distance(), zoom };
    return true;
  }

  /** A finger moved: while two pinch, the zoom to show and the point to keep still; otherwise null. */
  move(id: number, at: Point): { zoom: number; at: Point } | null {
    if (!this.fingers.has(id)) return null;
    this.fingers.set(id, at);
    if (!this.start) return null;
    const [a, b] = [...this.fingers.values()] as [Point, Point];
    return {
      zoom: clampZoom(this.start.zoom * (this.distance() / this.start.distance)),
      at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  }

  /** A finger went up, or the browser took it (pointercancel). */
  up(id: number): void {
    if (!this.fingers.delete(id)) return;
    this.start = null;
  }

  private distance(): number {
    const [a, b] = [...this.fingers.values()] as [Point, Point];
    // Never zero: two fingers reported at one point would divide by it.
    return Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));
  }
}
