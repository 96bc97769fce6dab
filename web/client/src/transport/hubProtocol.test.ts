import { JsonHubProtocol, MessageType, NullLogger, type InvocationMessage } from '@microsoft/signalr';
import { describe, expect, it } from 'vitest';
import { chooseHubProtocol } from './hubProtocol';

describe('chooseHubProtocol', () => {
  it('speaks MessagePack when binary frames can be read', () => {
    expect(chooseHubProtocol('', true).name).toBe('messagepack');
    expect(chooseHubProtocol('?code=ABC', true).name).toBe('messagepack');
  });

  it('falls back to JSON without binary support or when asked', () => {
    expect(chooseHubProtocol('', false).name).toBe('json');
    expect(chooseHubProtocol('?protocol=json', true)).toBeInstanceOf(JsonHubProtocol);
  });

  it('carries the hub shapes as they are: nested objects, nulls, fractions and text', () => {
    const protocol = chooseHubProtocol('', true);
    const event = {
      labId: 'lab-1',
      seq: 42,
      at: '2026-11-23T09:52:10.5+00:00',
      author: 'p-1',
      clientOpId: 'k3n9-1',
      type: 'card.add',
      payload: { cardId: 'c-1', lane: 'bisogni', text: 'Anziani soli, è così', colour: null, x: 40.5, y: 60 },
    };
    const sent: InvocationMessage = {
      type: MessageType.Invocation,
      target: 'Events',
      arguments: ['lab-1', [event]],
      headers: {},
      streamIds: [],
    };
    const bytes = protocol.writeMessage(sent) as ArrayBuffer;
    const [read] = protocol.parseMessages(bytes, NullLogger.instance) as InvocationMessage[];
    expect(read?.target).toBe('Events');
    expect(read?.arguments).toEqual(['lab-1', [event]]);
  });
});
