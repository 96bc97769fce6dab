import type { CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import type { PeerPresence } from './session';

/**
 * What the live region says about a change of the confirmed canvas, in moderation: a new phase, the lock, and each
 * card someone else wrote. Nothing for the first state seen, nor for this person's own cards.
 */
export function changesToAnnounce(before: CanvasState | null, after: CanvasState, me: string): string[] {
  if (!before || before === after) return [];
  const said: string[] = [];
  if (before.phase !== after.phase) {
    const phase = after.phases.find((p) => p.id === after.phase);
    if (phase) said.push(t('announcePhase', { phase: localName(phase) }));
  }
  if (before.locked !== after.locked) said.push(t(after.locked ? 'announceLocked' : 'announceUnlocked'));
  if (before.cards === after.cards) return said;
  for (const card of Object.values(after.cards)) {
    if (before.cards[card.id] || card.author === me) continue;
    const lane = after.lanes.find((l) => l.id === card.lane);
    said.push(t('announceCard', { lane: lane ? localName(lane) : card.lane, text: card.text || t('faceDown') }));
  }
  return said;
}

/** Who else is editing which card now, by card id, from others' presence. */
export function editorsByCard(peers: Iterable<PeerPresence>): Map<string, string[]> {
  const editors = new Map<string, string[]>();
  for (const peer of peers) {
    if (peer.editing) editors.set(peer.editing, [...(editors.get(peer.editing) ?? []), peer.displayName]);
  }
  return editors;
}
