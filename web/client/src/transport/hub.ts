import {
  HttpTransportType,
  HubConnectionBuilder,
  LogLevel,
  type HubConnection,
  type IHttpConnectionOptions,
  type IRetryPolicy,
  type RetryContext,
} from '@microsoft/signalr';
import type { ServerError } from '../api/types';
import type { CanvasEvent, Operation } from '../canvas/types';
import type {
  ApplyReply,
  CatchUpReply,
  ConnectionStatus,
  JoinReply,
  LabHub,
  PresenceMessage,
  PresenceUpdate,
} from './protocol';
import { chooseHubProtocol } from './hubProtocol';
import { PresenceFilter } from './presenceFilter';

/** A classroom's Wi-Fi can drop for minutes: keep trying, backing off to every 15 s, rather than give up after four tries. */
export const retryForever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: (context: RetryContext) =>
    [0, 1_000, 2_000, 5_000, 10_000][context.previousRetryCount] ?? 15_000,
};

/**
 * How a connection reaches the hub. `direct`: one WebSocket request and no negotiation (SignalR's `skipNegotiation`),
 * so that a proxy may send it to any node, round robin (docs/operations.md). Otherwise the client negotiates first and
 * may fall back to Server-Sent Events or long polling: several requests that the proxy keeps on one node by the lab.
 */
export function hubConnectionOptions(accessToken: () => string, direct: boolean): IHttpConnectionOptions {
  return direct
    ? { accessTokenFactory: accessToken, transport: HttpTransportType.WebSockets, skipNegotiation: true }
    : { accessTokenFactory: accessToken };
}

/** The one real way to build a connection; tests pass their own. */
export function buildHubConnection(labId: string, accessToken: () => string, direct: boolean): HubConnection {
  return new HubConnectionBuilder()
    .withUrl(`/hubs/lab?lab=${encodeURIComponent(labId)}`, hubConnectionOptions(accessToken, direct))
    .withHubProtocol(chooseHubProtocol())
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
}

type Handler = (...args: never[]) => void;

/**
 * The typed SignalR connection to `/hubs/lab`; the token goes in the query string, where browsers can put it, and so
 * does the lab, which a proxy in front of several nodes may route on (protocol.md, "The hub"). It opens a WebSocket
 * directly; where that fails (a network that refuses WebSockets) it negotiates, and keeps that way from then on.
 */
export function createLabHub(
  accessToken: () => string,
  labId: string,
  build = buildHubConnection,
  webSockets = typeof WebSocket === 'function',
): LabHub {
  let direct = webSockets;
  const statusHandlers: ((status: ConnectionStatus) => void)[] = [];
  const emit = (status: ConnectionStatus): void => statusHandlers.forEach((h) => h(status));
  const handlers: [string, Handler][] = [];
  const presenceSent = new PresenceFilter();

  const connect = (): HubConnection => {
    const made = build(labId, accessToken, direct);
    made.onreconnecting(() => emit('reconnecting'));
    made.onreconnected(() => {
      presenceSent.clear();
      emit('connected');
    });
    made.onclose(() => emit('disconnected'));
    handlers.forEach(([name, handler]) => made.on(name, handler as (...args: unknown[]) => void));
    return made;
  };
  let connection = connect();
  const on = (name: string, handler: Handler): void => {
    handlers.push([name, handler]);
    connection.on(name, handler as (...args: unknown[]) => void);
  };

  return {
    async start() {
      presenceSent.clear();
      emit('connecting');
      try {
        try {
          await connection.start();
        } catch (error) {
          if (!direct) {
            throw error;
          }
          direct = false;
          connection = connect();
          await connection.start();
        }
      } catch (error) {
        emit('disconnected');
        throw error;
      }
      emit('connected');
    },
    stop: () => connection.stop(),
    join: (labId, afterSeq) => connection.invoke<JoinReply>('Join', labId, afterSeq),
    apply: (labId, operation: Operation) => connection.invoke<ApplyReply>('Apply', labId, operation),
    catchUp: (labId, afterSeq) => connection.invoke<CatchUpReply>('CatchUp', labId, afterSeq),
    presence: (labId, presence: PresenceMessage) =>
      presenceSent.pass(labId, presence) ? connection.send('Presence', labId, presence) : Promise.resolve(),
    leave: (labId) => connection.invoke('Leave', labId),
    onEvents: (handler) => on('Events', (labId: string, events: CanvasEvent[]) => handler(labId, events)),
    onPresence: (handler) => on('Presence', (labId: string, updates: PresenceUpdate[]) => handler(labId, updates)),
    onRemoved: (handler) => on('Removed', (labId: string, error: ServerError) => handler(labId, error)),
    onStatus: (handler) => {
      statusHandlers.push(handler);
    },
  };
}
