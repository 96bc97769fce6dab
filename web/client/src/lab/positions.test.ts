import { describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import { laneCards, step, yAt, yForNew } from './positions';

function canvas() {
  const next = eventStream();
  return fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
    next('card.add', { cardId: 'a', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 }),
    next('card.add', { cardId: 'b', lane: 'bisogni', text: 'b', colour: null, x: 0, y: 100 }),
    next('card.add', { cardId: 'c', lane: 'bisogni', text: 'c', colour: null, x: 0, y: 200 }),
    next('card.add', { cardId: 'r', lane: 'risorse', text: 'r', colour: null, x: 0, y: 0 }),
  ]);
}

describe('positions', () => {
  it('orders a lane by y, then by when cards were written', () => {
    const state = canvas();
    expect(laneCards(Object.values(state.cards), 'bisogni').map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a card between, before or after the others', () => {
    const cards = laneCards(Object.values(canvas().cards), 'bisogni');
    expect([yAt(cards, 0), yAt(cards, 1), yAt(cards, 3), yAt([], 0)]).toEqual([-100, 50, 300, 0]);
  });

  it('steps a card up, down and across lanes, and nowhere past the edges', () => {
    const state = canvas();
    expect(step(state, 'c', 'up')).toEqual({ lane: null, y: 50 });
    expect(step(state, 'a', 'down')).toEqual({ lane: null, y: 150 });
    expect(step(state, 'a', 'up')).toBeNull();
    expect(step(state, 'b', 'right')).toEqual({ lane: 'risorse', y: 100 });
    expect(step(state, 'a', 'right')).toEqual({ lane: 'risorse', y: -100 });
    expect(step(state, 'a', 'left')).toBeNull();
    expect(yForNew(state, 'bisogni')).toBe(300);
  });
});
