import type { CanvasState, OperationPayloads, OperationType } from '../canvas/types';

/** One operation to send: its type and payload. */
export type Intent = { [T in OperationType]: { type: T; payload: OperationPayloads[T] } }[OperationType];

/**
 * What undoing one own operation sends, and what doing it again sends. `entity` is the card or link that undo or redo
 * makes anew (a deleted id stays taken, so it comes back under a new id each time).
 */
export interface Step {
  undo: Intent;
  redo: Intent;
  entity?: { kind: 'c' | 'l'; id: string };
}

/**
 * The step that takes back `intent`, read from the canvas just before it was sent; null when it cannot be undone.
 * Undo is an operation like any other (the server checks it and everyone sees it), never a local rewind. A deleted
 * card cannot come back: the protocol has no restore, so deleting asks for confirmation instead.
 */
export function inverse(intent: Intent, before: CanvasState): Step | null {
  switch (intent.type) {
    case 'card.add':
      return {
        undo: { type: 'card.delete', payload: { cardId: intent.payload.cardId } },
        redo: intent,
        entity: { kind: 'c', id: intent.payload.cardId },
      };
    case 'card.move': {
      const card = before.cards[intent.payload.cardId];
      if (!card) return null;
      return {
        undo: {
          type: 'card.move',
          payload: { cardId: card.id, lane: intent.payload.lane === null ? null : card.lane, x: card.x, y: card.y },
        },
        redo: intent,
      };
    }
    case 'card.edit': {
      const card = before.cards[intent.payload.cardId];
      return card ? { undo: { type: 'card.edit', payload: { cardId: card.id, text: card.text } }, redo: intent } : null;
    }
    case 'card.colour': {
      const card = before.cards[intent.payload.cardId];
      return card
        ? { undo: { type: 'card.colour', payload: { cardId: card.id, colour: card.colour } }, redo: intent }
        : null;
    }
    case 'card.theme': {
      const card = before.cards[intent.payload.cardId];
      return card
        ? { undo: { type: 'card.theme', payload: { cardId: card.id, themeId: card.themeId } }, redo: intent }
        : null;
    }
    case 'vote.cast':
      return { undo: { type: 'vote.retract', payload: intent.payload }, redo: intent };
    case 'vote.retract':
      return { undo: { type: 'vote.cast', payload: intent.payload }, redo: intent };
    case 'reaction.add':
      return { undo: { type: 'reaction.remove', payload: intent.payload }, redo: intent };
    case 'reaction.remove':
      return { undo: { type: 'reaction.add', payload: intent.payload }, redo: intent };
    case 'link.add':
      return {
        undo: { type: 'link.delete', payload: { linkId: intent.payload.linkId } },
        redo: intent,
        entity: { kind: 'l', id: intent.payload.linkId },
      };
    case 'link.delete': {
      const link = before.links[intent.payload.linkId];
      return link
        ? {
            undo: { type: 'link.add', payload: { linkId: link.id, from: link.from, to: link.to } },
            redo: intent,
            entity: { kind: 'l', id: link.id },
          }
        : null;
    }
    case 'theme.rename': {
      const theme = before.themes[intent.payload.themeId];
      return theme
        ? { undo: { type: 'theme.rename', payload: { themeId: theme.id, title: theme.title } }, redo: intent }
        : null;
    }
    case 'theme.colour': {
      const theme = before.themes[intent.payload.themeId];
      return theme
        ? { undo: { type: 'theme.colour', payload: { themeId: theme.id, colour: theme.colour ?? null } }, redo: intent }
        : null;
    }
    default:
      return null;
  }
}

/** Whether sending `intent` makes a card or link (and so needs an id never used before). */
function creates(intent: Intent): boolean {
  return intent.type === 'card.add' || intent.type === 'link.add';
}

/**
 * This person's own undoable operations, newest last. A card or link that undo or redo makes anew gets a new id, and
 * every step that named the old one is rewritten: "add, move, undo, undo, redo, redo" moves the card made again.
 */
export class UndoHistory {
  private readonly done: Step[] = [];
  private readonly undone: Step[] = [];

  constructor(
    private readonly newId: (kind: string) => string,
    private readonly depth = 50,
  ) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** A new own operation: it can be undone, and what was undone before it can no longer be redone. */
  record(step: Step): void {
    this.done.push(step);
    if (this.done.length > this.depth) this.done.shift();
    this.undone.length = 0;
  }

  /** The operation that undoes the last one, or null. */
  undo(): Intent | null {
    const step = this.done.pop();
    if (!step) return null;
    this.undone.push(step);
    return this.renew(step, 'undo');
  }

  /** The operation that does again what was last undone, or null. */
  redo(): Intent | null {
    const step = this.undone.pop();
    if (!step) return null;
    this.done.push(step);
    return this.renew(step, 'redo');
  }

  private renew(step: Step, which: 'undo' | 'redo'): Intent {
    if (step.entity && creates(step[which])) {
      const from = step.entity.id;
      const to = this.newId(step.entity.kind);
      const swap = (intent: Intent): Intent =>
        JSON.parse(JSON.stringify(intent).replaceAll(`"${from}"`, `"${to}"`)) as Intent;
      for (const s of [...this.done, ...this.undone]) {
        s.undo = swap(s.undo);
        s.redo = swap(s.redo);
        if (s.entity?.id === from) s.entity = { ...s.entity, id: to };
      }
    }
    return step[which];
  }
}
