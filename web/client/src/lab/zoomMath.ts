/** The smallest and largest zoom of the board, and the factor of one step (a button, a key, a notch of the wheel). */
export const zoomLimits = { min: 0.3, max: 2, step: 1.25 } as const;

/** A zoom kept within the limits, rounded to hundredths so that steps in and out come back to the same value. */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.round(Math.min(zoomLimits.max, Math.max(zoomLimits.min, zoom)) * 100) / 100;
}

/** One step in (+1) or out (-1) from `zoom`. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  return clampZoom(direction > 0 ? zoom * zoomLimits.step : zoom / zoomLimits.step);
}

/**
 * The zoom at which a board of `width` × `height` (at zoom 1) fits a window of `fitWidth` × `fitHeight`; never larger
 * than 1 (a small board is shown at its own size, not blown up).
 */
export function fitZoom(width: number, height: number, fitWidth: number, fitHeight: number): number {
  if (width <= 0 || height <= 0) return 1;
  // Rounded down: rounded to the nearest hundredth, a board could come out a few pixels too tall for the window.
  return clampZoom(Math.floor(Math.min(1, fitWidth / width, fitHeight / height) * 100) / 100);
}

/**
 * The scroll offset that keeps the board's point under the pointer (at `pointer` from the window's edge) where it is
 * when the zoom goes from `from` to `to`.
 */
export function anchoredScroll(scroll: number, pointer: number, from: number, to: number): number {
  const point = (scroll + pointer) / from;
  return Math.max(0, point * to - pointer);
}
