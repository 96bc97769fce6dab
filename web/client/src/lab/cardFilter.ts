import type { Card, CanvasState } from '../canvas/types';

/** What the search and filter bar asks for; empty strings mean "any". `theme` is a theme id, or "-" for no theme. */
export interface CardFilter {
  text: string;
  ente: string;
  sector: string;
  theme: string;
  byVotes: boolean;
}

export const noFilter: CardFilter = Object.freeze({ text: '', ente: '', sector: '', theme: '', byVotes: false });

/** Whether anything narrows what is shown (sorting does not). */
export function filtering(filter: CardFilter): boolean {
  return filter.text.trim() !== '' || filter.ente !== '' || filter.sector !== '' || filter.theme !== '';
}

/**
 * Whether a card matches: its text holds the words (any case, any accents), its author (or whom it was written for)
 * belongs to the ente and sector, it has the theme. An anonymous card (author "") never matches an ente or sector: who wrote it is not known.
 */
export function matches(state: CanvasState, card: Card, filter: CardFilter): boolean {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length && !words.every((w) => fold(card.text).includes(w))) return false;
  if (filter.theme && (filter.theme === '-' ? card.themeId !== null : card.themeId !== filter.theme)) return false;
  if (!filter.ente && !filter.sector) return true;
  // A card written per conto di someone belongs to their ente and sector, as the cohesion measures count it.
  const behalf = card.onBehalfOf;
  const author = behalf
    ? { organisation: behalf.organisation ?? '', sector: behalf.sector ?? 'altro' }
    : card.author
      ? state.members[card.author]
      : undefined;
  if (!author) return false;
  return (!filter.ente || author.organisation === filter.ente) && (!filter.sector || author.sector === filter.sector);
}

/** Total votes on a card. */
export function votesOf(card: Card): number {
  return Object.values(card.votes).reduce((a, b) => a + b, 0);
}

/** Most voted first; ties keep the lane's own order (the sort is stable). */
export function byVotes(cards: readonly Card[]): Card[] {
  return [...cards].sort((a, b) => votesOf(b) - votesOf(a));
}

/** The enti of the people who wrote cards, sorted, for the filter's choices. */
export function entiOf(state: CanvasState): string[] {
  const enti = new Set<string>();
  for (const m of Object.values(state.members)) if (m.organisation) enti.add(m.organisation);
  for (const c of Object.values(state.cards)) if (c.onBehalfOf?.organisation) enti.add(c.onBehalfOf.organisation);
  return [...enti].sort((a, b) => a.localeCompare(b));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
