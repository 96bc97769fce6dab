// A canvas of 1,000 cards and 3,000 links in three lanes with 30 people and 10 themes, for the render benchmark.
import { fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent, CanvasState } from '../canvas/types';

export function bigCanvas(cards = 1_000, links = 3_000): { state: CanvasState; next: ReturnType<typeof eventStream> } {
  const next = eventStream();
  const events: CanvasEvent[] = [
    next('lab.create', { title: 'Grande', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 50 }),
  ];
  const people = Array.from({ length: 30 }, (_, i) => `p-${i}`);
  for (const p of people) events.push(next('member.join', member(p), p));
  for (let t = 0; t < 10; t++) events.push(next('theme.add', { themeId: `t${t}`, title: `Tema ${t}` }));
  for (let c = 0; c < cards; c++) {
    events.push(
      next(
        'card.add',
        {
          cardId: `c${c}`,
          lane: lanes[c % 3]?.id ?? 'bisogni',
          text: `Scheda numero ${c} con un testo di media lunghezza`,
          colour: null,
          x: 0,
          y: c,
        },
        people[c % 30],
      ),
    );
  }
  for (let c = 0; c < cards; c += 3) events.push(next('card.theme', { cardId: `c${c}`, themeId: `t${c % 10}` }));
  for (let l = 0; l < links; l++) {
    const from = (l * 7) % cards;
    const to = (from + 1 + (l % 97)) % cards;
    events.push(next('link.add', { linkId: `l${l}`, from: `c${from}`, to: `c${to}` }, people[l % 30]));
  }
  return { state: fold(events), next };
}
