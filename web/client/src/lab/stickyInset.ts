/** The custom property the page's `scroll-padding-top` reads (styles.css, phone widths only). */
export const stickyInsetProperty = '--sticky-inset';

/**
 * Keeps `--sticky-inset` on the page equal to a sticky bar's height, so that a control that gets the focus or is
 * scrolled into view lands below the bar rather than under it: the bar's height changes with its content (a timer
 * appears, the tabs wrap), so it is measured, not guessed. Returns the function that stops it and clears the property.
 */
export function keepClearOfStickyBar(bar: HTMLElement, page: HTMLElement = document.documentElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(() => {
    page.style.setProperty(stickyInsetProperty, `${Math.ceil(bar.getBoundingClientRect().height)}px`);
  });
  observer.observe(bar);
  return () => {
    observer.disconnect();
    page.style.removeProperty(stickyInsetProperty);
  };
}
