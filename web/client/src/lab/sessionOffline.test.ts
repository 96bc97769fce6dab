import { describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent, Operation } from '../canvas/types';
import type { ServerError } from '../api/types';
import type {
  ApplyReply,
  CatchUpReply,
  ConnectionStatus,
  JoinReply,
  LabHub,
  PresenceMessage,
  PresenceUpdate,
} from '../transport/protocol';
import { LabSession, type SessionListener } from './session';

// What survives a reload or a lost network: the outbox in localStorage, resent with the same clientOpIds; and the
// other things a session learns from the hub: removal, the server's clock, others' presence.

const labId = 'lab-test';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A server: a log, a connection that may be down, and the first answer kept per clientOpId. */
class Server implements LabHub {
  log: CanvasEvent[] = [];
  up = true;
  serverTime: string | undefined;
  applied: string[] = [];
  presenceSent: PresenceMessage[] = [];
  private readonly answers = new Map<string, ApplyReply>();
  private eventHandlers: ((labId: string, events: CanvasEvent[]) => void)[] = [];
  private presenceHandlers: ((labId: string, updates: PresenceUpdate[]) => void)[] = [];
  private removedHandlers: ((labId: string, error: ServerError) => void)[] = [];
  private readonly next = eventStream(labId);

  constructor() {
    this.log.push(
      this.next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
      this.next('member.join', member('p-anna'), 'p-anna'),
      this.next('lab.phase', { phase: 'libera' }),
    );
  }

  start = async (): Promise<void> => {
    if (!this.up) throw new Error('offline');
  };
  stop = async (): Promise<void> => undefined;
  leave = async (): Promise<void> => undefined;
  presence = async (_labId: string, message: PresenceMessage): Promise<void> => {
    this.presenceSent.push(message);
  };

  async join(_labId: string, afterSeq: number | null): Promise<JoinReply> {
    if (!this.up) throw new Error('offline');
    const base = {
      error: null,
      lab: null,
      you: { id: 'p-anna', role: 'participant', displayName: 'Anna' },
      ...(this.serverTime ? { serverTime: this.serverTime } : {}),
    };
    return afterSeq === null
      ? { ...base, state: { seq: this.log.length, state: fold(this.log) }, events: null }
      : {
          ...base,
          state: null,
          events: { events: this.log.slice(afterSeq), lastSeq: this.log.length, hasMore: false },
        };
  }

  async apply(_labId: string, op: Operation): Promise<ApplyReply> {
    if (!this.up) throw new Error('offline');
    const first = this.answers.get(op.clientOpId);
    if (first) return first;
    this.applied.push(op.clientOpId);
    const event = this.next(op.type as 'card.add', op.payload as never, 'p-anna', op.clientOpId);
    this.log.push(event);
    const answer = { clientOpId: op.clientOpId, seq: event.seq, error: null };
    this.answers.set(op.clientOpId, answer);
    this.eventHandlers.forEach((h) => h(labId, [event]));
    return answer;
  }

  async catchUp(_labId: string, afterSeq: number): Promise<CatchUpReply> {
    return { events: this.log.slice(afterSeq), lastSeq: this.log.length, hasMore: false, error: null };
  }

  onEvents(handler: (labId: string, events: CanvasEvent[]) => void): void {
    this.eventHandlers.push(handler);
  }
  onPresence(handler: (labId: string, updates: PresenceUpdate[]) => void): void {
    this.presenceHandlers.push(handler);
  }
  onRemoved(handler: (labId: string, error: ServerError) => void): void {
    this.removedHandlers.push(handler);
  }
  onStatus(_handler: (status: ConnectionStatus) => void): void {
    /* the tests call open() themselves */
  }

  remove(error: ServerError): void {
    this.removedHandlers.forEach((h) => h(labId, error));
  }
  peer(...updates: PresenceUpdate[]): void {
    this.presenceHandlers.forEach((h) => h(labId, updates));
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const quiet: SessionListener = { changed: () => undefined, error: () => undefined, status: () => undefined };
const addCard = (cardId: string) => ({ cardId, lane: 'bisogni', text: `Scheda ${cardId}`, colour: null, x: 0, y: 0 });

function page(
  server: Server,
  storage: MemoryStorage,
  prefix: string,
  listener: SessionListener = quiet,
  clock?: () => number,
): LabSession {
  let n = 0;
  return new LabSession(
    server,
    labId,
    listener,
    (kind) => `${kind}-${prefix}-${++n}`,
    () => undefined,
    storage,
    clock,
  );
}

describe('LabSession offline', () => {
  it('keeps operations typed offline in the outbox, and a reloaded page sends them once with the same clientOpId', async () => {
    const server = new Server();
    const storage = new MemoryStorage();
    const first = page(server, storage, 'a');
    await first.open();

    server.up = false;
    await first.offline();
    first.submit('card.add', addCard('c1'));
    first.submit('card.add', addCard('c2'));
    await settle();
    expect(first.state?.cards['c1']).toBeDefined();
    expect(JSON.parse(storage.getItem('laboratori.outbox.lab-test.p-anna') ?? '[]')).toHaveLength(2);

    // The page is reloaded while still offline, then the network comes back.
    const second = page(server, storage, 'b');
    await expect(second.open()).rejects.toThrow('offline');
    server.up = true;
    await second.open();
    await settle();
    expect(server.applied).toEqual(['op-a-1', 'op-a-2']);
    expect(Object.keys(second.state?.cards ?? {}).sort()).toEqual(['c1', 'c2']);
    expect(second.pendingCount).toBe(0);
    expect(storage.getItem('laboratori.outbox.lab-test.p-anna')).toBeNull();
  });

  it('an operation the server already committed before the reload is not applied twice', async () => {
    const server = new Server();
    const storage = new MemoryStorage();
    const first = page(server, storage, 'a');
    await first.open();
    first.submit('vote.cast', { cardId: 'nope' });
    first.submit('card.add', addCard('c1'));
    await settle();
    // The answer was lost with the page: the outbox still holds the operation.
    storage.setItem(
      'laboratori.outbox.lab-test.p-anna',
      JSON.stringify([{ clientOpId: 'op-a-2', type: 'card.add', payload: addCard('c1') }]),
    );

    const second = page(server, storage, 'b');
    await second.open();
    await settle();
    expect(server.applied).toEqual(['op-a-1', 'op-a-2']);
    expect(server.log.filter((e) => e.type === 'card.add')).toHaveLength(1);
    expect(second.pendingCount).toBe(0);
  });

  it('ignores an outbox that is not a list of operations', async () => {
    const server = new Server();
    const storage = new MemoryStorage();
    storage.setItem('laboratori.outbox.lab-test.p-anna', '{"not":"a list"');
    const session = page(server, storage, 'a');
    expect(await session.open()).toBe(true);
    expect(session.pendingCount).toBe(0);
  });

  it('tells the screen when a facilitator removed this person, and empties the outbox', async () => {
    const server = new Server();
    const storage = new MemoryStorage();
    const removed: string[] = [];
    const session = page(server, storage, 'a', { ...quiet, removed: (e) => removed.push(e.code) });
    await session.open();
    server.up = false;
    session.submit('card.add', addCard('c1'));
    await settle();
    server.remove({ code: 'removed', message: 'Sei stato rimosso.', messageEn: 'You were removed.' });
    expect(removed).toEqual(['removed']);
    expect(storage.getItem('laboratori.outbox.lab-test.p-anna')).toBeNull();
  });

  it('corrects its clock by the server time given on joining', async () => {
    const server = new Server();
    server.serverTime = '2026-11-23T10:00:30.000Z';
    const session = page(server, new MemoryStorage(), 'a', quiet, () => Date.parse('2026-11-23T10:00:00.000Z'));
    await session.open();
    expect(new Date(session.serverNow()).toISOString()).toBe('2026-11-23T10:00:30.000Z');
  });

  it('keeps the latest presence of each other person, and never its own', async () => {
    const server = new Server();
    let seen = 0;
    const session = page(server, new MemoryStorage(), 'a', { ...quiet, presence: () => seen++ });
    await session.open();
    server.peer({ memberId: 'p-bruno', displayName: 'Bruno', cursor: { x: 1, y: 2 }, editing: null });
    server.peer({ memberId: 'p-bruno', displayName: 'Bruno', cursor: { x: 3, y: 4 }, editing: 'c1' });
    server.peer({ memberId: 'p-anna', displayName: 'Anna', cursor: { x: 9, y: 9 }, editing: null });
    expect(seen).toBe(2);
    expect([...session.peers.keys()]).toEqual(['p-bruno']);
    expect(session.peers.get('p-bruno')).toMatchObject({ cursor: { x: 3, y: 4 }, editing: 'c1' });
  });

  it('takes a batch of presence updates in one go, leaving out its own', async () => {
    const server = new Server();
    let seen = 0;
    const session = page(server, new MemoryStorage(), 'a', { ...quiet, presence: () => seen++ });
    await session.open();
    server.peer(
      { memberId: 'p-bruno', displayName: 'Bruno', cursor: { x: 1, y: 2 }, editing: null },
      { memberId: 'p-anna', displayName: 'Anna', cursor: { x: 9, y: 9 }, editing: null },
      { memberId: 'p-carla', displayName: 'Carla', cursor: null, editing: 'c2' },
    );
    expect(seen).toBe(1);
    expect([...session.peers.keys()].sort()).toEqual(['p-bruno', 'p-carla']);
    expect(session.peers.get('p-carla')).toMatchObject({ cursor: null, editing: 'c2' });
  });
});
