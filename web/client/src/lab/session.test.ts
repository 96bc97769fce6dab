import { beforeEach, describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent, CanvasState, Operation } from '../canvas/types';
import type { ServerError } from '../api/types';
import type {
  ApplyReply,
  CatchUpReply,
  ConnectionStatus,
  JoinReply,
  LabHub,
  PresenceUpdate,
} from '../transport/protocol';
import { LabSession } from './session';

const labId = 'lab-test';

/** A hub whose answers the test decides, recording every call. */
class FakeHub implements LabHub {
  calls: string[] = [];
  applied: Operation[] = [];
  log: CanvasEvent[] = [];
  connected = true;
  refuse: ServerError | null = null;
  refuseJoins = 0;
  serverTime: string | undefined = undefined;
  presenceSent: unknown[] = [];
  private events: ((labId: string, events: CanvasEvent[]) => void)[] = [];
  private removedHandlers: ((labId: string, error: ServerError) => void)[] = [];
  private presenceHandlers: ((labId: string, updates: PresenceUpdate[]) => void)[] = [];
  private statuses: ((status: ConnectionStatus) => void)[] = [];

  start = async (): Promise<void> => {
    this.calls.push('start');
  };
  stop = async (): Promise<void> => {
    this.calls.push('stop');
  };
  leave = async (): Promise<void> => {
    this.calls.push('leave');
  };
  presence = async (_labId: string, message: unknown): Promise<void> => {
    this.presenceSent.push(message);
  };

  async join(_labId: string, afterSeq: number | null): Promise<JoinReply> {
    this.calls.push(`join ${afterSeq}`);
    if (this.refuseJoins > 0) {
      this.refuseJoins--;
      return {
        error: {
          code: 'unavailable',
          message: 'Servizio momentaneamente non disponibile',
          messageEn: 'Temporarily unavailable',
        },
        lab: null,
        you: null,
        state: null,
        events: null,
      } as unknown as JoinReply;
    }
    const you = { id: 'p-anna', role: 'participant', displayName: 'Anna' };
    const base = { error: null, lab: null, you, ...(this.serverTime ? { serverTime: this.serverTime } : {}) };
    return afterSeq === null
      ? { ...base, state: { seq: this.log.length, state: fold(this.log) }, events: null }
      : {
          ...base,
          state: null,
          events: { events: this.log.slice(afterSeq), lastSeq: this.log.length, hasMore: false },
        };
  }

  async apply(_labId: string, operation: Operation): Promise<ApplyReply> {
    if (!this.connected) throw new Error('not connected');
    this.applied.push(operation);
    if (this.refuse) return { clientOpId: operation.clientOpId, seq: 0, error: this.refuse };
    return { clientOpId: operation.clientOpId, seq: this.log.length + 1, error: null };
  }

  async catchUp(_labId: string, afterSeq: number): Promise<CatchUpReply> {
    this.calls.push(`catchUp ${afterSeq}`);
    return {
      events: this.log.slice(afterSeq, afterSeq + 2),
      lastSeq: this.log.length,
      hasMore: afterSeq + 2 < this.log.length,
      error: null,
    };
  }

  onEvents(handler: (labId: string, events: CanvasEvent[]) => void): void {
    this.events.push(handler);
  }
  onPresence(handler: (labId: string, updates: PresenceUpdate[]) => void): void {
    this.presenceHandlers.push(handler);
  }
  onRemoved(handler: (labId: string, error: ServerError) => void): void {
    this.removedHandlers.push(handler);
  }
  remove(error: ServerError): void {
    this.removedHandlers.forEach((h) => h(labId, error));
  }
  peer(...updates: PresenceUpdate[]): void {
    this.presenceHandlers.forEach((h) => h(labId, updates));
  }
  onStatus(handler: (status: ConnectionStatus) => void): void {
    this.statuses.push(handler);
  }

  push(events: CanvasEvent[]): void {
    this.events.forEach((h) => h(labId, events));
  }
  status(status: ConnectionStatus): void {
    this.statuses.forEach((h) => h(status));
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('LabSession', () => {
  let hub: FakeHub;
  let next: ReturnType<typeof eventStream>;
  let errors: ServerError[];
  let session: LabSession;
  const state = (): CanvasState => session.state ?? fold([]);

  beforeEach(async () => {
    hub = new FakeHub();
    next = eventStream(labId);
    hub.log.push(
      next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
      next('member.join', member('p-anna'), 'p-anna'),
    );
    errors = [];
    let n = 0;
    session = new LabSession(
      hub,
      labId,
      { changed: () => undefined, error: (e) => errors.push(e), status: () => undefined },
      (kind) => `${kind}-${++n}`,
    );
    expect(await session.open()).toBe(true);
  });

  it('joins with the whole state first', () => {
    expect(hub.calls).toEqual(['start', 'join null']);
    expect(state().seq).toBe(2);
    expect(session.you?.id).toBe('p-anna');
  });

  it('applies pushed events in order and catches up on a gap', async () => {
    hub.log.push(
      next('lab.phase', { phase: 'libera' }),
      next('lab.lock', { locked: true }),
      next('lab.voteBudget', { budget: 5 }),
      next('lab.lock', { locked: false }),
    );
    hub.push([hub.log[2]!]);
    hub.push([hub.log[2]!]);
    expect(state().seq).toBe(3);
    hub.push([hub.log[5]!]);
    await settle();
    expect(hub.calls.slice(2)).toEqual(['catchUp 3', 'catchUp 5']);
    expect(state()).toMatchObject({ seq: 6, phase: 'libera', locked: false, voteBudget: 5 });
  });

  it('shows an own operation at once and takes it back when refused, with the server message', async () => {
    hub.refuse = {
      code: 'canvas_locked',
      message: 'La lavagna è bloccata dal facilitatore.',
      messageEn: 'The facilitator has locked the canvas.',
    };
    session.submit('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 });
    expect(state().cards['c1']).toBeDefined();
    await settle();
    expect(state().cards).toEqual({});
    expect(errors.map((e) => e.code)).toEqual(['canvas_locked']);
  });

  it('after a reconnect joins from its seq and resends unacknowledged operations with the same clientOpId', async () => {
    hub.connected = false;
    hub.status('reconnecting');
    session.submit('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 });
    await settle();
    expect(hub.applied).toEqual([]);
    hub.log.push(next('lab.phase', { phase: 'libera' }));

    hub.connected = true;
    hub.status('connected');
    await settle();
    expect(hub.calls.slice(2)).toEqual(['join 2']);
    expect(hub.applied.map((o) => o.clientOpId)).toEqual(['op-1']);
    expect(state().phase).toBe('libera');
    expect(state().cards['c1']?.text).toBe('Anziani soli');

    hub.push([
      next(
        'card.add',
        { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 },
        'p-anna',
        'op-1',
      ),
    ]);
    expect(session.pendingCount).toBe(0);
  });

  it("joins again later when the lab's node answers unavailable after a reconnect (failover)", async () => {
    const retries: (() => void)[] = [];
    let n = 0;
    hub = new FakeHub();
    hub.log.push(
      next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
    );
    const failover = new LabSession(
      hub,
      labId,
      { changed: () => undefined, error: (e) => errors.push(e), status: () => undefined },
      (kind) => `${kind}-f${++n}`,
      (action) => retries.push(action),
    );
    expect(await failover.open()).toBe(true);
    hub.connected = false;
    hub.status('reconnecting');
    hub.refuseJoins = 2;
    hub.connected = true;
    hub.status('connected');
    await settle();
    expect(errors.map((e) => e.code)).toContain('unavailable');
    expect(retries).toHaveLength(1);
    retries.shift()!();
    await settle();
    expect(retries).toHaveLength(1);
    retries.shift()!();
    await settle();
    expect(retries).toHaveLength(0);
    const seq = failover.state?.seq ?? -1;
    expect(hub.calls.filter((c) => c.startsWith('join'))).toEqual([
      'join null',
      `join ${seq}`,
      `join ${seq}`,
      `join ${seq}`,
    ]);
  });

  it('keeps events pushed while joining and applies them after the answer', async () => {
    const early = next('lab.lock', { locked: true });
    const original = hub.join.bind(hub);
    hub.join = async (id, after) => {
      const reply = await original(id, after);
      hub.push([early]);
      return reply;
    };
    hub.log.push(early);
    hub.status('reconnecting');
    hub.status('connected');
    await settle();
    expect(state()).toMatchObject({ seq: 3, locked: true });
  });
});
