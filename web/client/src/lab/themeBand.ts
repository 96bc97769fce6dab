import type { CanvasState } from '../canvas/types';

/** How many band colours themes take turns with (styles.css, `[data-band]`). */
export const bands = 8;

/**
 * The colour band of a card's theme: themes in the order they were made take the palette's colours in turn, so
 * every screen (room, projector) shows one theme in one colour and the cards of a theme read as a cluster.
 */
export function bandOf(state: CanvasState, themeId: string | null): number | null {
  if (!themeId || !state.themes[themeId]) return null;
  const ids = Object.keys(state.themes);
  return ids.indexOf(themeId) % bands;
}
