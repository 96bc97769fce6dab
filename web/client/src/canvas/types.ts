// The canvas as it crosses the wire (docs/protocol.md, "Canvas state"): plain JSON, maps keyed by id.

export type Sector = 'ente_pubblico' | 'terzo_settore' | 'cittadino' | 'altro';
export type Role = 'participant' | 'trainer' | 'facilitator' | 'admin';
export type Capability = 'cards' | 'links' | 'votes' | 'comments' | 'themes';

export interface Lane { id: string; name: string; nameEn: string }

export interface Phase { id: string; name: string; nameEn: string; allows: string[]; lanes: string[] }

export interface Meeting {
  number: number;
  title: string;
  openedAt: string;
  openedSeq: number;
  closedAt: string | null;
  closedSeq: number | null;
}

export interface Member {
  id: string;
  displayName: string;
  organisation: string;
  sector: string;
  role: string;
  present: boolean;
  contributions: number;
}

export interface Card {
  id: string;
  lane: string;
  text: string;
  colour: string;
  x: number;
  y: number;
  themeId: string | null;
  author: string;
  createdAt: string;
  updatedAt: string;
  votes: Record<string, number>;
}

export interface Link { id: string; from: string; to: string; author: string }
export interface Comment { id: string; cardId: string; text: string; author: string; at: string }
export interface Theme { id: string; title: string; author: string }

export interface CanvasState {
  seq: number;
  title: string;
  templateId: string;
  lanes: Lane[];
  phases: Phase[];
  phase: string | null;
  locked: boolean;
  voteBudget: number;
  meetings: Meeting[];
  members: Record<string, Member>;
  cards: Record<string, Card>;
  links: Record<string, Link>;
  comments: Record<string, Comment>;
  themes: Record<string, Theme>;
  deleted: string[];
}

/** Payloads by event type, exactly the members the server sends. */
export interface PayloadMap {
  'card.add': { cardId: string; lane: string; text: string; colour: string | null; x: number; y: number };
  'card.edit': { cardId: string; text: string };
  'card.move': { cardId: string; lane: string | null; x: number; y: number };
  'card.colour': { cardId: string; colour: string };
  'card.theme': { cardId: string; themeId: string | null };
  'card.delete': { cardId: string };
  'link.add': { linkId: string; from: string; to: string };
  'link.delete': { linkId: string };
  'vote.cast': { cardId: string };
  'vote.retract': { cardId: string };
  'comment.add': { commentId: string; cardId: string; text: string };
  'comment.delete': { commentId: string };
  'theme.add': { themeId: string; title: string };
  'theme.rename': { themeId: string; title: string };
  'theme.delete': { themeId: string };
  'lab.phase': { phase: string };
  'lab.lock': { locked: boolean };
  'lab.voteBudget': { budget: number };
  'meeting.open': { title: string | null };
  'meeting.close': Record<string, never>;
  'lab.create': { title: string; templateId: string; lanes: Lane[]; phases: Phase[]; voteBudget: number };
  'member.join': { memberId: string; displayName: string; organisation: string; sector: string; role: string };
  'member.leave': { memberId: string };
}

export type EventType = keyof PayloadMap;

/** What clients may send to Apply; the server writes the other three types itself. */
export type OperationType = Exclude<EventType, 'lab.create' | 'member.join' | 'member.leave'>;

interface EventBase { labId: string; seq: number; at: string; author: string; clientOpId: string }

export type EventOf<T extends EventType> = EventBase & { type: T; payload: PayloadMap[T] };

/** A committed event, discriminated by type. */
export type CanvasEvent = { [T in EventType]: EventOf<T> }[EventType];

/** One operation as sent to Apply, discriminated by type. */
export type Operation = { [T in OperationType]: { clientOpId: string; type: T; payload: PayloadMap[T] } }[OperationType];
