import { HttpTransportType, type HubConnection } from '@microsoft/signalr';
import { describe, expect, it } from 'vitest';
import { createLabHub, hubConnectionOptions } from './hub';
import type { ConnectionStatus } from './protocol';

/** A connection that records what the hub wrapper does with it; `refuse` makes its start fail. */
class FakeConnection {
  readonly handlers = new Map<string, (...args: unknown[]) => void>();
  started = 0;
  closed?: () => void;
  constructor(
    readonly direct: boolean,
    private readonly refuse: boolean,
  ) {}
  on(name: string, handler: (...args: unknown[]) => void): void {
    this.handlers.set(name, handler);
  }
  onreconnecting(): void {}
  onreconnected(): void {}
  onclose(handler: () => void): void {
    this.closed = handler;
  }
  start(): Promise<void> {
    this.started++;
    return this.refuse ? Promise.reject(new Error('WebSocket failed to connect')) : Promise.resolve();
  }
  invoke<T>(method: string): Promise<T> {
    return Promise.resolve({ method, direct: this.direct } as T);
  }
}

function hubWith(refuseDirect: boolean, refuseNegotiated = false, webSockets = true) {
  const made: FakeConnection[] = [];
  const hub = createLabHub(
    () => 'token',
    'lab-1',
    (_lab, _token, direct) => {
      const connection = new FakeConnection(direct, direct ? refuseDirect : refuseNegotiated);
      made.push(connection);
      return connection as unknown as HubConnection;
    },
    webSockets,
  );
  const statuses: ConnectionStatus[] = [];
  hub.onStatus((s) => statuses.push(s));
  return { hub, made, statuses };
}

describe('createLabHub', () => {
  it('connects with one direct WebSocket request, which any node behind a round-robin proxy can take', async () => {
    const { hub, made, statuses } = hubWith(false);
    await hub.start();
    expect(made.map((c) => [c.direct, c.started])).toEqual([[true, 1]]);
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(hubConnectionOptions(() => 't', true)).toMatchObject({
      skipNegotiation: true,
      transport: HttpTransportType.WebSockets,
    });
    expect(hubConnectionOptions(() => 't', false)).not.toHaveProperty('skipNegotiation');
  });

  it('negotiates when the direct WebSocket is refused, with the handlers already given, and stays negotiated', async () => {
    const { hub, made, statuses } = hubWith(true);
    const received: string[] = [];
    hub.onEvents((labId) => received.push(labId));
    await hub.start();
    expect(made.map((c) => [c.direct, c.started])).toEqual([
      [true, 1],
      [false, 1],
    ]);
    made[1]!.handlers.get('Events')!('lab-1', []);
    expect(received).toEqual(['lab-1']);
    expect(await hub.join('lab-1', null)).toEqual({ method: 'Join', direct: false });
    expect(statuses).toEqual(['connecting', 'connected']);

    await hub.start();
    expect(made.map((c) => [c.direct, c.started])).toEqual([
      [true, 1],
      [false, 2],
    ]);
  });

  it('fails once both ways failed, saying disconnected', async () => {
    const { hub, made, statuses } = hubWith(true, true);
    await expect(hub.start()).rejects.toThrow('WebSocket failed to connect');
    expect(made.map((c) => c.direct)).toEqual([true, false]);
    expect(statuses).toEqual(['connecting', 'disconnected']);
  });

  it('negotiates from the start where the browser has no WebSocket', async () => {
    const { hub, made } = hubWith(false, false, false);
    await hub.start();
    expect(made.map((c) => c.direct)).toEqual([false]);
  });
});
