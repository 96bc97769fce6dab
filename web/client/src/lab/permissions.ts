import type { Capability, CanvasState, Card, Timer } from '../canvas/types';

// What the server will let this person do now (CanvasPolicy). The server still decides: this only spares a refusal
// and keeps controls that cannot work out of the way.

export function runsLab(role: string | undefined): boolean {
  return role === 'facilitator' || role === 'admin';
}

/** What a tutor does whatever the phase and the lock: annotate (CanvasPolicy.CheckTutor). */
const tutorCapabilities: readonly Capability[] = ['cards', 'comments', 'links'];

/** A capability of the phase, for this role, whatever the card. */
export function allowed(state: CanvasState, role: string, capability: Capability, lane?: string): boolean {
  if (runsLab(role)) return true;
  if (role === 'tutor') return tutorCapabilities.includes(capability);
  if (role !== 'participant' || state.locked) return false;
  const phase = state.phases.find((p) => p.id === state.phase);
  if (!phase) return true;
  if (!phase.allows.includes(capability)) return false;
  return capability !== 'cards' || lane === undefined || phase.lanes.length === 0 || phase.lanes.includes(lane);
}

/** The table `memberId` sits at while the room is split, else null. */
export function tableOf(state: CanvasState, memberId: string): string | null {
  return state.split ? (state.groups.find((g) => g.members.includes(memberId))?.id ?? null) : null;
}

export type CardAction =
  'edit' | 'delete' | 'colour' | 'move' | 'theme' | 'link' | 'vote' | 'comment' | 'react' | 'merge';

const capabilityOf: Record<CardAction, Capability> = {
  edit: 'cards',
  delete: 'cards',
  colour: 'cards',
  move: 'cards',
  theme: 'themes',
  link: 'links',
  vote: 'votes',
  comment: 'comments',
  react: 'comments',
  merge: 'cards',
};

/** Whether `me` (with `role`) may do `action` on `card` now: phase, lock, ownership, face-down cards and tables. */
export function mayOnCard(state: CanvasState, role: string, me: string, card: Card, action: CardAction): boolean {
  if (runsLab(role)) return true;
  if (action === 'merge') return false;
  if (!allowed(state, role, capabilityOf[action])) return false;
  if ((action === 'edit' || action === 'delete' || action === 'colour') && card.author !== me) return false;
  if (role === 'tutor') return true;
  if (card.hidden && (action === 'link' || action === 'vote' || action === 'comment' || action === 'react'))
    return false;
  return !state.split || card.groupId === tableOf(state, me);
}

export function votesLeft(state: CanvasState, memberId: string): number {
  const cast = Object.values(state.cards).reduce((sum, card) => sum + (card.votes[memberId] ?? 0), 0);
  return Math.max(0, state.voteBudget - cast);
}

/** Whole seconds left on the timer at `serverNow` (ms), never below zero; null when no timer runs. */
export function secondsLeft(timer: Timer | null, serverNow: number): number | null {
  if (!timer) return null;
  return Math.max(0, Math.ceil((Date.parse(timer.endsAt) - serverNow) / 1000));
}

/** 125 → "2:05"; an hour or more → "1:02:05". */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
