import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent, CanvasState } from '../canvas/types';
import { HistoryCache, playbackDelay } from './history';
import type { EventPage, HistorySource } from './historyApi';

/** A lab of `n` events: creation, two members, then cards added, edited, voted and deleted in turn. */
function history(n: number): CanvasEvent[] {
  const next = eventStream();
  const events = [
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 50 }),
    next('member.join', member('p-anna'), 'p-anna'),
    next('member.join', member('p-bruno'), 'p-bruno'),
  ];
  let card = 0;
  while (events.length < n) {
    const i = events.length;
    const author = i % 2 ? 'p-anna' : 'p-bruno';
    switch (i % 4) {
      case 0:
        events.push(
          next(
            'card.add',
            {
              cardId: `c${++card}`,
              lane: lanes[card % 3]?.id ?? 'bisogni',
              text: `Scheda ${card}`,
              colour: null,
              x: 0,
              y: card,
            },
            author,
          ),
        );
        break;
      case 1:
        events.push(next('card.edit', { cardId: `c${card}`, text: `Scheda ${card} rivista` }, author));
        break;
      case 2:
        events.push(next('vote.cast', { cardId: `c${card}` }, author));
        break;
      // Most cards go again, so that the canvas stays small and the folds in these tests stay quick.
      default:
        events.push(
          card % 10 !== 0
            ? next('card.delete', { cardId: `c${card}` }, author)
            : next('card.move', { cardId: `c${card}`, lane: null, x: 5, y: 5 }, author),
        );
    }
  }
  return events;
}

/** The server, faked: answers from the whole log and counts what it was asked. */
class FakeServer implements HistorySource {
  stateCalls: number[] = [];
  pageCalls: number[] = [];
  constructor(readonly events: CanvasEvent[]) {}

  stateAt(seq: number): Promise<CanvasState> {
    this.stateCalls.push(seq);
    return Promise.resolve(JSON.parse(JSON.stringify(fold(this.events.slice(0, seq)))) as CanvasState);
  }

  eventsAfter(after: number, limit: number): Promise<EventPage> {
    this.pageCalls.push(after);
    const events = this.events.slice(after, after + limit);
    const lastSeq = this.events.length;
    return Promise.resolve({ events, lastSeq, hasMore: (events.at(-1)?.seq ?? lastSeq) < lastSeq });
  }
}

function setUp(
  n = 2000,
  options = { pageSize: 100, keyframeEvery: 10, jumpDistance: 300 },
): { server: FakeServer; cache: HistoryCache; truth: (seq: number) => CanvasState } {
  const server = new FakeServer(history(n));
  const states = [fold([])];
  const truth = (seq: number): CanvasState => {
    for (let next = states.length; next <= seq; next++) {
      const event = server.events[next - 1];
      states.push(event ? applyEvent(states[next - 1] ?? fold([]), event) : fold([]));
    }
    return states[seq] ?? fold([]);
  };
  return { server, cache: new HistoryCache(server, n, options), truth };
}

describe('HistoryCache', () => {
  it('a jump loads one state from the server a little before the target and one page of events from there', async () => {
    const { server, cache, truth } = setUp();
    const moment = await cache.moment(1500);
    expect(moment.state).toEqual(truth(1500));
    expect(moment.previous).toEqual(truth(1499));
    expect(moment.event?.seq).toBe(1500);
    expect(server.stateCalls).toEqual([1440]);
    expect(server.pageCalls).toEqual([1440]);
  });

  it('steps forward by applying cached events, fetching the next page only when they run out', async () => {
    const { server, cache, truth } = setUp();
    await cache.moment(1500);
    for (let seq = 1501; seq <= 1650; seq++) {
      const moment = await cache.moment(seq);
      expect(moment.seq).toBe(seq);
      if (seq % 25 === 0) expect(moment.state).toEqual(truth(seq));
    }
    expect(server.stateCalls).toEqual([1440]);
    expect(server.pageCalls).toEqual([1440, 1540, 1640]);
  });

  it('steps and scrubs backward from kept states without asking the server again', async () => {
    const { server, cache, truth } = setUp();
    await cache.moment(1500);
    await cache.moment(1620);
    const asked = { states: server.stateCalls.length, pages: server.pageCalls.length };
    for (let seq = 1619; seq >= 1450; seq -= 3) {
      const moment = await cache.moment(seq);
      expect(moment.state).toEqual(truth(seq));
      expect(moment.previous).toEqual(truth(seq - 1));
    }
    expect({ states: server.stateCalls.length, pages: server.pageCalls.length }).toEqual(asked);
  });

  it('from the start, folds pages locally instead of loading states, and keeps a state every K events', async () => {
    const { server, cache, truth } = setUp();
    const moment = await cache.moment(250);
    expect(moment.state).toEqual(truth(250));
    expect(server.stateCalls).toEqual([]);
    expect(server.pageCalls).toEqual([0, 100, 200]);
    expect(cache.keptStates).toBeGreaterThanOrEqual(25);
  });

  it('a jump far ahead of anything kept loads that state instead of every event in between', async () => {
    const { server, cache, truth } = setUp();
    await cache.moment(20);
    const moment = await cache.moment(1900);
    expect(moment.state).toEqual(truth(1900));
    expect(server.stateCalls).toEqual([1840]);
    expect(cache.cachedEvents).toBeLessThan(300);
  });

  it('stepping back past where a jump landed costs one state and one page for each stretch back', async () => {
    const { server, cache, truth } = setUp();
    await cache.moment(1500);
    for (let seq = 1499; seq >= 1381; seq--) {
      const moment = await cache.moment(seq);
      if (seq % 20 === 0) expect(moment.state).toEqual(truth(seq));
    }
    expect(server.stateCalls).toEqual([1440, 1380]);
    expect(server.pageCalls).toEqual([1440, 1380]);
  });

  it('never fetches the same page twice, even when moments are asked for at once', async () => {
    const { server, cache, truth } = setUp();
    const moments = await Promise.all([cache.moment(30), cache.moment(31), cache.moment(60)]);
    expect(moments.map((m) => m.state)).toEqual([truth(30), truth(31), truth(60)]);
    expect(server.pageCalls).toEqual([0]);
  });

  it('prefetches the next page while playing', async () => {
    const { server, cache } = setUp();
    await cache.moment(1500);
    cache.prefetch(1530);
    await cache.moment(1561);
    expect(server.pageCalls).toEqual([1440, 1540]);
    cache.prefetch(1520);
    expect(server.pageCalls).toEqual([1440, 1540]);
  });

  it('clamps to the log and gives the empty canvas at 0', async () => {
    const { cache, truth } = setUp(50);
    expect((await cache.moment(80)).state).toEqual(truth(50));
    const zero = await cache.moment(0);
    expect(zero).toMatchObject({ seq: 0, event: null });
    expect(zero.state.cards).toEqual({});
  });

  it('keeps at most maxKeyframes states and stays right after dropping some', async () => {
    const server = new FakeServer(history(600));
    const cache = new HistoryCache(server, 600, {
      pageSize: 100,
      keyframeEvery: 5,
      jumpDistance: 1000,
      maxKeyframes: 20,
    });
    await cache.moment(600);
    expect(cache.keptStates).toBeLessThanOrEqual(20);
    expect((await cache.moment(3)).state).toEqual(fold(server.events.slice(0, 3)));
    expect((await cache.moment(597)).state).toEqual(fold(server.events.slice(0, 597)));
  });
});

describe('playbackDelay', () => {
  const at = (s: number): string => new Date(Date.UTC(2026, 10, 23, 9, 0, 0) + s * 1000).toISOString();

  it('divides the real gap by the speed', () => {
    expect(playbackDelay(at(0), at(2), 1, false)).toBe(2000);
    expect(playbackDelay(at(0), at(2), 4, false)).toBe(500);
    expect(playbackDelay(at(0), at(2), 16, false)).toBe(125);
  });

  it('compresses idle gaps longer than a few seconds when asked', () => {
    expect(playbackDelay(at(0), at(600), 1, false)).toBe(600_000);
    expect(playbackDelay(at(0), at(600), 1, true)).toBe(500);
    expect(playbackDelay(at(0), at(600), 4, true)).toBe(125);
    expect(playbackDelay(at(0), at(2), 1, true)).toBe(2000);
  });

  it('never waits a negative time', () => {
    expect(playbackDelay(at(5), at(2), 1, false)).toBe(0);
  });
});
