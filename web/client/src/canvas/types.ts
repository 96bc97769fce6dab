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
  /** Taken out of the lab by a facilitator: their token no longer works. */
  removed: boolean;
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
  /** Face down (private mode): other participants get it with empty text until the facilitator reveals it. */
  hidden: boolean;
  /** Written in anonymous mode: other participants get `author` as "". */
  anonymous: boolean;
  /** The table (subgroup) it was written at, kept as a label after the plenary reconvenes. */
  groupId: string | null;
  /** kind → member → 1 (a participant sees everyone else's under ""; then the number is how many). */
  reactions: Record<string, Record<string, number>>;
}

export interface Link { id: string; from: string; to: string; author: string; anonymous: boolean }
export interface Comment { id: string; cardId: string; text: string; author: string; at: string; anonymous: boolean }
export interface Theme { id: string; title: string; author: string; anonymous: boolean }

export interface Timer { seconds: number; startedAt: string; endsAt: string }

/** A table of the room while it is split into subgroups. */
export interface Group { id: string; name: string; members: string[] }

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
  /** Private mode: participants' new cards are face down. */
  private: boolean;
  anonymous: boolean;
  timer: Timer | null;
  /** The member everyone follows ("follow me"), or null. */
  follow: string | null;
  split: boolean;
  groups: Group[];
}

/** Payloads of the operations clients send to Apply, by type: exactly the members the server expects. */
export interface OperationPayloads {
  'card.add': { cardId: string; lane: string; text: string; colour: string | null; x: number; y: number };
  'card.edit': { cardId: string; text: string };
  'card.move': { cardId: string; lane: string | null; x: number; y: number };
  'card.colour': { cardId: string; colour: string };
  'card.theme': { cardId: string; themeId: string | null };
  'card.delete': { cardId: string };
  'card.merge': { cardId: string; intoId: string; text: string | null };
  'link.add': { linkId: string; from: string; to: string };
  'link.delete': { linkId: string };
  'vote.cast': { cardId: string };
  'vote.retract': { cardId: string };
  'reaction.add': { cardId: string; kind: string };
  'reaction.remove': { cardId: string; kind: string };
  'comment.add': { commentId: string; cardId: string; text: string };
  'comment.delete': { commentId: string };
  'theme.add': { themeId: string; title: string };
  'theme.rename': { themeId: string; title: string };
  'theme.delete': { themeId: string };
  'lab.phase': { phase: string };
  'lab.lock': { locked: boolean };
  'lab.voteBudget': { budget: number };
  'lab.timer': { seconds: number | null };
  'lab.private': { enabled: boolean };
  'lab.reveal': { cardIds: string[] | null };
  'lab.anonymous': { enabled: boolean };
  'lab.follow': { enabled: boolean };
  'groups.split': { groups: { groupId: string; name: string; members: string[] }[] };
  'groups.reconvene': Record<string, never>;
  'member.remove': { memberId: string };
  'meeting.open': { title: string | null };
  'meeting.close': Record<string, never>;
}

/** Payloads of committed events: the operations' as the server normalized them, and the types only it writes. */
export interface PayloadMap extends Omit<OperationPayloads, 'card.add' | 'card.merge' | 'lab.timer' | 'lab.reveal' | 'lab.follow'> {
  /** The server may state what the mode of the moment made of the card; absent, the fold works it out. */
  'card.add': OperationPayloads['card.add'] & { hidden?: boolean; anonymous?: boolean; groupId?: string | null };
  'card.merge': { cardId: string; intoId: string; text: string | null; droppedLinks: string[] };
  'lab.timer': { seconds: number | null; endsAt: string | null };
  'lab.reveal': { cards: Record<string, string> };
  'lab.follow': { leader: string | null };
  'lab.create': { title: string; templateId: string; lanes: Lane[]; phases: Phase[]; voteBudget: number };
  'member.join': { memberId: string; displayName: string; organisation: string; sector: string; role: string };
  'member.leave': { memberId: string };
}

export type EventType = keyof PayloadMap;

/** What clients may send to Apply; the server writes the other three types itself. */
export type OperationType = keyof OperationPayloads;

interface EventBase { labId: string; seq: number; at: string; author: string; clientOpId: string }

export type EventOf<T extends EventType> = EventBase & { type: T; payload: PayloadMap[T] };

/** A committed event, discriminated by type. */
export type CanvasEvent = { [T in EventType]: EventOf<T> }[EventType];

/** One operation as sent to Apply, discriminated by type. */
export type Operation = { [T in OperationType]: { clientOpId: string; type: T; payload: OperationPayloads[T] } }[OperationType];
