import { language } from '../i18n/i18n';

/** Pairs of Italian and English words of one screen. */
export type WordTable = Record<string, readonly [string, string]>;

/**
 * A screen's own `say`: its words in the chosen language, `{name}` filled from `values`. The staff screens keep their
 * words beside them (as the cohesion screen does), so that the shared table stays small.
 */
export function sayFrom<T extends WordTable>(
  table: T,
): (key: keyof T, values?: Record<string, string | number>) => string {
  return (key, values = {}) => {
    const pair = table[key];
    const text = pair ? pair[language() === 'en' ? 1 : 0] : String(key);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
