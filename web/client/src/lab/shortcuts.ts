/** The keys of a key press that the room's shortcuts read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The element that has the focus: in a text field the keys undo typing, as usual. */
  target: EventTarget | null;
}

/** Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes (Cmd on a Mac); null for any other key, or in a text field. */
export function shortcutOf(press: KeyPress): 'undo' | 'redo' | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const target = press.target as HTMLElement | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z' && !press.shiftKey) return 'undo';
  if (key === 'y' || (key === 'z' && press.shiftKey)) return 'redo';
  return null;
}
