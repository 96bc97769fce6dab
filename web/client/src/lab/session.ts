import { CanvasReplica } from '../canvas/replica';
import type { CanvasEvent, CanvasState, Operation, OperationPayloads, OperationType } from '../canvas/types';
import type { Lab, ServerError } from '../api/types';
import { normalize } from '../canvas/apply';
import { Outbox } from '../canvas/outbox';
import type {
  ClientLimits,
  ConnectionStatus,
  EventPage,
  LabHub,
  MemberView,
  PresenceMessage,
  PresenceUpdate,
} from '../transport/protocol';
import { Throttle } from './throttle';
import { bilingual } from '../i18n/i18n';
import { idGenerator } from './ids';

export interface SessionListener {
  /** The canvas, the lab or who you are changed: draw again. */
  changed(): void;
  error(error: ServerError): void;
  status(status: ConnectionStatus): void;
  /** Someone's pointer, edited card or viewport moved. */
  presence?(): void;
  /** A facilitator took this person out of the lab. */
  removed?(error: ServerError): void;
  /** The server accepted one of this person's operations. */
  acknowledged?(clientOpId: string): void;
}

/** Someone else's latest presence, with the local time it arrived (to fade stale pointers). */
export interface PeerPresence extends PresenceUpdate {
  receivedAt: number;
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
  /** The server's limits on input, from Join. */
  limits: ClientLimits | null = null;
  private replica: CanvasReplica | null = null;
  private joining = false;
  private buffered: CanvasEvent[] = [];
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private readonly inFlight = new Set<string>();
  /** The hub lost the connection and is reconnecting by itself: join again when it is back. */
  private rejoin = false;
  private outbox: Outbox | null = null;
  private skewMs = 0;
  /** Others' presence by member id. */
  readonly peers = new Map<string, PeerPresence>();
  private readonly presenceOut: Throttle<PresenceMessage>;

  constructor(
    private readonly hub: LabHub,
    readonly labId: string,
    private readonly listener: SessionListener,
    readonly newId: (kind: string) => string = idGenerator(),
    private readonly retryLater: (action: () => void) => void = (action) => void setTimeout(action, 2_000),
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = null,
    private readonly clock: () => number = () => Date.now(),
  ) {
    // At most 10 presence messages a second: the server drops the rest anyway.
    this.presenceOut = new Throttle<PresenceMessage>(100, (message) => {
      if (this.replica) void this.hub.presence(this.labId, message).catch(() => undefined);
    });
    hub.onEvents((labId, events) => {
      if (labId === this.labId) this.onEvents(events);
    });
    hub.onPresence((labId, updates) => {
      if (labId !== this.labId) return;
      const others = updates.filter((update) => update.memberId !== this.you?.id);
      for (const update of others) this.peers.set(update.memberId, { ...update, receivedAt: this.clock() });
      if (others.length > 0) listener.presence?.();
    });
    hub.onRemoved((labId, error) => {
      if (labId !== this.labId) return;
      this.outbox?.save([]);
      listener.removed?.(error);
    });
    hub.onStatus((status) => {
      listener.status(status);
      // After `disconnected` the screen calls open(), which joins by itself.
      if (status === 'reconnecting') this.rejoin = true;
      else if (status === 'connected' && this.rejoin && this.replica) {
        this.rejoin = false;
        void this.join();
      }
    });
  }

  /** The canvas to draw: confirmed events plus this user's operations on their way. */
  get state(): CanvasState | null {
    return this.replica?.view ?? null;
  }

  /** Only what the server has committed (own operations on their way left out). */
  get confirmed(): CanvasState | null {
    return this.replica?.confirmed ?? null;
  }

  get pendingCount(): number {
    return this.replica?.pendingCount ?? 0;
  }

  /** The server's clock now, as well as this device can tell (its own clock corrected by the skew seen on joining). */
  serverNow(): number {
    return this.clock() + this.skewMs;
  }

  /** Sends this user's pointer, edited card and viewport (throttled to 10 a second). */
  presence(message: PresenceMessage): void {
    this.presenceOut.push(message);
  }

  /** The browser says the network is gone: stop trying, keep every edit in the outbox. */
  async offline(): Promise<void> {
    this.rejoin = false;
    await this.hub.stop().catch(() => undefined);
  }

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
  submit<T extends OperationType>(type: T, payload: OperationPayloads[T]): string {
    if (!this.replica) throw new Error('Join the lab first.');
    const op = { clientOpId: this.newId('op'), type, payload } as Operation;
    this.replica.add(op);
    this.persist();
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
        // The lab's node died and the cluster is moving its grains: join again shortly, as after a reconnect.
        if (reply.error && retryable.has(reply.error.code)) this.retryLater(() => void this.join());
        return false;
      }
      this.lab = reply.lab;
      this.you = reply.you;
      this.limits = reply.limits ?? null;
      if (reply.serverTime) this.skewMs = Date.parse(reply.serverTime) - this.clock();
      if (reply.state) {
        const state = normalize(reply.state.state);
        if (this.replica) this.replica.reset(state);
        else this.adopt(new CanvasReplica(state, reply.you.id), reply.you.id);
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

  /** The first join: the replica starts with whatever an earlier page left unsent in the outbox. */
  private adopt(replica: CanvasReplica, memberId: string): void {
    this.replica = replica;
    if (!this.storage) return;
    this.outbox = Outbox.for(this.storage, this.labId, memberId);
    for (const op of this.outbox.load()) replica.add(op);
  }

  /** Keeps the unacknowledged operations in the outbox, so that a reload does not lose them. */
  private persist(): void {
    if (this.replica) this.outbox?.save(this.replica.unacknowledged);
  }

  private onEvents(events: CanvasEvent[]): void {
    if (this.joining || !this.replica) {
      this.buffered.push(...events);
      return;
    }
    this.receive({ events, lastSeq: events.at(-1)?.seq ?? 0, hasMore: false });
    this.persist();
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
      this.listener.acknowledged?.(op.clientOpId);
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
    this.persist();
    this.listener.changed();
  }
}
