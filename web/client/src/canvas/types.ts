// The canvas as it crosses the wire (docs/protocol.md, "Canvas state"): plain JSON, maps keyed by id.

export type Sector = 'ente_pubblico' | 'terzo_settore' | 'cittadino' | 'altro';
export type Role = 'participant' | 'trainer' | 'facilitator' | 'admin' | 'tutor';
export type Capability = 'cards' | 'links' | 'votes' | 'comments' | 'themes';

/** Where a lane sits in a matrix template (its lanes are the matrix's cells, row by row); absent for a plain lane. */
export interface MatrixCell {
  row: string;
  rowEn: string;
  column: string;
  columnEn: string;
}

export interface Lane {
  id: string;
  name: string;
  nameEn: string;
  cell?: MatrixCell;
}

export interface Phase {
  id: string;
  name: string;
  nameEn: string;
  allows: string[];
  lanes: string[];
}

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
  /** Private mode: others read `text` as "" until the facilitator reveals it. */
  hidden: boolean;
  /** Anonymous mode: others read `author` as "". */
  anonymous: boolean;
  /** The table whose area the card belongs to; null for the plenary. */
  groupId: string | null;
  /** By member id; in a participant's view everyone else's are summed under "". */
  votes: Record<string, number>;
  /** By kind, then by member id (same rule as votes). */
  reactions: Record<string, Record<string, number>>;
  /** Owners, deadline and status of an action card; absent until one is set. */
  followUp?: ActionFollowUp;
  /** Whom a facilitator or tutor wrote the card for (per conto di); absent when the author wrote it for themselves. */
  onBehalfOf?: OnBehalfOf;
}

/**
 * A card written per conto di a person of the lab (`member`, by member id) or an ente of the programme's register
 * (`ente`). Staff send `{kind, id}`; the event has the organisation and sector it counts for, and what the server
 * sends names a person (`name`, from the roster: never stored in the log).
 */
export interface OnBehalfOf {
  kind: 'member' | 'ente';
  id: string;
  organisation?: string;
  sector?: Sector;
  name?: string;
}

export type ActionStatus = 'da_avviare' | 'in_corso' | 'fatto' | 'bloccato';

/** Who took an action on (members by id, enti by name), by when (yyyy-MM-dd) and how far it has got. */
export interface ActionFollowUp {
  people: string[];
  enti: string[];
  deadline: string | null;
  status: ActionStatus;
}

export interface Link {
  id: string;
  from: string;
  to: string;
  author: string;
  anonymous: boolean;
}
export interface Comment {
  id: string;
  cardId: string;
  text: string;
  author: string;
  anonymous: boolean;
  at: string;
}
/** A theme; `colour` (from the cards' palette) only once someone chose one (`theme.colour`), else the screens pick one. */
export interface Theme {
  id: string;
  title: string;
  author: string;
  anonymous: boolean;
  colour?: string;
}
export interface Timer {
  seconds: number;
  startedAt: string;
  endsAt: string;
}
export interface Group {
  id: string;
  name: string;
  members: string[];
}
export type ReactionKind = 'accordo' | 'cuore' | 'idea' | 'dubbio' | 'importante';

export interface CanvasState {
  seq: number;
  title: string;
  templateId: string;
  lanes: Lane[];
  phases: Phase[];
  phase: string | null;
  locked: boolean;
  voteBudget: number;
  private: boolean;
  anonymous: boolean;
  timer: Timer | null;
  follow: string | null;
  split: boolean;
  groups: Group[];
  meetings: Meeting[];
  members: Record<string, Member>;
  cards: Record<string, Card>;
  links: Record<string, Link>;
  comments: Record<string, Comment>;
  themes: Record<string, Theme>;
  deleted: string[];
}

/** Members the server writes into some events (only when true): private mode, anonymous mode. */
export interface ServerMarks {
  hidden?: boolean;
  anonymous?: boolean;
}

/** Payloads by event type, exactly the members the server sends (optional ones are filled in by the server). */
export interface PayloadMap {
  'card.add': {
    cardId: string;
    lane: string;
    text: string;
    colour: string | null;
    x: number;
    y: number;
  } & ServerMarks & { groupId?: string | null; onBehalfOf?: OnBehalfOf | null };
  'card.edit': { cardId: string; text: string } & ServerMarks;
  'card.move': { cardId: string; lane: string | null; x: number; y: number } & ServerMarks;
  'card.colour': { cardId: string; colour: string } & ServerMarks;
  'card.theme': { cardId: string; themeId: string | null } & ServerMarks;
  'card.delete': { cardId: string } & ServerMarks;
  'card.merge': { cardId: string; intoId: string; text: string | null; droppedLinks?: string[] };
  'link.add': { linkId: string; from: string; to: string } & ServerMarks;
  'link.delete': { linkId: string } & ServerMarks;
  'vote.cast': { cardId: string };
  'vote.retract': { cardId: string };
  'reaction.add': { cardId: string; kind: ReactionKind };
  'reaction.remove': { cardId: string; kind: ReactionKind };
  'comment.add': { commentId: string; cardId: string; text: string } & ServerMarks;
  'comment.delete': { commentId: string } & ServerMarks;
  'theme.add': { themeId: string; title: string } & ServerMarks;
  'theme.rename': { themeId: string; title: string } & ServerMarks;
  'theme.colour': { themeId: string; colour: string | null } & ServerMarks;
  'theme.delete': { themeId: string } & ServerMarks;
  'lab.timer': { seconds: number | null; endsAt?: string | null };
  'lab.private': { enabled: boolean };
  'lab.reveal': { cardIds: string[] | null; cards?: Record<string, string> };
  'lab.anonymous': { enabled: boolean };
  'lab.follow': { enabled: boolean; leader?: string | null };
  'groups.split': { groups: { groupId: string; name: string; members: string[] }[] };
  'groups.reconvene': Record<string, never>;
  'member.remove': { memberId: string };
  'action.owners': { cardId: string; people: string[]; enti: string[] };
  'action.deadline': { cardId: string; deadline: string | null };
  'action.status': { cardId: string; status: ActionStatus };
  'lab.phase': { phase: string };
  'lab.lock': { locked: boolean };
  'lab.voteBudget': { budget: number };
  'meeting.open': { title: string | null };
  'meeting.close': Record<string, never>;
  'lab.create': { title: string; templateId: string; lanes: Lane[]; phases: Phase[]; voteBudget: number };
  /** A participant's join carries no name (the roster holds it; the server adds it to what it sends live and in replay). */
  'member.join': { memberId: string; displayName?: string; organisation: string; sector: string; role: string };
  'member.leave': { memberId: string; lastSeen?: string };
}

export type EventType = keyof PayloadMap;

/** What clients may send to Apply; the server writes the other three types itself. */
export type OperationType = Exclude<EventType, 'lab.create' | 'member.join' | 'member.leave'>;

interface EventBase {
  labId: string;
  seq: number;
  at: string;
  author: string;
  clientOpId: string;
}

export type EventOf<T extends EventType> = EventBase & { type: T; payload: PayloadMap[T] };

/** A committed event, discriminated by type. */
export type CanvasEvent = { [T in EventType]: EventOf<T> }[EventType];

/** One operation as sent to Apply, discriminated by type. */
export type Operation = {
  [T in OperationType]: { clientOpId: string; type: T; payload: PayloadMap[T] };
}[OperationType];

/** Operation payloads: the event payloads, whose optional members the server fills in (clients leave them out). */
export type OperationPayloads = { [T in OperationType]: PayloadMap[T] };
