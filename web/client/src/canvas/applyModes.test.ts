import { describe, expect, it } from 'vitest';
import { fold, normalize } from './apply';
import { eventStream, lanes, member, phases } from './testEvents';
import type { CanvasEvent } from './types';

// The facilitator's modes and the operations that came with them: timer, private/reveal, anonymous, follow, tables,
// merge, reactions, removal.

function lab(): { next: ReturnType<typeof eventStream>; events: CanvasEvent[] } {
  const next = eventStream();
  const events = [
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
    next('member.join', member('staff-f', 'facilitator'), 'staff-f'),
    next('member.join', member('p-anna'), 'p-anna'),
    next('member.join', member('p-bruno'), 'p-bruno'),
  ];
  return { next, events };
}

const card = (cardId: string, text = 'testo', lane = 'bisogni') => ({ cardId, lane, text, colour: null, x: 0, y: 0 });

describe('applyEvent: modes', () => {
  it('lab.timer starts at the event time and ends when the server says; null stops it', () => {
    const { next, events } = lab();
    const start = next('lab.timer', { seconds: 300, endsAt: '2026-11-23T09:10:05.000Z' });
    const running = fold([...events, start]);
    expect(running.timer).toEqual({ seconds: 300, startedAt: start.at, endsAt: '2026-11-23T09:10:05.000Z' });
    expect(fold([next('lab.timer', { seconds: null, endsAt: null })], running).timer).toBeNull();
  });

  it('private mode: cards the server marks hidden stay face down until a reveal brings their text', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('lab.private', { enabled: true }),
      next('card.add', { ...card('c1', ''), hidden: true }, 'p-anna'),
      next('card.add', { ...card('c2', 'Casa'), hidden: true }, 'p-bruno'),
      next('card.add', card('c3', 'Del facilitatore'), 'staff-f'),
    ]);
    expect(state.private).toBe(true);
    expect([state.cards['c1']?.hidden, state.cards['c2']?.hidden, state.cards['c3']?.hidden]).toEqual([
      true,
      true,
      false,
    ]);

    const revealed = fold(
      [next('lab.private', { enabled: false }), next('lab.reveal', { cardIds: ['c1'], cards: { c1: 'Anziani soli' } })],
      state,
    );
    expect(revealed.cards['c1']).toMatchObject({ hidden: false, text: 'Anziani soli' });
    expect(revealed.cards['c2']).toMatchObject({ hidden: true, text: 'Casa' });
    expect(revealed.private).toBe(false);
  });

  it('a card.add that states hidden, anonymous and groupId is taken at its word', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', { ...card('c1'), hidden: true, anonymous: true, groupId: 'g1' }, ''),
    ]);
    expect(state.cards['c1']).toMatchObject({ hidden: true, anonymous: true, groupId: 'g1', author: '' });
  });

  it('anonymous mode: marked cards, links, comments and themes stay marked and do not count as contributions', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', card('c1'), 'p-anna'),
      next('lab.anonymous', { enabled: true }),
      next('card.add', { ...card('c2'), anonymous: true }, 'p-anna'),
      next('link.add', { linkId: 'l1', from: 'c2', to: 'c1', anonymous: true }, 'p-anna'),
      next('comment.add', { commentId: 'm1', cardId: 'c1', text: 'sì', anonymous: true }, 'p-anna'),
      next('theme.add', { themeId: 't1', title: 'Casa', anonymous: true }, 'p-anna'),
    ]);
    expect(state.anonymous).toBe(true);
    expect(state.cards['c1']?.anonymous).toBe(false);
    expect([
      state.cards['c2']?.anonymous,
      state.links['l1']?.anonymous,
      state.comments['m1']?.anonymous,
      state.themes['t1']?.anonymous,
    ]).toEqual([true, true, true, true]);
    expect(state.members['p-anna']?.contributions).toBe(1);
  });

  it('votes and reactions from others arrive under "" and add up there', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', card('c1'), 'p-anna'),
      next('vote.cast', { cardId: 'c1' }, ''),
      next('vote.cast', { cardId: 'c1' }, ''),
      next('vote.cast', { cardId: 'c1' }, 'p-anna'),
      next('reaction.add', { cardId: 'c1', kind: 'idea' }, ''),
      next('reaction.add', { cardId: 'c1', kind: 'idea' }, ''),
      next('reaction.add', { cardId: 'c1', kind: 'idea' }, 'p-anna'),
      next('reaction.remove', { cardId: 'c1', kind: 'idea' }, ''),
    ]);
    expect(state.cards['c1']?.votes).toEqual({ '': 2, 'p-anna': 1 });
    expect(state.cards['c1']?.reactions).toEqual({ idea: { '': 1, 'p-anna': 1 } });
  });

  it('a reaction removed by its last giver leaves no empty kind behind', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', card('c1'), 'p-anna'),
      next('reaction.add', { cardId: 'c1', kind: 'cuore' }, 'p-bruno'),
      next('reaction.add', { cardId: 'c1', kind: 'accordo' }, 'p-anna'),
      next('reaction.remove', { cardId: 'c1', kind: 'cuore' }, 'p-bruno'),
    ]);
    expect(state.cards['c1']?.reactions).toEqual({ accordo: { 'p-anna': 1 } });
  });

  it('lab.follow names the leader, or nobody', () => {
    const { next, events } = lab();
    const state = fold([...events, next('lab.follow', { enabled: true, leader: 'staff-f' })]);
    expect(state.follow).toBe('staff-f');
    expect(fold([next('lab.follow', { enabled: false })], state).follow).toBeNull();
  });

  it('groups.split seats participants at tables; cards keep the table the server gave; reconvene keeps the tables', () => {
    const { next, events } = lab();
    const split = fold([
      ...events,
      next('groups.split', {
        groups: [
          { groupId: 'g1', name: 'Tavolo 1', members: ['p-anna'] },
          { groupId: 'g2', name: 'Tavolo 2', members: ['p-bruno'] },
        ],
      }),
      next('card.add', { ...card('c1'), groupId: 'g1' }, 'p-anna'),
      next('card.add', { ...card('c2'), groupId: 'g2' }, 'p-bruno'),
      next('card.add', card('c3'), 'staff-f'),
    ]);
    expect(split.split).toBe(true);
    expect(split.groups).toEqual([
      { id: 'g1', name: 'Tavolo 1', members: ['p-anna'] },
      { id: 'g2', name: 'Tavolo 2', members: ['p-bruno'] },
    ]);
    expect([split.cards['c1']?.groupId, split.cards['c2']?.groupId, split.cards['c3']?.groupId]).toEqual([
      'g1',
      'g2',
      null,
    ]);

    const plenary = fold([next('groups.reconvene', {}), next('card.add', card('c4'), 'p-anna')], split);
    expect(plenary.split).toBe(false);
    expect(plenary.groups).toHaveLength(2);
    expect(plenary.cards['c1']?.groupId).toBe('g1');
    expect(plenary.cards['c4']?.groupId).toBeNull();
  });

  it('card.merge adds text, votes and reactions into the other card, moves comments and links, drops the listed links', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('card.add', card('c1', 'Anziani soli'), 'p-anna'),
      next('card.add', card('c2', 'Anziani isolati'), 'p-bruno'),
      next('card.add', card('r1', 'Volontari', 'risorse'), 'p-bruno'),
      next('card.add', card('a1', 'Telefonata', 'azioni'), 'p-bruno'),
      next('link.add', { linkId: 'l1', from: 'r1', to: 'c1' }, 'p-anna'),
      next('link.add', { linkId: 'l2', from: 'r1', to: 'c2' }, 'p-bruno'),
      next('link.add', { linkId: 'l3', from: 'c2', to: 'a1' }, 'p-bruno'),
      next('link.add', { linkId: 'l4', from: 'c1', to: 'c2' }, 'p-bruno'),
      next('vote.cast', { cardId: 'c1' }, 'p-anna'),
      next('vote.cast', { cardId: 'c2' }, 'p-anna'),
      next('vote.cast', { cardId: 'c2' }, 'p-bruno'),
      next('reaction.add', { cardId: 'c2', kind: 'cuore' }, 'p-bruno'),
      next('comment.add', { commentId: 'm1', cardId: 'c2', text: 'Anche in centro' }, 'p-bruno'),
    ]);
    const merge = next('card.merge', {
      cardId: 'c2',
      intoId: 'c1',
      text: 'Anziani soli\n\nAnziani isolati',
      droppedLinks: ['l2', 'l4'],
    });
    const after = fold([merge], state);
    expect(after.cards['c2']).toBeUndefined();
    expect(after.cards['c1']).toMatchObject({
      text: 'Anziani soli\n\nAnziani isolati',
      votes: { 'p-anna': 2, 'p-bruno': 1 },
      reactions: { cuore: { 'p-bruno': 1 } },
      updatedAt: merge.at,
    });
    expect(after.comments['m1']?.cardId).toBe('c1');
    expect(Object.keys(after.links).sort()).toEqual(['l1', 'l3']);
    expect(after.links['l3']).toMatchObject({ from: 'c1', to: 'a1' });
    expect(after.deleted).toEqual(['l2', 'l4', 'c2']);

    const worded = fold(
      [next('card.merge', { cardId: 'c2', intoId: 'c1', text: 'Solitudine degli anziani', droppedLinks: [] })],
      state,
    );
    expect(worded.cards['c1']?.text).toBe('Solitudine degli anziani');
  });

  it('member.remove marks the member removed and away; joining again keeps the mark', () => {
    const { next, events } = lab();
    const state = fold([
      ...events,
      next('member.remove', { memberId: 'p-bruno' }),
      next('member.remove', { memberId: 'p-nobody' }),
    ]);
    expect(state.members['p-bruno']).toMatchObject({ removed: true, present: false });
    expect(state.members['p-nobody']).toBeUndefined();
    expect(fold([next('member.join', member('p-bruno'), 'p-bruno')], state).members['p-bruno']?.removed).toBe(true);
  });
});

describe('normalize', () => {
  it('fills in the fields a server without the modes leaves out, and keeps what is there', () => {
    const { next, events } = lab();
    const full = fold([
      ...events,
      next('card.add', card('c1'), 'p-anna'),
      next('link.add', { linkId: 'l1', from: 'c1', to: 'c1' }, 'p-anna'),
    ]);
    const strip = <T extends object>(item: T, ...keys: string[]): T =>
      Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k))) as T;
    const old = {
      ...strip(full, 'private', 'anonymous', 'timer', 'follow', 'split', 'groups'),
      cards: { c1: strip(full.cards['c1']!, 'hidden', 'anonymous', 'groupId', 'reactions') },
      links: { l1: strip(full.links['l1']!, 'anonymous') },
      members: Object.fromEntries(Object.entries(full.members).map(([id, m]) => [id, strip(m, 'removed')])),
    };
    expect(normalize(old)).toStrictEqual(full);
    expect(normalize(full)).toStrictEqual(full);
  });
});
