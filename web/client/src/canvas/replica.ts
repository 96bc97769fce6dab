import { applyEvent } from './apply';
import type { CanvasEvent, CanvasState, Operation } from './types';

interface Pending {
  readonly op: Operation;
  /** The seq the server gave it; its event has not reached us yet. */
  ackSeq?: number;
}

/** What `receive` did with a batch of pushed events. */
export interface ReceiveResult {
  applied: number;
  /** An event skipped past our seq: the events in between must be fetched (CatchUp). */
  gap: boolean;
}

/**
 * One lab's canvas in the browser: the state the server has confirmed, plus this user's own operations not yet seen
 * as events, applied on top so that they show at once. A rejected operation is simply dropped: the view is always
 * recomputed from the confirmed state, so nothing has to be undone by hand.
 */
/**
 * The event the server will most likely make of an own operation, to show it at once; null when the outcome is the
 * server's to say (a merge's dropped links, the texts a reveal brings).
 */
export function predict(op: Operation, state: CanvasState, me: string, at: string): CanvasEvent | null {
  const base = { labId: '', seq: state.seq, at, author: me, clientOpId: op.clientOpId };
  switch (op.type) {
    case 'lab.timer': {
      const endsAt =
        op.payload.seconds === null ? null : new Date(Date.parse(at) + op.payload.seconds * 1000).toISOString();
      return { ...base, type: op.type, payload: { seconds: op.payload.seconds, endsAt } };
    }
    case 'lab.follow':
      return {
        ...base,
        type: op.type,
        payload: op.payload.enabled ? { enabled: true, leader: me } : { enabled: false },
      };
    case 'lab.reveal': {
      const ids =
        op.payload.cardIds ??
        Object.values(state.cards)
          .filter((c) => c.hidden)
          .map((c) => c.id);
      const cards = Object.fromEntries(
        ids.flatMap((id) => {
          const card = state.cards[id];
          return card?.text ? [[id, card.text]] : [];
        }),
      );
      return { ...base, type: op.type, payload: { cardIds: op.payload.cardIds, cards } };
    }
    case 'card.merge':
      return null;
    default:
      return { ...base, type: op.type, payload: op.payload } as CanvasEvent;
  }
}

export class CanvasReplica {
  private confirmedState: CanvasState;
  private pending: Pending[] = [];
  private cachedView: CanvasState | null = null;

  constructor(
    state: CanvasState,
    private readonly me: string,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.confirmedState = state;
  }

  /** What the server has committed, up to `seq`. */
  get confirmed(): CanvasState {
    return this.confirmedState;
  }

  get seq(): number {
    return this.confirmedState.seq;
  }

  /** The confirmed state with this user's pending operations applied; its seq is the confirmed seq. */
  get view(): CanvasState {
    this.cachedView ??= this.pending.reduce((state, p) => {
      const event = predict(p.op, state, this.me, this.now());
      return event ? { ...applyEvent(state, event), seq: state.seq } : state;
    }, this.confirmedState);
    return this.cachedView;
  }

  /** Operations sent but not yet answered, in the order they were made: these are resent after a reconnect. */
  get unacknowledged(): Operation[] {
    return this.pending.filter((p) => p.ackSeq === undefined).map((p) => p.op);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** A whole new confirmed state (Join, or too far behind to catch up). Pending operations stay and are resent. */
  reset(state: CanvasState): void {
    this.confirmedState = state;
    this.pending = this.pending.filter((p) => p.ackSeq === undefined || p.ackSeq > state.seq);
    this.cachedView = null;
  }

  /** Applies the events that follow our seq, ignores those we hold, and stops at a gap. */
  receive(events: readonly CanvasEvent[]): ReceiveResult {
    let applied = 0;
    for (const event of events) {
      if (event.seq <= this.confirmedState.seq) continue;
      if (event.seq !== this.confirmedState.seq + 1) return this.changed({ applied, gap: true });
      this.confirmedState = applyEvent(this.confirmedState, event);
      if (event.author === this.me) this.pending = this.pending.filter((p) => p.op.clientOpId !== event.clientOpId);
      applied++;
    }
    return this.changed({ applied, gap: false });
  }

  /** Shows an operation of this user's at once, before the server answers. */
  add(op: Operation): void {
    this.pending.push({ op });
    this.cachedView = null;
  }

  /** The server committed the operation as event `seq`. */
  acknowledge(clientOpId: string, seq: number): void {
    if (seq <= this.confirmedState.seq) {
      this.pending = this.pending.filter((p) => p.op.clientOpId !== clientOpId);
      this.cachedView = null;
    } else {
      for (const p of this.pending) if (p.op.clientOpId === clientOpId) p.ackSeq = seq;
    }
  }

  /** The server refused the operation: it disappears from the view. */
  reject(clientOpId: string): void {
    this.pending = this.pending.filter((p) => p.op.clientOpId !== clientOpId);
    this.cachedView = null;
  }

  private changed(result: ReceiveResult): ReceiveResult {
    if (result.applied > 0) this.cachedView = null;
    return result;
  }
}
