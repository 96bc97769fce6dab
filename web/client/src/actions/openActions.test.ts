import { describe, expect, it } from 'vitest';
import { openActions } from './openActions';
import type { ActionPlan, PlannedAction } from './types';

const action = (cardId: string, fields: Partial<PlannedAction>): PlannedAction => ({
  cardId,
  text: cardId,
  status: 'in_corso',
  deadline: null,
  overdue: false,
  dueSoon: false,
  people: [],
  enti: [],
  needs: [],
  resources: [],
  contributingEnti: [],
  ...fields,
});

describe('openActions', () => {
  it('leaves out what is done and lists overdue, then due soon, then by deadline', () => {
    const plan: ActionPlan = {
      labId: 'lab',
      title: 'Lab',
      seq: 9,
      today: '2026-12-01',
      actions: [
        action('later', { deadline: '2027-03-01' }),
        action('none', {}),
        action('done', { status: 'fatto', deadline: '2026-01-01' }),
        action('soon', { deadline: '2026-12-10', dueSoon: true }),
        action('late', { deadline: '2026-11-01', overdue: true }),
      ],
    };
    expect(openActions(plan).map((a) => a.cardId)).toEqual(['late', 'soon', 'later', 'none']);
  });
});
