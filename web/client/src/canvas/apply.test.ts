import { describe, expect, it } from 'vitest';
import { applyEvent, emptyState, fold } from './apply';
import { eventStream, lanes, member, phases } from './testEvents';
import type { CanvasEvent, CanvasState } from './types';

function lab(): { next: ReturnType<typeof eventStream>; events: CanvasEvent[] } {
  const next = eventStream();
  const events = [
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
    next('member.join', member('p-anna'), 'p-anna'),
    next('member.join', member('p-bruno'), 'p-bruno'),
  ];
  return { next, events };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('applyEvent', () => {
  it('lab.create sets the template and starts in the first phase', () => {
    const { events } = lab();
    const state = fold(events.slice(0, 1));
    expect(state).toMatchObject({
      seq: 1,
      title: 'Abitare',
      templateId: 'bisogni-risorse-azioni',
      lanes,
      phases,
      phase: 'apertura',
      voteBudget: 3,
    });
  });

  it('lab.create without phases leaves no phase', () => {
    const next = eventStream();
    expect(
      fold([next('lab.create', { title: 'X', templateId: 't', lanes, phases: [], voteBudget: 0 })]).phase,
    ).toBeNull();
  });

  it('card.add defaults the colour to giallo and stamps author and times from the event', () => {
    const { next, events } = lab();
    const add = next(
      'card.add',
      { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 40, y: 60 },
      'p-anna',
    );
    const state = fold([...events, add]);
    expect(state.cards['c1']).toEqual({
      id: 'c1',
      lane: 'bisogni',
      text: 'Anziani soli',
      colour: 'giallo',
      x: 40,
      y: 60,
      themeId: null,
      author: 'p-anna',
      createdAt: add.at,
      updatedAt: add.at,
      hidden: false,
      anonymous: false,
      groupId: null,
      votes: {},
      reactions: {},
    });
    expect(state.seq).toBe(4);
    expect(state.members['p-anna']?.contributions).toBe(1);
  });

  it('counts contributions only for what members write under their name', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: 'verde', x: 0, y: 0 }, 'staff-f'),
      next('lab.phase', { phase: 'libera' }, 'p-anna'),
      next('vote.cast', { cardId: 'c1' }, 'p-anna'),
      next('comment.add', { commentId: 'm1', cardId: 'c1', text: 'sì' }, 'p-bruno'),
      next('comment.add', { commentId: 'm2', cardId: 'c1', text: 'no', anonymous: true }, 'p-bruno'),
    ]);
    expect(state.members['p-anna']?.contributions).toBe(0);
    expect(state.members['p-bruno']?.contributions).toBe(1);
    expect(state.members['staff-f']).toBeUndefined();
  });

  it('edit, move and colour set updatedAt; a move without lane keeps the lane; theme does not', () => {
    const { next, events } = lab();
    const add = next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 }, 'p-anna');
    const edit = next('card.edit', { cardId: 'c1', text: 'b' }, 'p-anna');
    const move = next('card.move', { cardId: 'c1', lane: null, x: 5, y: 6 }, 'p-bruno');
    let state = fold([...events, add, edit, move]);
    expect(state.cards['c1']).toMatchObject({
      text: 'b',
      lane: 'bisogni',
      x: 5,
      y: 6,
      createdAt: add.at,
      updatedAt: move.at,
    });

    const moveLane = next('card.move', { cardId: 'c1', lane: 'azioni', x: 1, y: 2 });
    const colour = next('card.colour', { cardId: 'c1', colour: 'rosa' });
    const theme = next('theme.add', { themeId: 't1', title: 'Casa' });
    const inTheme = next('card.theme', { cardId: 'c1', themeId: 't1' });
    state = fold([moveLane, colour, theme, inTheme], state);
    expect(state.cards['c1']).toMatchObject({ lane: 'azioni', colour: 'rosa', themeId: 't1', updatedAt: colour.at });
  });

  it('votes add up per voter and a retract to zero removes the voter', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 }, 'p-anna'),
      next('vote.cast', { cardId: 'c1' }, 'p-anna'),
      next('vote.cast', { cardId: 'c1' }, 'p-anna'),
      next('vote.cast', { cardId: 'c1' }, 'p-bruno'),
      next('vote.retract', { cardId: 'c1' }, 'p-bruno'),
      next('vote.retract', { cardId: 'c1' }, 'p-anna'),
    ]);
    expect(state.cards['c1']?.votes).toEqual({ 'p-anna': 1 });
    expect(state.members['p-anna']?.contributions).toBe(1); // the card; votes are counted, not attributed
  });

  it('card.delete takes its links and comments with it and records every id', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 }),
      next('card.add', { cardId: 'c2', lane: 'risorse', text: 'b', colour: null, x: 0, y: 0 }),
      next('card.add', { cardId: 'c3', lane: 'azioni', text: 'c', colour: null, x: 0, y: 0 }),
      next('link.add', { linkId: 'l1', from: 'c2', to: 'c1' }),
      next('link.add', { linkId: 'l2', from: 'c2', to: 'c3' }),
      next('comment.add', { commentId: 'm1', cardId: 'c1', text: 'sì' }),
      next('comment.add', { commentId: 'm2', cardId: 'c2', text: 'no' }),
      next('card.delete', { cardId: 'c1' }),
      next('link.delete', { linkId: 'l2' }),
    ]);
    expect(Object.keys(state.cards).sort()).toEqual(['c2', 'c3']);
    expect(state.links).toEqual({});
    expect(Object.keys(state.comments)).toEqual(['m2']);
    expect(state.deleted).toEqual(['c1', 'l1', 'm1', 'l2']);
  });

  it('themes: rename keeps the author, delete ungroups its cards', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('theme.add', { themeId: 't1', title: 'Casa' }, 'p-anna'),
      next('theme.rename', { themeId: 't1', title: 'Abitare' }, 'staff-f'),
      next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 }),
      next('card.theme', { cardId: 'c1', themeId: 't1' }),
    ]);
    expect(state.themes['t1']).toEqual({ id: 't1', title: 'Abitare', author: 'p-anna', anonymous: false });
    const after = fold(
      [
        next('theme.delete', { themeId: 't1' }),
        next('comment.add', { commentId: 'm1', cardId: 'c1', text: 'x' }),
        next('comment.delete', { commentId: 'm1' }),
      ],
      state,
    );
    expect(after.themes).toEqual({});
    expect(after.cards['c1']?.themeId).toBeNull();
    expect(after.deleted).toEqual(['t1', 'm1']);
  });

  it('meetings open with a default title and close with the event time and seq', () => {
    const { next, events } = lab();
    const open1 = next('meeting.open', { title: null });
    const close1 = next('meeting.close', {});
    const open2 = next('meeting.open', { title: 'Restituzione' });
    const state = fold([...events, open1, close1, open2]);
    expect(state.meetings).toEqual([
      { number: 1, title: 'Incontro 1', openedAt: open1.at, openedSeq: 4, closedAt: close1.at, closedSeq: 5 },
      { number: 2, title: 'Restituzione', openedAt: open2.at, openedSeq: 6, closedAt: null, closedSeq: null },
    ]);
  });

  it('lab controls: phase, lock and vote budget', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('lab.phase', { phase: 'libera' }),
      next('lab.lock', { locked: true }),
      next('lab.voteBudget', { budget: 7 }),
    ]);
    expect(state).toMatchObject({ phase: 'libera', locked: true, voteBudget: 7, seq: 6 });
  });

  it('member.join again updates the profile and keeps contributions; member.leave marks absence', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 }, 'p-anna'),
      next('member.leave', { memberId: 'p-anna' }),
      next('member.join', { ...member('p-anna'), displayName: 'Anna R.', sector: 'terzo_settore' }),
      next('member.leave', { memberId: 'p-bruno' }),
      next('member.leave', { memberId: 'p-nobody' }),
    ]);
    expect(state.members['p-anna']).toEqual({
      id: 'p-anna',
      displayName: 'Anna R.',
      organisation: 'Comune di Pisa',
      sector: 'terzo_settore',
      role: 'participant',
      present: true,
      contributions: 1,
      removed: false,
    });
    expect(state.members['p-bruno']?.present).toBe(false);
    expect(state.members['p-nobody']).toBeUndefined();
  });

  it('never changes the state it is given, and shares what an event does not touch', () => {
    const { next, events } = lab();
    const before: CanvasState = deepFreeze(
      fold([...events, next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'a', colour: null, x: 0, y: 0 })]),
    );
    const after = fold(
      [
        next('card.add', { cardId: 'c2', lane: 'bisogni', text: 'b', colour: null, x: 0, y: 0 }, 'p-anna'),
        next('vote.cast', { cardId: 'c1' }, 'p-anna'),
        next('card.delete', { cardId: 'c1' }),
      ],
      before,
    );
    expect(Object.keys(before.cards)).toEqual(['c1']);
    expect(after.lanes).toBe(before.lanes);
    expect(after.members['p-bruno']).toBe(before.members['p-bruno']);
  });

  it('events naming what is not there, and unknown types, only move seq', () => {
    const { next, events } = lab();
    const state = fold(events);
    const missing = [
      next('card.edit', { cardId: 'nope', text: 'x' }),
      next('vote.retract', { cardId: 'nope' }),
      next('link.delete', { linkId: 'nope' }),
      next('theme.rename', { themeId: 'nope', title: 'x' }),
      next('meeting.close', {}),
    ];
    const after = fold(missing, state);
    expect(after).toEqual({ ...state, seq: 8 });
    const unknown = { ...next('lab.lock', { locked: true }), type: 'lab.timer', payload: {} } as unknown as CanvasEvent;
    expect(applyEvent(after, unknown)).toEqual({ ...after, seq: 9 });
  });

  it('the empty canvas has the server shape', () => {
    expect(emptyState()).toEqual({
      seq: 0,
      title: '',
      templateId: '',
      lanes: [],
      phases: [],
      phase: null,
      locked: false,
      voteBudget: 0,
      private: false,
      anonymous: false,
      timer: null,
      follow: null,
      split: false,
      groups: [],
      meetings: [],
      members: {},
      cards: {},
      links: {},
      comments: {},
      themes: {},
      deleted: [],
    });
  });
});
