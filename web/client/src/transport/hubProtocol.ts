import { JsonHubProtocol, type IHubProtocol } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';

/**
 * The hub protocol this browser speaks: MessagePack, smaller and cheaper for the server to read (docs/protocol.md,
 * "MessagePack"), in the same shapes as JSON, so nothing else in the app changes. JSON where binary frames are out of
 * reach (no `TextDecoder`/`Uint8Array`), or when asked for with `?protocol=json` (to read the frames in the devtools).
 * SignalR itself leaves out Server-Sent Events for MessagePack and falls back to long polling, which carries binary.
 */
export function chooseHubProtocol(
  search = globalThis.location?.search ?? '',
  binary = typeof TextDecoder === 'function' && typeof Uint8Array === 'function',
): IHubProtocol {
  const asked = new URLSearchParams(search).get('protocol');
  return binary && asked !== 'json' ? new MessagePackHubProtocol() : new JsonHubProtocol();
}
