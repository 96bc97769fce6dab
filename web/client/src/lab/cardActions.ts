import type { CanvasState, Card, ReactionKind } from '../canvas/types';
import type { CanvasIndex } from './canvasIndex';
import type { CardAction } from './permissions';

/** What a card's controls ask the lab screen to do; the screen turns each into an operation. */
export interface CardActions {
  vote(cardId: string, cast: boolean): void;
  react(cardId: string, kind: ReactionKind, add: boolean): void;
  edit(cardId: string, text: string): boolean;
  editing(cardId: string | null): void;
  step(cardId: string, direction: 'left' | 'right' | 'up' | 'down'): void;
  setTheme(cardId: string, themeId: string | null): void;
  colour(cardId: string, colour: string): void;
  remove(cardId: string): void;
  /** Starts choosing a second card: to link to, or to merge into. */
  choose(cardId: string, purpose: 'link' | 'merge'): void;
  /** The second card was chosen. */
  chosen(cardId: string): void;
  unlink(linkId: string): void;
  comment(cardId: string, text: string): boolean;
  uncomment(commentId: string): void;
}

/** What every card of a lane draws from in one draw: one object for all of them. */
export interface CardFrame {
  state: CanvasState;
  me: string;
  role: string;
  may(card: Card, action: CardAction): boolean;
  /** While the user is choosing a second card: for what, and which card started it. */
  choosing: { purpose: 'link' | 'merge'; from: string } | null;
  actions: CardActions;
  /** Each card's links and comments, built once per draw. */
  index: CanvasIndex;
  /**
   * Stands for everything shared by all cards that a card draws from (role, lock, phase, tables, themes, people,
   * language, what is being chosen): a new object when any of it changed, so an unchanged card can skip its draw.
   */
  frame: object;
}

/** Everything a card needs to draw itself: the frame, and its own state of sending and of others editing it. */
export interface CardContext extends CardFrame {
  pending: boolean;
  /** Who else is editing this card now. */
  editors: readonly string[];
}

export const reactionKinds = [
  { kind: 'accordo', label: 'reactionAccordo' },
  { kind: 'cuore', label: 'reactionCuore' },
  { kind: 'idea', label: 'reactionIdea' },
  { kind: 'dubbio', label: 'reactionDubbio' },
  { kind: 'importante', label: 'reactionImportante' },
] as const;

/** The name to show for an author: "" is someone anonymous. */
export function authorName(state: CanvasState, author: string, anonymous: string): string {
  if (!author) return anonymous;
  return state.members[author]?.displayName ?? author;
}
