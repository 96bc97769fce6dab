import type { Card, CanvasState, Comment, Link, Theme } from '../canvas/types';

// What changed on the canvas between two moments: a pure function of the two states, for the "compare" panel.

export interface Changed<T> {
  before: T;
  after: T;
}

export interface VoteChange {
  card: Card;
  before: number;
  after: number;
}

export interface CanvasDiff {
  cardsAdded: Card[];
  /** Text changed (a card may also appear in `cardsMoved`). */
  cardsEdited: Changed<Card>[];
  /** Lane or position changed. */
  cardsMoved: Changed<Card>[];
  cardsDeleted: Card[];
  linksAdded: Link[];
  linksRemoved: Link[];
  /** Total votes on a card present at both moments changed. */
  votesChanged: VoteChange[];
  commentsAdded: Comment[];
  commentsRemoved: Comment[];
  themesAdded: Theme[];
  themesRenamed: Changed<Theme>[];
  themesRemoved: Theme[];
}

/** The changes that lead from `a` to `b` (call it with the earlier state first). Lists are in a stable order. */
export function diff(a: CanvasState, b: CanvasState): CanvasDiff {
  const result: CanvasDiff = {
    cardsAdded: [],
    cardsEdited: [],
    cardsMoved: [],
    cardsDeleted: [],
    linksAdded: [],
    linksRemoved: [],
    votesChanged: [],
    commentsAdded: [],
    commentsRemoved: [],
    themesAdded: [],
    themesRenamed: [],
    themesRemoved: [],
  };
  for (const after of sorted(b.cards)) {
    const before = a.cards[after.id];
    if (!before) {
      result.cardsAdded.push(after);
      continue;
    }
    if (before === after) continue;
    if (before.text !== after.text) result.cardsEdited.push({ before, after });
    if (before.lane !== after.lane || before.x !== after.x || before.y !== after.y)
      result.cardsMoved.push({ before, after });
    const votesBefore = totalVotes(before);
    const votesAfter = totalVotes(after);
    if (votesBefore !== votesAfter) result.votesChanged.push({ card: after, before: votesBefore, after: votesAfter });
  }
  result.cardsDeleted = sorted(a.cards).filter((card) => !b.cards[card.id]);
  result.linksAdded = sorted(b.links).filter((link) => !a.links[link.id]);
  result.linksRemoved = sorted(a.links).filter((link) => !b.links[link.id]);
  result.commentsAdded = sorted(b.comments).filter((comment) => !a.comments[comment.id]);
  result.commentsRemoved = sorted(a.comments).filter((comment) => !b.comments[comment.id]);
  result.themesAdded = sorted(b.themes).filter((theme) => !a.themes[theme.id]);
  result.themesRemoved = sorted(a.themes).filter((theme) => !b.themes[theme.id]);
  for (const after of sorted(b.themes)) {
    const before = a.themes[after.id];
    if (before && before.title !== after.title) result.themesRenamed.push({ before, after });
  }
  return result;
}

/** True when nothing in the diff changed. */
export function isEmpty(d: CanvasDiff): boolean {
  return Object.values(d).every((list: readonly unknown[]) => list.length === 0);
}

export function totalVotes(card: Card): number {
  return Object.values(card.votes).reduce((sum, n) => sum + n, 0);
}

/** A map's values by creation time when they have one, then by id: the order the canvas shows them in. */
function sorted<T extends { id: string; createdAt?: string; at?: string }>(map: Record<string, T>): T[] {
  return Object.values(map).sort(
    (x, y) => (x.createdAt ?? x.at ?? '').localeCompare(y.createdAt ?? y.at ?? '') || x.id.localeCompare(y.id),
  );
}
