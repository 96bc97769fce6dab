import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import { CanvasIndex } from './canvasIndex';

function canvas(): { next: ReturnType<typeof eventStream>; state: ReturnType<typeof fold> } {
  const next = eventStream();
  const state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Uno', colour: null, x: 0, y: 0 }),
    next('card.add', { cardId: 'c2', lane: 'risorse', text: 'Due', colour: null, x: 0, y: 0 }),
    next('card.add', { cardId: 'c3', lane: 'azioni', text: 'Tre', colour: null, x: 0, y: 0 }),
    next('link.add', { linkId: 'l1', from: 'c1', to: 'c2' }),
    next('link.add', { linkId: 'l2', from: 'c2', to: 'c3' }),
    next('comment.add', { commentId: 'm2', cardId: 'c2', text: 'secondo' }),
    next('comment.add', { commentId: 'm1', cardId: 'c2', text: 'primo' }),
  ]);
  return { next, state };
}

describe('CanvasIndex', () => {
  it('lists each card’s links from both ends and its comments in time order', () => {
    const { state } = canvas();
    const index = new CanvasIndex();
    index.update(state);
    expect(index.linksOf('c2').map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(index.linksOf('c1').map((l) => l.id)).toEqual(['l1']);
    expect(index.linksOf('c9')).toEqual([]);
    expect(index.commentsOf('c2').map((c) => c.text)).toEqual(['secondo', 'primo']);
  });

  it('keeps the lists while links and comments are unchanged, and rebuilds when they change', () => {
    const { next, state } = canvas();
    const index = new CanvasIndex();
    index.update(state);
    const before = index.linksOf('c2');
    index.update(applyEvent(state, next('vote.cast', { cardId: 'c1' })));
    expect(index.linksOf('c2')).toBe(before);
    index.update(applyEvent(state, next('link.delete', { linkId: 'l1' })));
    expect(index.linksOf('c2').map((l) => l.id)).toEqual(['l2']);
    expect(index.linksOf('c1')).toEqual([]);
  });
});
