import { describe, expect, it } from 'vitest';
import type { CanvasState } from '../canvas/types';
import { dueActions, roomActionsKey } from './roomActions';
import type { PlannedAction } from './types';

function state(meetings: { number: number; closed: boolean }[], status = 'da_avviare'): CanvasState {
  return {
    meetings: meetings.map((m) => ({
      number: m.number,
      title: `Incontro ${m.number}`,
      openedAt: '',
      openedSeq: 1,
      closedAt: m.closed ? 'x' : null,
      closedSeq: m.closed ? 2 : null,
    })),
    cards: { a1: { id: 'a1', text: 'Sportello', followUp: { people: [], enti: [], deadline: '2026-11-20', status } } },
  } as unknown as CanvasState;
}

function action(id: string, status: string, overdue: boolean, dueSoon: boolean): PlannedAction {
  return {
    cardId: id,
    text: id,
    status,
    deadline: null,
    overdue,
    dueSoon,
    people: [],
    enti: [],
    needs: [],
    resources: [],
    contributingEnti: [],
  };
}

describe('room actions', () => {
  it('stay hidden until a second incontro is open', () => {
    expect(roomActionsKey(state([]))).toBeNull();
    expect(roomActionsKey(state([{ number: 1, closed: false }]))).toBeNull();
    expect(roomActionsKey(state([{ number: 1, closed: true }]))).toBeNull();
    expect(
      roomActionsKey(
        state([
          { number: 1, closed: true },
          { number: 2, closed: true },
        ]),
      ),
    ).toBeNull();
    expect(
      roomActionsKey(
        state([
          { number: 1, closed: true },
          { number: 2, closed: false },
        ]),
      ),
    ).toBe('2|a1:da_avviare:2026-11-20:9');
  });

  it('change key when an action changes status, so the panel asks again', () => {
    const open = [
      { number: 1, closed: true },
      { number: 2, closed: false },
    ];
    expect(roomActionsKey(state(open, 'in_corso'))).not.toBe(roomActionsKey(state(open)));
  });

  it('show only the open actions that are overdue or due soon', () => {
    const plan = {
      labId: 'l',
      title: 't',
      seq: 1,
      today: '2026-12-01',
      actions: [
        action('late', 'in_corso', true, false),
        action('soon', 'da_avviare', false, true),
        action('later', 'da_avviare', false, false),
        action('done', 'fatto', false, false),
      ],
    };
    expect(dueActions(plan).actions.map((a) => a.cardId)).toEqual(['late', 'soon']);
  });
});
