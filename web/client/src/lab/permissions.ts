import type { Capability, CanvasState } from '../canvas/types';

/** What the server will let this role do now (CanvasPolicy); the server still decides, this only spares a refusal. */
export function allowed(state: CanvasState, role: string, capability: Capability, lane?: string): boolean {
  if (role === 'facilitator' || role === 'admin') return true;
  if (role !== 'participant' || state.locked) return false;
  const phase = state.phases.find((p) => p.id === state.phase);
  if (!phase) return true;
  if (!phase.allows.includes(capability)) return false;
  return capability !== 'cards' || lane === undefined || phase.lanes.length === 0 || phase.lanes.includes(lane);
}

export function runsLab(role: string | undefined): boolean {
  return role === 'facilitator' || role === 'admin';
}

export function votesLeft(state: CanvasState, memberId: string): number {
  const cast = Object.values(state.cards).reduce((sum, card) => sum + (card.votes[memberId] ?? 0), 0);
  return Math.max(0, state.voteBudget - cast);
}
