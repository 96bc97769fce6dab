// The hub's messages (docs/protocol.md, "The hub"). Durable canvas changes travel as events; presence is volatile.
import type { CanvasEvent, CanvasState, Operation } from '../canvas/types';
import type { Lab, ServerError } from '../api/types';

export interface MemberView { id: string; role: string; displayName: string }

export interface EventPage { events: CanvasEvent[]; lastSeq: number; hasMore: boolean }

export interface JoinReply {
  error: ServerError | null;
  lab: Lab | null;
  you: MemberView | null;
  state: { seq: number; state: CanvasState } | null;
  events: EventPage | null;
}

export interface ApplyReply { clientOpId: string; seq: number; error: ServerError | null }

export interface CatchUpReply extends EventPage { error: ServerError | null }

export interface Cursor { x: number; y: number }

export interface PresenceMessage { cursor: Cursor | null; editing: string | null }

export interface PresenceUpdate extends PresenceMessage { memberId: string; displayName: string }

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
  onPresence(handler: (labId: string, update: PresenceUpdate) => void): void;
  /** `connected` again after `reconnecting` means the server no longer knows this connection's labs: join again. */
  onStatus(handler: (status: ConnectionStatus) => void): void;
}
