// The hub's messages (docs/protocol.md, "The hub"). Durable canvas changes travel as events; presence is volatile.
import type { CanvasEvent, CanvasState, Operation } from '../canvas/types';
import type { Lab, ServerError } from '../api/types';

export interface MemberView {
  id: string;
  role: string;
  displayName: string;
}

export interface EventPage {
  events: CanvasEvent[];
  lastSeq: number;
  hasMore: boolean;
}

/** The server's limits on input, sent with Join (docs/protocol.md, "Limits"): the client never keeps a copy. */
export interface ClientLimits {
  maxTextLength: number;
  maxTitleLength: number;
  maxCards: number;
  maxLinks: number;
  maxCommentsPerCard: number;
  maxThemes: number;
  maxVoteBudget: number;
  operationsPerSecond: number;
  operationsBurst: number;
}

export interface JoinReply {
  error: ServerError | null;
  /** The server's clock when it answered (ISO), to correct this device's clock for the timer. */
  serverTime?: string;
  /** Null when the join was refused (and from a server older than the limits in Join). */
  limits?: ClientLimits | null;
  lab: Lab | null;
  you: MemberView | null;
  state: { seq: number; state: CanvasState } | null;
  events: EventPage | null;
}

export interface ApplyReply {
  clientOpId: string;
  seq: number;
  error: ServerError | null;
}

export interface CatchUpReply extends EventPage {
  error: ServerError | null;
}

export interface Cursor {
  x: number;
  y: number;
}

/** What part of the canvas the "follow me" leader is looking at: scroll offsets and visible size, in canvas pixels. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PresenceMessage {
  cursor: Cursor | null;
  editing: string | null;
  viewport?: Viewport | null;
}

export interface PresenceUpdate extends PresenceMessage {
  memberId: string;
  displayName: string;
}

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** The hub as the rest of the app sees it; `createLabHub` is the real one, tests use a fake. */
export interface LabHub {
  start(): Promise<void>;
  stop(): Promise<void>;
  join(labId: string, afterSeq: number | null): Promise<JoinReply>;
  apply(labId: string, operation: Operation): Promise<ApplyReply>;
  catchUp(labId: string, afterSeq: number): Promise<CatchUpReply>;
  presence(labId: string, presence: PresenceMessage): Promise<void>;
  leave(labId: string): Promise<void>;
  onEvents(handler: (labId: string, events: CanvasEvent[]) => void): void;
  /** Others' presence, the latest of each member since the last batch (the server sends a lab's batch every 100 ms). */
  onPresence(handler: (labId: string, updates: PresenceUpdate[]) => void): void;
  /** A facilitator took this person out of the lab: the connection is no longer in it, and the token will not get back in. */
  onRemoved(handler: (labId: string, error: ServerError) => void): void;
  /** `connected` again after `reconnecting` means the server no longer knows this connection's labs: join again. */
  onStatus(handler: (status: ConnectionStatus) => void): void;
}
