import { describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent } from '../canvas/types';
import { diff, isEmpty } from './diff';

function lab(): { next: ReturnType<typeof eventStream>; events: CanvasEvent[] } {
  const next = eventStream();
  const events = [
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next('member.join', member('p-anna'), 'p-anna'),
    next('member.join', member('p-bruno'), 'p-bruno'),
    next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 }, 'p-anna'),
    next('card.add', { cardId: 'c2', lane: 'risorse', text: 'Centro diurno', colour: null, x: 0, y: 0 }, 'p-bruno'),
    next('card.add', { cardId: 'c3', lane: 'azioni', text: 'Trasporto', colour: null, x: 0, y: 0 }, 'p-bruno'),
    next('link.add', { linkId: 'l1', from: 'c2', to: 'c3' }, 'p-bruno'),
    next('vote.cast', { cardId: 'c1' }, 'p-bruno'),
    next('theme.add', { themeId: 't1', title: 'Casa' }, 'p-anna'),
    next('comment.add', { commentId: 'm1', cardId: 'c2', text: 'Aperto il sabato?' }, 'p-anna'),
  ];
  return { next, events };
}

describe('diff', () => {
  it('is empty between a state and itself, or two states with only members and phase changed', () => {
    const { next, events } = lab();
    const a = fold(events);
    expect(isEmpty(diff(a, a))).toBe(true);
    const b = fold([next('lab.phase', { phase: 'libera' }), next('member.leave', { memberId: 'p-anna' }, 'p-anna')], a);
    expect(isEmpty(diff(a, b))).toBe(true);
  });

  it('lists cards added, edited, moved and deleted', () => {
    const { next, events } = lab();
    const a = fold(events);
    const b = fold(
      [
        next(
          'card.add',
          { cardId: 'c4', lane: 'bisogni', text: 'Casa accessibile', colour: null, x: 0, y: 0 },
          'p-anna',
        ),
        next('card.edit', { cardId: 'c1', text: 'Anziani soli in casa' }, 'p-anna'),
        next('card.move', { cardId: 'c2', lane: 'azioni', x: 10, y: 10 }, 'p-anna'),
        next('card.colour', { cardId: 'c1', colour: 'verde' }, 'p-anna'),
        next('card.delete', { cardId: 'c3' }, 'p-bruno'),
      ],
      a,
    );
    const d = diff(a, b);
    expect(d.cardsAdded.map((c) => c.id)).toEqual(['c4']);
    expect(d.cardsEdited.map((c) => [c.before.text, c.after.text])).toEqual([['Anziani soli', 'Anziani soli in casa']]);
    expect(d.cardsMoved.map((c) => [c.after.id, c.before.lane, c.after.lane])).toEqual([['c2', 'risorse', 'azioni']]);
    expect(d.cardsDeleted.map((c) => c.text)).toEqual(['Trasporto']);
    expect(d.linksRemoved.map((l) => l.id)).toEqual(['l1']);
    expect(d.linksAdded).toEqual([]);
    expect(d.votesChanged).toEqual([]);
  });

  it('a card added and deleted between the two moments is in neither list', () => {
    const { next, events } = lab();
    const a = fold(events);
    const b = fold(
      [
        next('card.add', { cardId: 'c9', lane: 'bisogni', text: 'Effimera', colour: null, x: 0, y: 0 }, 'p-anna'),
        next('card.delete', { cardId: 'c9' }, 'p-anna'),
      ],
      a,
    );
    expect(isEmpty(diff(a, b))).toBe(true);
  });

  it('lists links added and removed, and vote totals that changed', () => {
    const { next, events } = lab();
    const a = fold(events);
    const b = fold(
      [
        next('link.add', { linkId: 'l2', from: 'c2', to: 'c1' }, 'p-anna'),
        next('link.delete', { linkId: 'l1' }, 'p-bruno'),
        next('vote.cast', { cardId: 'c1' }, 'p-anna'),
        next('vote.cast', { cardId: 'c1' }, 'p-anna'),
        next('vote.retract', { cardId: 'c1' }, 'p-bruno'),
        next('vote.cast', { cardId: 'c2' }, 'p-anna'),
        next('vote.retract', { cardId: 'c2' }, 'p-anna'),
      ],
      a,
    );
    const d = diff(a, b);
    expect(d.linksAdded.map((l) => [l.from, l.to])).toEqual([['c2', 'c1']]);
    expect(d.linksRemoved.map((l) => l.id)).toEqual(['l1']);
    expect(d.votesChanged.map((v) => [v.card.id, v.before, v.after])).toEqual([['c1', 1, 2]]);
    expect(d.cardsEdited).toEqual([]);
    expect(d.cardsMoved).toEqual([]);
  });

  it('lists comments and themes added, renamed and removed', () => {
    const { next, events } = lab();
    const a = fold(events);
    const b = fold(
      [
        next('theme.rename', { themeId: 't1', title: 'Abitare' }, 'p-anna'),
        next('theme.add', { themeId: 't2', title: 'Lavoro' }, 'p-anna'),
        next('comment.delete', { commentId: 'm1' }, 'p-anna'),
        next('comment.add', { commentId: 'm2', cardId: 'c1', text: 'Anche di notte' }, 'p-bruno'),
      ],
      a,
    );
    const d = diff(a, b);
    expect(d.themesRenamed.map((r) => [r.before.title, r.after.title])).toEqual([['Casa', 'Abitare']]);
    expect(d.themesAdded.map((th) => th.title)).toEqual(['Lavoro']);
    expect(d.commentsRemoved.map((c) => c.text)).toEqual(['Aperto il sabato?']);
    expect(d.commentsAdded.map((c) => c.text)).toEqual(['Anche di notte']);
    const back = diff(b, a);
    expect(back.themesRemoved.map((th) => th.title)).toEqual(['Lavoro']);
  });

  it('is the reverse when the moments are swapped', () => {
    const { next, events } = lab();
    const a = fold(events);
    const b = fold(
      [next('card.add', { cardId: 'c4', lane: 'bisogni', text: 'Nuova', colour: null, x: 0, y: 0 }, 'p-anna')],
      a,
    );
    expect(diff(b, a).cardsDeleted.map((c) => c.id)).toEqual(['c4']);
    expect(diff(b, a).cardsAdded).toEqual([]);
  });

  it('orders cards by the time they were written', () => {
    const { next, events } = lab();
    const a = fold(events.slice(0, 3));
    const b = fold(
      [
        ...events.slice(3),
        next('card.add', { cardId: 'a0', lane: 'bisogni', text: 'Ultima', colour: null, x: 0, y: 0 }, 'p-anna'),
      ],
      a,
    );
    expect(diff(a, b).cardsAdded.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'a0']);
  });
});
