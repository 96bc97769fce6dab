import type { CardActions } from './cardActions';
import type { LabController } from './labController';

/** What the screen does around a card's own operations: presence, the status line, choosing a second card. */
export interface CardHooks {
  editing(cardId: string | null): void;
  /** A keyboard step moved the card to this lane, at this 1-based position. */
  moved(lane: string, position: number): void;
  choose(cardId: string, purpose: 'link' | 'merge'): void;
  /** The card chosen as second: returns the first and what for, or null when nothing was being chosen. */
  chosen(cardId: string): { purpose: 'link' | 'merge'; from: string } | null;
}

/** A card's controls wired to the controller (each becomes one operation) and to the screen. */
export function roomCardActions(controller: LabController, hooks: CardHooks): CardActions {
  return {
    vote: (cardId, cast) => controller.vote(cardId, cast),
    react: (cardId, kind, add) => controller.react(cardId, kind, add),
    edit: (cardId, text) => controller.edit(cardId, text),
    editing: (cardId) => hooks.editing(cardId),
    step: (cardId, direction) => {
      const to = controller.step(cardId, direction);
      if (to) hooks.moved(to.lane, to.position);
    },
    setTheme: (cardId, themeId) => controller.setTheme(cardId, themeId),
    colour: (cardId, colour) => controller.colour(cardId, colour),
    remove: (cardId) => controller.remove(cardId),
    choose: (cardId, purpose) => hooks.choose(cardId, purpose),
    chosen: (cardId) => {
      const first = hooks.chosen(cardId);
      if (first?.purpose === 'link') controller.link(first.from, cardId);
      else if (first) controller.merge(first.from, cardId);
    },
    unlink: (linkId) => controller.unlink(linkId),
    comment: (cardId, text) => controller.comment(cardId, text),
    uncomment: (commentId) => controller.uncomment(commentId),
  };
}
