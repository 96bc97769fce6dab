import type { PresenceMessage } from './protocol';

/**
 * Presence costs what it carries: a message equal to the last one sent for the lab (pointer, edited card, viewport)
 * says nothing new, so it is not sent. The server keeps each member's latest, so the others keep showing it. After a
 * reconnect the filter is cleared: the new connection starts from nothing.
 */
export class PresenceFilter {
  private readonly last = new Map<string, string>();

  /** Whether `message` is news for `labId`; if so it becomes the last one sent. */
  pass(labId: string, message: PresenceMessage): boolean {
    const key = JSON.stringify([
      message.cursor?.x ?? null,
      message.cursor?.y ?? null,
      message.editing,
      message.viewport ?? null,
    ]);
    if (this.last.get(labId) === key) return false;
    this.last.set(labId, key);
    return true;
  }

  clear(): void {
    this.last.clear();
  }
}
