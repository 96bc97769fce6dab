import type { CanvasState, Card, ReactionKind } from '../canvas/types';
import type { CardAction } from './permissions';

/** What a card's controls ask the lab screen to do; the screen turns each into an operation. */
export interface CardActions {
  vote(cardId: string, cast: boolean): void;
  react(cardId: string, kind: ReactionKind, add: boolean): void;
  edit(cardId: string, text: string): boolean;
  editing(cardId: string | null): void;
  step(cardId: string, direction: 'left' | 'right' | 'up' | 'down'): void;
  setTheme(cardId: string, themeId: string | null): void;
  remove(cardId: string): void;
  /** Starts choosing a second card: to link to, or to merge into. */
  choose(cardId: string, purpose: 'link' | 'merge'): void;
  /** The second card was chosen. */
  chosen(cardId: string): void;
  unlink(linkId: string): void;
  comment(cardId: string, text: string): boolean;
  uncomment(commentId: string): void;
}

/** Everything a card needs to draw itself. */
export interface CardContext {
  state: CanvasState;
  me: string;
  role: string;
  pending: boolean;
  may(card: Card, action: CardAction): boolean;
  /** Who else is editing this card now. */
  editors: string[];
  /** While the user is choosing a second card: for what, and which card started it. */
  choosing: { purpose: 'link' | 'merge'; from: string } | null;
  actions: CardActions;
}

export const reactionKinds = [
  { kind: 'accordo', emoji: '👍', label: 'reactionAccordo' },
  { kind: 'cuore', emoji: '❤️', label: 'reactionCuore' },
  { kind: 'idea', emoji: '💡', label: 'reactionIdea' },
  { kind: 'dubbio', emoji: '❓', label: 'reactionDubbio' },
  { kind: 'importante', emoji: '❗', label: 'reactionImportante' },
] as const;

/** The name to show for an author: "" is someone anonymous. */
export function authorName(state: CanvasState, author: string, anonymous: string): string {
  if (!author) return anonymous;
  return state.members[author]?.displayName ?? author;
}
