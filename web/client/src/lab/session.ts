import { CanvasReplica } from '../canvas/replica';
import type { CanvasEvent, CanvasState, Operation, OperationType, PayloadMap } from '../canvas/types';
import type { Lab, ServerError } from '../api/types';
import type { ConnectionStatus, EventPage, LabHub, MemberView } from '../transport/protocol';
import { bilingual } from '../i18n/i18n';
import { idGenerator } from './ids';

export interface SessionListener {
  /** The canvas, the lab or who you are changed: draw again. */
  changed(): void;
  error(error: ServerError): void;
  status(status: ConnectionStatus): void;
}

/** Refusals that mean "not now" rather than "no": the operation stays and is sent again. */
const retryable = new Set(['unavailable']);

/**
 * One lab on one hub connection, following the client rules of docs/protocol.md: apply pushed events in seq order,
 * catch up on a gap, show own operations at once and drop them if refused, and after a reconnect join again from
 * the last seq held and resend every unacknowledged operation with its same clientOpId.
 */
export class LabSession {
  lab: Lab | null = null;
  you: MemberView | null = null;
  private replica: CanvasReplica | null = null;
  private joining = false;
  private buffered: CanvasEvent[] = [];
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private readonly inFlight = new Set<string>();
  private lostConnection = false;

  constructor(
    private readonly hub: LabHub,
    readonly labId: string,
    private readonly listener: SessionListener,
    readonly newId: (kind: string) => string = idGenerator(),
    private readonly retryLater: (action: () => void) => void = (action) => void setTimeout(action, 2_000),
  ) {
    hub.onEvents((labId, events) => {
      if (labId === this.labId) this.onEvents(events);
    });
    hub.onStatus((status) => {
      listener.status(status);
      if (status === 'reconnecting' || status === 'disconnected') this.lostConnection = true;
      else if (status === 'connected' && this.lostConnection && this.replica) void this.join();
    });
  }

  /** The canvas to draw: confirmed events plus this user's operations on their way. */
  get state(): CanvasState | null { return this.replica?.view ?? null; }

  /** Only what the server has committed (own operations on their way left out). */
  get confirmed(): CanvasState | null { return this.replica?.confirmed ?? null; }

  get pendingCount(): number { return this.replica?.pendingCount ?? 0; }

  /** Connects (again, after giving up) and joins; false when the server refused entry (the error was reported). */
  async open(): Promise<boolean> {
    await this.hub.start();
    return this.join();
  }

  async close(): Promise<void> {
    try {
      await this.hub.leave(this.labId);
    } finally {
      await this.hub.stop();
    }
  }

  /** Sends an operation, showing it at once; returns its clientOpId. */
  submit<T extends OperationType>(type: T, payload: PayloadMap[T]): string {
    if (!this.replica) throw new Error('Join the lab first.');
    const op = { clientOpId: this.newId('op'), type, payload } as Operation;
    this.replica.add(op);
    this.listener.changed();
    void this.send(op);
    return op.clientOpId;
  }

  private async join(): Promise<boolean> {
    this.joining = true;
    try {
      const reply = await this.hub.join(this.labId, this.replica ? this.replica.seq : null);
      if (reply.error || !reply.you) {
        this.listener.error(reply.error ?? { code: 'bad_request', ...bilingual('invalidReply') });
        return false;
      }
      this.lab = reply.lab;
      this.you = reply.you;
      this.lostConnection = false;
      if (reply.state) {
        if (this.replica) this.replica.reset(reply.state.state);
        else this.replica = new CanvasReplica(reply.state.state, reply.you.id);
      } else if (reply.events) {
        this.receive(reply.events);
      }
    } finally {
      this.joining = false;
    }
    const early = this.buffered;
    this.buffered = [];
    if (early.length) this.onEvents(early);
    this.listener.changed();
    this.resend();
    return true;
  }

  private onEvents(events: CanvasEvent[]): void {
    if (this.joining || !this.replica) {
      this.buffered.push(...events);
      return;
    }
    this.receive({ events, lastSeq: events.at(-1)?.seq ?? 0, hasMore: false });
    this.listener.changed();
  }

  private receive(page: EventPage): void {
    const result = this.replica?.receive(page.events);
    if (result?.gap || page.hasMore) void this.catchUp();
  }

  private catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      try {
        do {
          this.catchUpAgain = false;
          for (;;) {
            const replica = this.replica;
            if (!replica) return;
            const reply = await this.hub.catchUp(this.labId, replica.seq);
            if (reply.error) {
              this.listener.error(reply.error);
              return;
            }
            const { applied } = replica.receive(reply.events);
            if (!reply.hasMore || applied === 0) break;
          }
        } while (this.catchUpAgain);
      } catch {
        // The connection dropped: joining again after the reconnect brings the missing events.
      } finally {
        this.catchingUp = null;
        this.listener.changed();
      }
    })();
    return this.catchingUp;
  }

  private resend(): void {
    for (const op of this.replica?.unacknowledged ?? []) {
      if (!this.inFlight.has(op.clientOpId)) void this.send(op);
    }
  }

  private async send(op: Operation): Promise<void> {
    this.inFlight.add(op.clientOpId);
    let reply;
    try {
      reply = await this.hub.apply(this.labId, op);
    } catch {
      return; // Not connected, or the connection dropped: the operation stays pending and is resent after joining again.
    } finally {
      this.inFlight.delete(op.clientOpId);
    }
    const replica = this.replica;
    if (!replica) return;
    if (!reply.error) {
      replica.acknowledge(op.clientOpId, reply.seq);
    } else if (retryable.has(reply.error.code)) {
      this.listener.error(reply.error);
      this.retryLater(() => {
        if (replica.unacknowledged.some((o) => o.clientOpId === op.clientOpId)) void this.send(op);
      });
      return;
    } else {
      replica.reject(op.clientOpId);
      this.listener.error(reply.error);
    }
    this.listener.changed();
  }
}
