import { describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasState } from '../canvas/types';
import { allowed, clock, mayOnCard, secondsLeft, votesLeft } from './permissions';

function canvas(): { state: CanvasState; next: ReturnType<typeof eventStream> } {
  const next = eventStream();
  const state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 3 }),
    next('member.join', member('p-anna'), 'p-anna'),
    next('member.join', member('p-bruno'), 'p-bruno'),
    next('lab.phase', { phase: 'libera' }),
    next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 }, 'p-anna'),
  ]);
  return { state, next };
}

describe('permissions', () => {
  it('participants act within the phase and never while locked; trainers never; facilitators always', () => {
    const { state, next } = canvas();
    expect(allowed(state, 'participant', 'cards', 'bisogni')).toBe(true);
    const opening = fold([next('lab.phase', { phase: 'apertura' })], state);
    expect(allowed(opening, 'participant', 'cards', 'bisogni')).toBe(false);
    expect(allowed(opening, 'participant', 'comments')).toBe(true);
    const locked = fold([next('lab.lock', { locked: true })], state);
    expect(allowed(locked, 'participant', 'comments')).toBe(false);
    expect(allowed(locked, 'facilitator', 'cards', 'bisogni')).toBe(true);
    expect(allowed(state, 'trainer', 'comments')).toBe(false);
  });

  it('tutors annotate in any phase and while locked, their own cards only, and never vote or organise themes', () => {
    const { state, next } = canvas();
    const locked = fold([next('lab.phase', { phase: 'apertura' }), next('lab.lock', { locked: true })], state);
    expect(allowed(locked, 'tutor', 'cards', 'azioni')).toBe(true);
    expect(allowed(locked, 'tutor', 'comments')).toBe(true);
    expect(allowed(locked, 'tutor', 'links')).toBe(true);
    expect(allowed(state, 'tutor', 'votes')).toBe(false);
    expect(allowed(state, 'tutor', 'themes')).toBe(false);
    const card = state.cards['c1']!;
    expect(mayOnCard(locked, 'tutor', 'staff-tutor', card, 'edit')).toBe(false);
    expect(mayOnCard(locked, 'tutor', 'staff-tutor', card, 'comment')).toBe(true);
    expect(mayOnCard(locked, 'tutor', 'staff-tutor', { ...card, author: 'staff-tutor' }, 'edit')).toBe(true);
    expect(mayOnCard(state, 'tutor', 'staff-tutor', card, 'vote')).toBe(false);
  });

  it('only the author edits or deletes a card; anyone moves it', () => {
    const { state } = canvas();
    const card = state.cards['c1']!;
    expect(mayOnCard(state, 'participant', 'p-anna', card, 'edit')).toBe(true);
    expect(mayOnCard(state, 'participant', 'p-bruno', card, 'edit')).toBe(false);
    expect(mayOnCard(state, 'participant', 'p-bruno', card, 'delete')).toBe(false);
    expect(mayOnCard(state, 'participant', 'p-bruno', card, 'move')).toBe(true);
    expect(mayOnCard(state, 'participant', 'p-bruno', card, 'merge')).toBe(false);
    expect(mayOnCard(state, 'facilitator', 'staff-f', card, 'merge')).toBe(true);
    expect(mayOnCard(state, 'trainer', 'staff-t', card, 'move')).toBe(false);
  });

  it('a face-down card takes no links, votes, comments or reactions', () => {
    const { state, next } = canvas();
    const hidden = fold(
      [
        next('lab.private', { enabled: true }),
        next(
          'card.add',
          { cardId: 'c2', lane: 'bisogni', text: '', colour: null, x: 0, y: 0, hidden: true },
          'p-bruno',
        ),
      ],
      state,
    );
    const card = hidden.cards['c2']!;
    expect(card.hidden).toBe(true);
    for (const action of ['link', 'vote', 'comment', 'react'] as const)
      expect(mayOnCard(hidden, 'participant', 'p-anna', card, action)).toBe(false);
    expect(mayOnCard(hidden, 'participant', 'p-bruno', card, 'edit')).toBe(true);
  });

  it('while split, participants act only on their own table’s cards', () => {
    const { state, next } = canvas();
    const split = fold(
      [
        next('groups.split', {
          groups: [
            { groupId: 'g1', name: 'Tavolo 1', members: ['p-anna'] },
            { groupId: 'g2', name: 'Tavolo 2', members: ['p-bruno'] },
          ],
        }),
        next(
          'card.add',
          { cardId: 'c2', lane: 'bisogni', text: 'Al tavolo 1', colour: null, x: 0, y: 0, groupId: 'g1' },
          'p-anna',
        ),
      ],
      state,
    );
    const atTable1 = split.cards['c2']!;
    expect(mayOnCard(split, 'participant', 'p-anna', atTable1, 'vote')).toBe(true);
    expect(mayOnCard(split, 'participant', 'p-bruno', atTable1, 'vote')).toBe(false);
    expect(mayOnCard(split, 'participant', 'p-anna', split.cards['c1']!, 'move')).toBe(false);
    const plenary = fold([next('groups.reconvene', {})], split);
    expect(mayOnCard(plenary, 'participant', 'p-bruno', atTable1, 'vote')).toBe(true);
  });

  it('votes left count every vote of the person across cards', () => {
    const { state, next } = canvas();
    const voted = fold(
      [
        next('vote.cast', { cardId: 'c1' }, 'p-anna'),
        next('vote.cast', { cardId: 'c1' }, 'p-anna'),
        next('vote.cast', { cardId: 'c1' }, ''),
      ],
      state,
    );
    expect(votesLeft(voted, 'p-anna')).toBe(1);
  });

  it('the timer counts down on the server clock, whatever this device’s clock says', () => {
    const timer = { seconds: 300, startedAt: '2026-11-23T10:00:00.000Z', endsAt: '2026-11-23T10:05:00.000Z' };
    const deviceNow = Date.parse('2026-11-23T09:58:00.000Z');
    const skew = Date.parse('2026-11-23T10:01:00.000Z') - deviceNow;
    expect(secondsLeft(timer, deviceNow + skew)).toBe(240);
    expect(secondsLeft(timer, Date.parse('2026-11-23T10:04:59.200Z'))).toBe(1);
    expect(secondsLeft(timer, Date.parse('2026-11-23T10:06:00.000Z'))).toBe(0);
    expect(secondsLeft(null, deviceNow)).toBeNull();
    expect([clock(0), clock(65), clock(3725)]).toEqual(['0:00', '1:05', '1:02:05']);
  });
});
