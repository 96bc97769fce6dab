import type { Card, CanvasState } from '../canvas/types';

/**
 * The card scale to start from on the projector, from the longest lane: 1 up to six cards a lane, then shrinking with
 * the square root of the count (cards flow into more columns as they get smaller), never below 0.5.
 */
export function firstScale(mostInALane: number, lanes: number): number {
  const perLane = Math.max(1, mostInALane) * Math.max(1, lanes) / 3;
  return perLane <= 6 ? 1 : Math.max(0.5, Math.sqrt(6 / perLane));
}

/** A lane's cards as counts by theme, the largest first; cards without a theme come last, under a null title. */
export function themeCounts(state: CanvasState, cards: readonly Card[]): { title: string | null; n: number }[] {
  const counts = new Map<string | null, number>();
  for (const card of cards) {
    const title = card.themeId ? state.themes[card.themeId]?.title ?? null : null;
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].map(([title, n]) => ({ title, n }))
    .sort((a, b) => Number(a.title === null) - Number(b.title === null) || b.n - a.n || (a.title ?? '').localeCompare(b.title ?? ''));
}
