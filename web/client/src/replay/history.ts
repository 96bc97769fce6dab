import { applyEvent, emptyState } from '../canvas/apply';
import type { CanvasEvent, CanvasState } from '../canvas/types';
import type { HistorySource } from './historyApi';

/** A moment of the replay: the canvas right after event `seq`, the one just before it, and that event. */
export interface Moment {
  seq: number;
  state: CanvasState;
  previous: CanvasState;
  event: CanvasEvent | null;
}

export interface HistoryCacheOptions {
  /** Events asked for per page (the server allows up to 1,000). */
  pageSize?: number;
  /** A state is kept every this many events, so that stepping back applies fewer than this many events. */
  keyframeEvery?: number;
  /** Farther than this from the nearest kept state, a jump asks the server for the state instead of folding pages. */
  jumpDistance?: number;
  /** At most this many kept states; the ones farthest from where the user is go first. */
  maxKeyframes?: number;
  /** A jump lands this many events before the target (on a kept-state boundary), so that stepping back needs nothing more. */
  backWindow?: number;
}

/**
 * The client side of replay: states and events of one lab's history, fetched once and kept.
 *
 * A jump far from anything kept loads one state from the server, a little before the target (`backWindow` events, on a
 * `keyframeEvery` boundary), and one page of events from there, which reaches past the target; the target is folded
 * locally (canvas/apply.ts). From then on stepping applies the cached events, fetching the next page only when they
 * run out. A state is kept every `keyframeEvery` events on the way, so stepping or scrubbing backward starts from the
 * nearest kept state at or before the target and asks the server for nothing; only stepping back past where a jump
 * landed costs one more state and page, for the next `backWindow` events back.
 */
export class HistoryCache {
  readonly pageSize: number;
  readonly keyframeEvery: number;
  readonly jumpDistance: number;
  readonly maxKeyframes: number;
  readonly backWindow: number;
  private readonly events = new Map<number, CanvasEvent>();
  private readonly keyframes = new Map<number, CanvasState>();
  private readonly pages = new Map<number, Promise<void>>();
  private recent: CanvasState[] = [];

  constructor(
    private readonly source: HistorySource,
    private lastSeqValue: number,
    options: HistoryCacheOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 500;
    this.keyframeEvery = options.keyframeEvery ?? 50;
    this.jumpDistance = options.jumpDistance ?? 1000;
    this.maxKeyframes = options.maxKeyframes ?? 400;
    this.backWindow = Math.min(
      options.backWindow ?? Math.floor(this.pageSize / 2),
      this.pageSize - this.keyframeEvery - 1,
    );
    this.keyframes.set(0, emptyState());
  }

  /** The last event of the lab, as far as this cache knows (it grows if pages show more). */
  get lastSeq(): number {
    return this.lastSeqValue;
  }

  /** Asks for the events after the last one known (a lab still running); resolves to the new last seq. */
  async refresh(): Promise<number> {
    await this.page(this.lastSeqValue, this.pageSize);
    return this.lastSeqValue;
  }

  /** The cached event `seq`, if it was fetched. */
  event(seq: number): CanvasEvent | undefined {
    return this.events.get(seq);
  }

  get cachedEvents(): number {
    return this.events.size;
  }

  get keptStates(): number {
    return this.keyframes.size;
  }

  /** The canvas right after event `seq` (clamped to 0…lastSeq), with the state before it and the event itself. */
  async moment(target: number): Promise<Moment> {
    const seq = Math.max(0, Math.min(Math.trunc(target), this.lastSeqValue));
    if (seq === 0) {
      const empty = this.keyframes.get(0) ?? emptyState();
      return { seq: 0, state: empty, previous: empty, event: null };
    }
    const previous = await this.stateAt(seq - 1);
    await this.ensureEvents(seq, seq);
    const event = this.events.get(seq);
    if (!event) throw new Error(`Event ${seq} is missing from the history.`);
    const state = applyEvent(previous, event);
    this.keep(state);
    return { seq, state, previous, event };
  }

  /** Fetches the events from `from` to `to` that are not cached yet (whole pages from the first missing one). */
  async ensureEvents(from: number, to: number): Promise<void> {
    const last = Math.min(to, this.lastSeqValue);
    for (let seq = Math.max(1, from); seq <= last; seq++) {
      if (this.events.has(seq)) continue;
      await this.page(seq - 1, this.missingRun(seq));
      if (!this.events.has(seq)) throw new Error(`The server gave no event ${seq}.`);
    }
  }

  /** Starts fetching the page after `seq` when the cached events run out within half a page: for playing ahead. */
  prefetch(seq: number): void {
    const ahead = Math.min(seq + Math.ceil(this.pageSize / 2), this.lastSeqValue);
    if (this.events.has(ahead)) return;
    let missing = seq + 1;
    while (missing <= ahead && this.events.has(missing)) missing++;
    if (missing <= ahead) void this.page(missing - 1, this.missingRun(missing)).catch(() => undefined);
  }

  /** How many events from `seq` on are not cached, up to a page: what to ask for, without fetching what is held. */
  private missingRun(seq: number): number {
    let end = seq;
    while (end - seq < this.pageSize && end <= this.lastSeqValue && !this.events.has(end)) end++;
    return Math.max(1, end - seq);
  }

  private async stateAt(seq: number): Promise<CanvasState> {
    let base: CanvasState | undefined;
    for (const state of [...this.keyframes.values(), ...this.recent]) {
      if (state.seq <= seq && (!base || state.seq > base.seq)) base = state;
    }
    if (base?.seq === seq) return base;
    if (!base || seq - base.seq > this.jumpDistance) {
      const landing = Math.max(0, Math.floor((seq - this.backWindow) / this.keyframeEvery) * this.keyframeEvery);
      base = this.keyframes.get(landing) ?? (await this.source.stateAt(landing));
      this.keyframes.set(landing, base);
      if (landing === seq) return base;
    }
    await this.ensureEvents(base.seq + 1, seq);
    let state = base;
    for (let next = base.seq + 1; next <= seq; next++) {
      const event = this.events.get(next);
      if (!event) throw new Error(`Event ${next} is missing from the history.`);
      state = applyEvent(state, event);
      if (next % this.keyframeEvery === 0) this.keyframes.set(next, state);
    }
    this.keep(state);
    this.trim(seq);
    return state;
  }

  /** The last few states reached stay too, so that a step forward applies one event. */
  private keep(state: CanvasState): void {
    this.recent = [state, ...this.recent.filter((s) => s.seq !== state.seq)].slice(0, 4);
  }

  private trim(around: number): void {
    if (this.keyframes.size <= this.maxKeyframes) return;
    const far = [...this.keyframes.keys()]
      .filter((k) => k !== 0)
      .sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
    for (const seq of far.slice(0, this.keyframes.size - this.maxKeyframes)) this.keyframes.delete(seq);
  }

  private page(after: number, limit: number): Promise<void> {
    let pending = this.pages.get(after);
    if (!pending) {
      pending = this.source
        .eventsAfter(after, limit)
        .then((page) => {
          for (const event of page.events) this.events.set(event.seq, event);
          this.lastSeqValue = Math.max(this.lastSeqValue, page.lastSeq);
        })
        .finally(() => this.pages.delete(after));
      this.pages.set(after, pending);
    }
    return pending;
  }
}

/** How long to wait before showing event `next` after `current` when playing at `speed`. */
export function playbackDelay(
  currentAt: string,
  nextAt: string,
  speed: number,
  skipIdle: boolean,
  idleMs = 3000,
  compressedMs = 500,
): number {
  let gap = Math.max(0, Date.parse(nextAt) - Date.parse(currentAt));
  if (!Number.isFinite(gap)) gap = 0;
  if (skipIdle && gap > idleMs) gap = compressedMs;
  return gap / Math.max(speed, 1);
}
