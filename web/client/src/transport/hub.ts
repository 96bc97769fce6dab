import { HubConnectionBuilder, LogLevel, type HubConnection, type IRetryPolicy, type RetryContext } from '@microsoft/signalr';
import type { ServerError } from '../api/types';
import type { CanvasEvent, Operation } from '../canvas/types';
import type { ApplyReply, CatchUpReply, ConnectionStatus, JoinReply, LabHub, PresenceMessage, PresenceUpdate } from './protocol';
import { chooseHubProtocol } from './hubProtocol';
import { PresenceFilter } from './presenceFilter';

/** A classroom's Wi-Fi can drop for minutes: keep trying, backing off to every 15 s, rather than give up after four tries. */
export const retryForever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: (context: RetryContext) => [0, 1_000, 2_000, 5_000, 10_000][context.previousRetryCount] ?? 15_000,
};

/**
 * The typed SignalR connection to `/hubs/lab`; the token goes in the query string, where browsers can put it, and so
 * does the lab, which a proxy in front of several nodes routes on (protocol.md, "The hub").
 */
export function createLabHub(accessToken: () => string, labId: string): LabHub {
  const connection: HubConnection = new HubConnectionBuilder()
    .withUrl(`/hubs/lab?lab=${encodeURIComponent(labId)}`, { accessTokenFactory: accessToken })
    .withHubProtocol(chooseHubProtocol())
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();

  const statusHandlers: ((status: ConnectionStatus) => void)[] = [];
  const emit = (status: ConnectionStatus): void => statusHandlers.forEach((h) => h(status));
  connection.onreconnecting(() => emit('reconnecting'));
  const presenceSent = new PresenceFilter();
  connection.onreconnected(() => {
    presenceSent.clear();
    emit('connected');
  });
  connection.onclose(() => emit('disconnected'));

  return {
    async start() {
      presenceSent.clear();
      emit('connecting');
      try {
        await connection.start();
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
    presence: (labId, presence: PresenceMessage) => (presenceSent.pass(labId, presence) ? connection.send('Presence', labId, presence) : Promise.resolve()),
    leave: (labId) => connection.invoke('Leave', labId),
    onEvents: (handler) => connection.on('Events', (labId: string, events: CanvasEvent[]) => handler(labId, events)),
    onPresence: (handler) => connection.on('Presence', (labId: string, updates: PresenceUpdate[]) => handler(labId, updates)),
    onRemoved: (handler) => connection.on('Removed', (labId: string, error: ServerError) => handler(labId, error)),
    onStatus: (handler) => { statusHandlers.push(handler); },
  };
}
