import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/rest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent } from '../canvas/types';
import { HistoryCache } from './history';
import { fileName, historyApi } from './historyApi';

/** A lab of `n` events behind a fake `fetch` that answers the history endpoints and records every request. */
function fakeServer(n: number): {
  fetchFn: typeof fetch;
  requests: string[];
  headers: Record<string, string>[];
  events: CanvasEvent[];
} {
  const next = eventStream('lab-x');
  const events: CanvasEvent[] = [
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next('member.join', member('p-anna'), 'p-anna'),
  ];
  // One card, moved and edited over and over: a long log whose folds stay quick.
  events.push(next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Scheda', colour: null, x: 0, y: 0 }, 'p-anna'));
  while (events.length < n) {
    events.push(
      events.length % 2
        ? next('card.move', { cardId: 'c1', lane: null, x: events.length, y: 0 }, 'p-anna')
        : next('card.edit', { cardId: 'c1', text: `Scheda ${events.length}` }, 'p-anna'),
    );
  }
  const requests: string[] = [];
  const headers: Record<string, string>[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const url = new URL(String(input), 'http://test');
    requests.push(url.pathname.replace('/api/labs/lab-x', '') + url.search);
    headers.push({ ...(init?.headers as Record<string, string>) });
    const json = (body: unknown, status = 200): Promise<Response> =>
      Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    if (url.pathname.endsWith('/history/state')) {
      const seq = Number(url.searchParams.get('seq'));
      return json({ seq, state: fold(events.slice(0, seq)) });
    }
    if (url.pathname.endsWith('/events')) {
      const after = Number(url.searchParams.get('after'));
      const page = events.slice(after, after + Number(url.searchParams.get('limit')));
      return json({ events: page, lastSeq: events.length, hasMore: after + page.length < events.length });
    }
    return json(
      {
        code: 'forbidden',
        message: 'La cronologia è riservata a formatori e facilitatori.',
        messageEn: 'History is for trainers and facilitators.',
      },
      403,
    );
  };
  return { fetchFn, requests, headers, events };
}

describe('historyApi with HistoryCache', () => {
  it('a jump is one state and one page; steps forward and back after it ask for nothing more', async () => {
    const server = fakeServer(1200);
    const cache = new HistoryCache(historyApi('lab-x', 'tok', server.fetchFn), 1200);
    const jump = await cache.moment(1100);
    expect(jump.state).toEqual(fold(server.events.slice(0, 1100)));
    expect(server.requests).toEqual(['/history/state?seq=800', '/events?after=800&limit=400']);
    expect(server.headers.every((h) => h['Authorization'] === 'Bearer tok')).toBe(true);
    for (let seq = 1101; seq <= 1150; seq++) await cache.moment(seq);
    for (let seq = 1149; seq >= 1050; seq--) await cache.moment(seq);
    expect(server.requests).toHaveLength(2);
    expect((await cache.moment(1050)).state).toEqual(fold(server.events.slice(0, 1050)));
    expect(server.requests).toHaveLength(2);
  });

  it('refusals become ApiError with the server’s code, status and both messages', async () => {
    const server = fakeServer(5);
    const error = await historyApi('lab-x', 'tok', server.fetchFn)
      .timeline(200)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: 'La cronologia è riservata a formatori e facilitatori.',
      messageEn: 'History is for trainers and facilitators.',
    });
  });

  it('a network failure is an ApiError with status 0', async () => {
    const api = historyApi('lab-x', 'tok', () => Promise.reject(new TypeError('offline')));
    await expect(api.activity()).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('downloads carry the token and take the server’s file name', async () => {
    let auth = '';
    const api = historyApi('lab-x', 'tok', (_input, init) => {
      auth = (init?.headers as Record<string, string>)['Authorization'] ?? '';
      return Promise.resolve(
        new Response('a;b\r\n', {
          headers: {
            'Content-Disposition': "attachment; filename=presenze-lab-x.csv; filename*=UTF-8''presenze-lab-x.csv",
          },
        }),
      );
    });
    const file = await api.file('/export/attendance', 'fallback.csv');
    expect(auth).toBe('Bearer tok');
    expect(file.name).toBe('presenze-lab-x.csv');
    expect(await file.blob.text()).toBe('a;b\r\n');
  });
});

describe('fileName', () => {
  it('prefers the UTF-8 name, then the plain one, else null', () => {
    expect(fileName("attachment; filename=sintesi.md; filename*=UTF-8''sintesi%20%C3%A8.md")).toBe('sintesi è.md');
    expect(fileName('attachment; filename="registro-lab-1.json"')).toBe('registro-lab-1.json');
    expect(fileName('inline')).toBeNull();
    expect(fileName(null)).toBeNull();
  });
});
