import type { Operation } from './types';

// Operations the server has not acknowledged yet, kept in localStorage per lab and person: a phone that reloads while
// offline still has what its owner typed, and sends it (with the same clientOpId, so at most once) when it is back.

const prefix = 'laboratori.outbox.';

export class Outbox {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    private readonly key: string,
  ) {}

  static for(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, labId: string, memberId: string): Outbox {
    return new Outbox(storage, `${prefix}${labId}.${memberId}`);
  }

  load(): Operation[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isOperation) : [];
    } catch {
      return [];
    }
  }

  save(operations: readonly Operation[]): void {
    try {
      if (operations.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(operations));
    } catch {
      // Storage full or forbidden (private browsing): the operations still live in memory until the page goes.
    }
  }
}

function isOperation(value: unknown): value is Operation {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  return (
    typeof op['clientOpId'] === 'string' &&
    typeof op['type'] === 'string' &&
    typeof op['payload'] === 'object' &&
    op['payload'] !== null
  );
}
