// Builders for tests: events as the server writes them, with seq and time filled in.
import type { CanvasEvent, EventType, PayloadMap } from './types';

export function eventStream(
  labId = 'lab-test',
): <T extends EventType>(type: T, payload: PayloadMap[T], author?: string, clientOpId?: string) => CanvasEvent {
  let seq = 0;
  return (type, payload, author = 'staff-f', clientOpId) => {
    seq++;
    const at = new Date(Date.UTC(2026, 10, 23, 9, 0, seq)).toISOString();
    return { labId, seq, at, author, clientOpId: clientOpId ?? `op-${seq}`, type, payload } as CanvasEvent;
  };
}

export const lanes = [
  { id: 'bisogni', name: 'Bisogni', nameEn: 'Needs' },
  { id: 'risorse', name: 'Risorse', nameEn: 'Resources' },
  { id: 'azioni', name: 'Azioni', nameEn: 'Actions' },
];

export const phases = [
  { id: 'apertura', name: 'Apertura', nameEn: 'Opening', allows: ['comments'], lanes: [] },
  {
    id: 'libera',
    name: 'Lavoro libero',
    nameEn: 'Open work',
    allows: ['cards', 'links', 'votes', 'comments', 'themes'],
    lanes: [],
  },
];

export function member(memberId: string, role = 'participant'): PayloadMap['member.join'] {
  return {
    memberId,
    displayName: memberId.replace(/^p-/, ''),
    organisation: 'Comune di Pisa',
    sector: 'ente_pubblico',
    role,
  };
}
