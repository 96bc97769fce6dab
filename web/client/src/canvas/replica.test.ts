import { describe, expect, it } from 'vitest';
import { fold } from './apply';
import { CanvasReplica, predict } from './replica';
import { eventStream, lanes, member, phases } from './testEvents';
import type { Operation } from './types';

function setup(): { replica: CanvasReplica; next: ReturnType<typeof eventStream> } {
  const next = eventStream();
  const state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
    next('member.join', member('p-anna'), 'p-anna'),
  ]);
  return { replica: new CanvasReplica(state, 'p-anna', () => '2026-11-23T10:00:00Z'), next };
}

const addCard: Operation = {
  clientOpId: 'k1',
  type: 'card.add',
  payload: { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 },
};

describe('CanvasReplica', () => {
  it('shows an own operation at once without moving the confirmed seq', () => {
    const { replica } = setup();
    replica.add(addCard);
    expect(replica.view.cards['c1']?.text).toBe('Anziani soli');
    expect(replica.view.seq).toBe(2);
    expect(replica.confirmed.cards).toEqual({});
    expect(replica.unacknowledged).toEqual([addCard]);
  });

  it('drops a rejected operation from the view', () => {
    const { replica } = setup();
    replica.add(addCard);
    replica.add({ clientOpId: 'k2', type: 'vote.cast', payload: { cardId: 'c1' } });
    replica.reject('k1');
    expect(replica.view.cards).toEqual({});
    expect(replica.unacknowledged.map((o) => o.clientOpId)).toEqual(['k2']);
    replica.reject('k2');
    expect(replica.view).toBe(replica.confirmed);
  });

  it('settles an operation when its own event arrives, and keeps it visible between ack and event', () => {
    const { replica, next } = setup();
    replica.add(addCard);
    replica.acknowledge('k1', 3);
    expect(replica.unacknowledged).toEqual([]);
    expect(replica.view.cards['c1']).toBeDefined();
    replica.receive([next('card.add', addCard.payload, 'p-anna', 'k1')]);
    expect(replica.pendingCount).toBe(0);
    expect(replica.view.cards['c1']?.createdAt).toBe('2026-11-23T09:00:03.000Z');
  });

  it('an ack for an event already received settles at once', () => {
    const { replica, next } = setup();
    replica.add(addCard);
    replica.receive([next('card.add', { ...addCard.payload, cardId: 'other' }, 'p-bruno', 'k1')]);
    expect(replica.pendingCount).toBe(1);
    replica.acknowledge('k1', 3);
    expect(replica.pendingCount).toBe(0);
  });

  it('puts pending operations on top of what others did meanwhile', () => {
    const { replica, next } = setup();
    replica.add({ clientOpId: 'k1', type: 'card.edit', payload: { cardId: 'c9', text: 'mine' } });
    replica.receive([
      next('card.add', { cardId: 'c9', lane: 'risorse', text: 'theirs', colour: null, x: 0, y: 0 }, 'p-anna', 'k0'),
    ]);
    expect(replica.view.cards['c9']?.text).toBe('mine');
    expect(replica.confirmed.cards['c9']?.text).toBe('theirs');
  });

  it('ignores events it holds and stops at a gap', () => {
    const { replica, next } = setup();
    const e3 = next('lab.lock', { locked: true });
    next('lab.lock', { locked: false });
    const e5 = next('lab.phase', { phase: 'libera' });
    expect(replica.receive([e3])).toEqual({ applied: 1, gap: false });
    expect(replica.receive([e3, e5])).toEqual({ applied: 0, gap: true });
    expect(replica.seq).toBe(3);
    expect(replica.view.locked).toBe(true);
  });

  it('reset keeps unacknowledged operations and drops those the new state already holds', () => {
    const { replica, next } = setup();
    replica.add(addCard);
    replica.add({ clientOpId: 'k2', type: 'lab.lock', payload: { locked: true } });
    replica.acknowledge('k2', 3);
    const later = fold([next('lab.lock', { locked: true }, 'p-anna', 'k2')], replica.confirmed);
    replica.reset(later);
    expect(replica.unacknowledged).toEqual([addCard]);
    expect(replica.pendingCount).toBe(1);
    expect(replica.view.locked).toBe(true);
  });
});

describe('predict', () => {
  it('shows the facilitator’s own timer, follow and reveal at once, and leaves merges to the server', () => {
    const { replica } = setup();
    const at = '2026-11-23T10:00:00Z';
    replica.add({ clientOpId: 'k2', type: 'lab.timer', payload: { seconds: 90 } });
    replica.add({ clientOpId: 'k3', type: 'lab.follow', payload: { enabled: true } });
    expect(replica.view.timer).toEqual({ seconds: 90, startedAt: at, endsAt: '2026-11-23T10:01:30.000Z' });
    expect(replica.view.follow).toBe('p-anna');
    expect(
      predict(
        { clientOpId: 'k4', type: 'card.merge', payload: { cardId: 'a', intoId: 'b', text: null } },
        replica.view,
        'p-anna',
        at,
      ),
    ).toBeNull();
  });
});
