/** A screen's filter: named text fields, every one empty meaning "everything". */
export type FilterFields<T> = { [K in keyof T]: string };

/** The filter's chosen fields as a query string in the filter's field order (`?a=1&b=2`), or '' when nothing is chosen. */
export function toQuery<T extends FilterFields<T>>(filter: T): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries<string>(filter)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * The fields of `empty` read from a query string: names it does not have are ignored, and a value `valid` refuses (a
 * status that does not exist, a date that is not one) is left empty, so that a hand-edited address shows everything
 * rather than nothing.
 */
export function fromQuery<T extends FilterFields<T>>(
  search: string,
  empty: T,
  valid: Partial<Record<keyof T, (value: string) => boolean>> = {},
): T {
  const query = new URLSearchParams(search);
  const filter: Record<string, string> = { ...empty };
  for (const name of Object.keys(empty)) {
    const value = query.get(name)?.trim() ?? '';
    if (value && (valid[name as keyof T]?.(value) ?? true)) filter[name] = value;
  }
  return filter as unknown as T;
}

/**
 * Puts the filter into the address bar. A choice is a step the back button returns from (`push`); typing replaces
 * the current step (`replace`), so that back does not walk through every letter. Going back or forward shows the
 * screen again from the address, which restores the filter.
 */
export function showInAddress<T extends FilterFields<T>>(
  filter: T,
  step: 'push' | 'replace',
  where: Pick<Location, 'pathname' | 'search' | 'hash'> = location,
  past: Pick<History, 'pushState' | 'replaceState'> = history,
): void {
  const query = toQuery(filter);
  if (query === where.search) return;
  const target = where.pathname + query + where.hash;
  if (step === 'push') past.pushState(null, '', target);
  else past.replaceState(null, '', target);
}
