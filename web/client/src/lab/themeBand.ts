import type { CanvasState } from '../canvas/types';

/** How many band colours themes take turns with (styles.css, `[data-band]`). */
export const bands = 8;

/**
 * The colour band of a card's theme: the colour someone chose for it (`theme.colour`, a palette name), or else, in
 * the order themes were made, the band colours in turn; so every screen (room, projector, replay) shows one theme in
 * one colour and the cards of a theme read as a cluster.
 */
export function bandOf(state: CanvasState, themeId: string | null): string | null {
  const theme = themeId ? state.themes[themeId] : undefined;
  if (!theme) return null;
  return theme.colour ?? String(Object.keys(state.themes).indexOf(theme.id) % bands);
}
