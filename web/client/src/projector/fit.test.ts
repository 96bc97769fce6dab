import { describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import { themeCounts } from './fit';

describe('projector fit', () => {
  it('counts a lane’s cards by theme, largest first and the unthemed last', () => {
    const next = eventStream();
    const state = fold([
      next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
      next('theme.add', { themeId: 't1', title: 'Casa' }),
      next('theme.add', { themeId: 't2', title: 'Lavoro' }),
      ...['a', 'b', 'c', 'd', 'e'].map((id) =>
        next('card.add', { cardId: id, lane: 'bisogni', text: id, colour: null, x: 0, y: 0 }),
      ),
      next('card.theme', { cardId: 'a', themeId: 't2' }),
      next('card.theme', { cardId: 'b', themeId: 't1' }),
      next('card.theme', { cardId: 'c', themeId: 't1' }),
    ]);
    expect(themeCounts(state, Object.values(state.cards))).toEqual([
      { title: 'Casa', n: 2 },
      { title: 'Lavoro', n: 1 },
      { title: null, n: 2 },
    ]);
  });
});
