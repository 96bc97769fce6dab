import type { CanvasState, Member, Phase } from '../canvas/types';
import { localName } from '../i18n/i18n';
import { list, say } from './roomText';

/** What a facilitator glances at: who has not written anything yet, cards per lane, votes so far. */
export interface RoomSummary {
  /** Participants present who have no card, link, vote, comment or reaction yet, by name. */
  quiet: Member[];
  lanes: { id: string; name: string; cards: number }[];
  votes: number;
  voters: number;
}

export function roomSummary(state: CanvasState): RoomSummary {
  const counts = new Map<string, number>();
  for (const card of Object.values(state.cards)) counts.set(card.lane, (counts.get(card.lane) ?? 0) + 1);
  let votes = 0;
  const voters = new Set<string>();
  for (const card of Object.values(state.cards)) {
    for (const [who, n] of Object.entries(card.votes)) {
      votes += n;
      if (who && n > 0) voters.add(who);
    }
  }
  const quiet = Object.values(state.members)
    .filter((m) => m.role === 'participant' && m.present && !m.removed && m.contributions === 0)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return {
    quiet,
    lanes: state.lanes.map((l) => ({ id: l.id, name: localName(l), cards: counts.get(l.id) ?? 0 })),
    votes,
    voters: voters.size,
  };
}

/** The phase we are in, its place among the phases, and the one after it. */
export function phaseStep(state: CanvasState): {
  index: number;
  total: number;
  next: CanvasState['phases'][number] | null;
} {
  const index = state.phases.findIndex((p) => p.id === state.phase);
  return {
    index,
    total: state.phases.length,
    next: state.phases[index + 1] ?? (index === -1 ? (state.phases[0] ?? null) : null),
  };
}

/**
 * What everyone is asked to do now, in words, from what the phase allows: "scrivete schede in Bisogni e Risorse,
 * votate le priorità". Said by the lab's own rules, so it is true whatever the template.
 */
/** A programme template's own words for a phase, with its planned minutes ("Una scheda per bisogno. (20 min)"); '' if none. */
export function phaseGuidance(phase: Phase): string {
  const words = phase.instructions ? localName({ name: phase.instructions, nameEn: phase.instructionsEn ?? '' }) : '';
  const time = phase.minutes ? say('plannedMinutes', { n: phase.minutes }) : '';
  return [words, time].filter(Boolean).join(' ');
}

export function phaseInstruction(state: CanvasState): string {
  const phase = state.phases.find((p) => p.id === state.phase);
  if (!phase) return say('noPhaseYet');
  if (state.locked) return capital(`${say('doLocked')}.`);
  const parts: string[] = [];
  if (phase.allows.includes('cards')) {
    const lanes = state.lanes.filter((l) => phase.lanes.length === 0 || phase.lanes.includes(l.id)).map(localName);
    parts.push(say('doCards', { lanes: list(lanes) }));
  }
  if (phase.allows.includes('links')) parts.push(say('doLinks'));
  if (phase.allows.includes('votes')) parts.push(say('doVotes'));
  if (phase.allows.includes('comments')) parts.push(say('doComments'));
  if (phase.allows.includes('themes')) parts.push(say('doThemes'));
  return capital(parts.length ? `${list(parts)}.` : `${say('doNothing')}.`);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
