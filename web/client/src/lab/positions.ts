import type { Card, CanvasState } from '../canvas/types';

// Lanes are lists: a card's place in its lane is its y (then when it was written). Moving a card between two others
// gives it the y halfway between theirs, so that one card.move says everything and nobody else's card moves.

const gap = 100;
const limit = 100_000;

/** A lane's order: by y, then by when the card was written. */
function byPlace(a: Card, b: Card): number {
  return a.y - b.y || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** A lane's cards, top to bottom. */
export function laneCards(cards: Iterable<Card>, lane: string): Card[] {
  return sortInPlace([...cards].filter((c) => c.lane === lane));
}

/** Whether a lane's cards are already top to bottom (one pass, nothing allocated). */
export function inPlace(cards: readonly Card[]): boolean {
  for (let i = 1; i < cards.length; i++) if (byPlace(cards[i - 1] as Card, cards[i] as Card) > 0) return false;
  return true;
}

/** Puts a lane's cards top to bottom, in the list itself. */
export function sortInPlace(cards: Card[]): Card[] {
  return cards.sort(byPlace);
}

/** The y that puts a card at `index` among `others` (the lane's cards without the moving one). */
export function yAt(others: readonly Card[], index: number): number {
  const before = others[index - 1];
  const after = others[index];
  const y = before && after ? (before.y + after.y) / 2 : before ? before.y + gap : after ? after.y - gap : 0;
  return Math.max(-limit, Math.min(limit, y));
}

/** Where a keyboard step takes a card: the same place in the lane beside it, or one place up or down. Null: nowhere. */
export function step(
  state: CanvasState,
  cardId: string,
  direction: 'left' | 'right' | 'up' | 'down',
): { lane: string | null; y: number } | null {
  const card = state.cards[cardId];
  if (!card) return null;
  const here = laneCards(Object.values(state.cards), card.lane);
  const index = here.findIndex((c) => c.id === cardId);
  if (direction === 'up' || direction === 'down') {
    const target = index + (direction === 'up' ? -1 : 1);
    if (target < 0 || target >= here.length) return null;
    const others = here.filter((c) => c.id !== cardId);
    return { lane: null, y: yAt(others, target) };
  }
  const lanes = state.lanes.map((l) => l.id);
  const lane = lanes[lanes.indexOf(card.lane) + (direction === 'left' ? -1 : 1)];
  if (!lane) return null;
  const there = laneCards(Object.values(state.cards), lane);
  return { lane, y: yAt(there, Math.min(index, there.length)) };
}

/** The y for a new card: below the last one of its lane. */
export function yForNew(state: CanvasState, lane: string): number {
  const cards = laneCards(Object.values(state.cards), lane);
  return yAt(cards, cards.length);
}
