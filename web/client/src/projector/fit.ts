import type { Card, CanvasState } from '../canvas/types';

/** A lane's cards as counts by theme, the largest first; cards without a theme come last, under a null title. */
export function themeCounts(state: CanvasState, cards: readonly Card[]): { title: string | null; n: number }[] {
  const counts = new Map<string | null, number>();
  for (const card of cards) {
    const title = card.themeId ? (state.themes[card.themeId]?.title ?? null) : null;
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts]
    .map(([title, n]) => ({ title, n }))
    .sort(
      (a, b) =>
        Number(a.title === null) - Number(b.title === null) ||
        b.n - a.n ||
        (a.title ?? '').localeCompare(b.title ?? ''),
    );
}
