import type { CanvasState } from '../canvas/types';
import { h } from '../ui/dom';
import { mountOpenActions } from './openActions';
import type { ActionPlan } from './types';

/**
 * What must bring the panel up to date: the incontro open now (the panel shows from the second one on, when there
 * are earlier incontri whose actions to follow up) and every action's follow-up. Null when the panel stays hidden.
 */
export function roomActionsKey(state: CanvasState): string | null {
  const meeting = state.meetings.at(-1);
  if (!meeting || meeting.closedAt !== null || meeting.number < 2) return null;
  const followUps = Object.values(state.cards)
    .filter((c) => c.followUp)
    .map((c) => `${c.id}:${c.followUp!.status}:${c.followUp!.deadline ?? ''}:${c.text.length}`)
    .sort();
  return `${meeting.number}|${followUps.join(',')}`;
}

/** The actions the room must look at: overdue or due soon, and not done (the server judges dates in Europe/Rome). */
export function dueActions(plan: ActionPlan): ActionPlan {
  return { ...plan, actions: plan.actions.filter((a) => a.status !== 'fatto' && (a.overdue || a.dueSoon)) };
}

/**
 * "Azioni aperte" in the live room: when the lab's next incontro opens, the actions taken on at earlier incontri that
 * are due or overdue, from the lab's Piano delle azioni; kept up to date as owners, deadlines and statuses change.
 */
export class RoomActionsPanel {
  readonly element = h('section', { class: 'open-actions room-actions', hidden: true });
  private shownKey: string | null = null;
  private wantedKey: string | null = null;
  private busy = false;
  private disposed = false;

  constructor(
    private readonly load: () => Promise<ActionPlan>,
    private readonly onError: (error: unknown) => void,
  ) {}

  update(state: CanvasState): void {
    this.wantedKey = roomActionsKey(state);
    if (this.wantedKey === null) {
      this.element.hidden = true;
      this.shownKey = null;
      return;
    }
    void this.refresh();
  }

  /** Words change with the language: ask again for the same plan. */
  relocalize(): void {
    this.shownKey = null;
    if (this.wantedKey !== null) void this.refresh();
  }

  dispose(): void {
    this.disposed = true;
  }

  private async refresh(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (!this.disposed && this.wantedKey !== null && this.shownKey !== this.wantedKey) {
        const key = this.wantedKey;
        const plan = await this.load();
        if (this.disposed || this.wantedKey === null) return;
        mountOpenActions(this.element, dueActions(plan));
        this.element.hidden = false;
        this.shownKey = key;
      }
    } catch (error) {
      this.onError(error);
    } finally {
      this.busy = false;
    }
  }
}
