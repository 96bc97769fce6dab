import { h } from '../ui/dom';
import { percent, say } from './text';
import type { CohesionReport, CohesionSummary } from './types';

function figure(label: string, value: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

/**
 * The lab's cohesion figures as a definition list (docs/cohesion.md): what the cohesion screen and the replay's
 * measures at a step both show. Anonymous counts in brackets when known (staff).
 */
export function figuresView(
  s: CohesionSummary | CohesionReport,
  anonymous?: { interactions: number; contributions: number },
  k?: number,
): HTMLElement {
  return h(
    'dl',
    {},
    ...figure(say('participation'), percent(s.participationRate)),
    ...figure(say('massa'), say('massaValue', { people: s.interactivePeople, enti: s.interactiveEnti })),
    ...figure(
      say('interactions'),
      anonymous ? `${s.interactions} (${anonymous.interactions})` : String(s.interactions),
    ),
    ...figure(say('crossSector'), percent(s.crossSectorShare)),
    ...figure(say('crossEnte'), percent(s.crossEnteShare)),
    ...figure(say('continuity', { k: k ?? 2 }), String(s.continuingEnti)),
    ...figure(
      say('contributions'),
      anonymous ? `${s.contributions} (${anonymous.contributions})` : String(s.contributions),
    ),
  );
}
