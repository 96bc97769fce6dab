import { strings, type StringKey } from './strings';

export type Language = 'it' | 'en';

/** A message the server sent in both languages. */
export interface Bilingual {
  message: string;
  messageEn: string;
}

const storageKey = 'laboratori.lang';
const listeners = new Set<() => void>();
let current: Language = 'it';

export function initLanguage(storage: Pick<Storage, 'getItem'> | null): Language {
  current = storage?.getItem(storageKey) === 'en' ? 'en' : 'it';
  return current;
}

export function language(): Language {
  return current;
}

export function setLanguage(lang: Language, storage: Pick<Storage, 'setItem'> | null): void {
  current = lang;
  storage?.setItem(storageKey, lang);
  listeners.forEach((listener) => listener());
}

/** Calls `listener` after every change of language; returns the way to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return strings[key][current].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The server's own message, in the chosen language. */
export function localize(error: Bilingual): string {
  return current === 'en' ? error.messageEn : error.message;
}

/** A server-side name with an English twin (lanes, phases). */
export function localName(item: { name: string; nameEn: string }): string {
  return current === 'en' && item.nameEn ? item.nameEn : item.name;
}

/** Both languages of one of our own strings, to hand on as if the server had sent it. */
export function bilingual(key: StringKey, values: Record<string, string | number> = {}): Bilingual {
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return { message: fill(strings[key].it), messageEn: fill(strings[key].en) };
}
