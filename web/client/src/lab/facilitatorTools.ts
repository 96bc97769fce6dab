import type { CanvasState, OperationPayloads, OperationType } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { h, setText } from '../ui/dom';

export interface ToolActions {
  submit<T extends OperationType>(type: T, payload: OperationPayloads[T]): void;
  split(tables: number): void;
  share(): void;
}

/** The facilitator's controls for running the agenda: phase, lock, timer, modes, votes, follow me, meetings, tables. */
export class FacilitatorTools {
  readonly element: HTMLElement;
  private readonly phaseSelect = h('select', { id: 'phase-select' });
  private readonly lockButton = toggle('lock');
  private readonly minutes = h('input', {
    id: 'timer-minutes',
    type: 'number',
    min: 1,
    max: 240,
    value: 5,
    inputmode: 'numeric',
  });
  private readonly timerStart = h('button', { type: 'button' });
  private readonly timerStop = h('button', { type: 'button' });
  private readonly privateButton = toggle('private');
  private readonly revealButton = h('button', { type: 'button', class: 'reveal' });
  private readonly anonymousButton = toggle('anonymous');
  private readonly budget = h('input', { id: 'vote-budget', type: 'number', min: 0, max: 50, inputmode: 'numeric' });
  private readonly budgetButton = h('button', { type: 'button' });
  private readonly followButton = toggle('follow');
  private readonly meetingButton = h('button', { type: 'button', class: 'meeting' });
  private readonly meetingNow = h('span', { class: 'meeting-now' });
  private readonly tables = h('input', {
    id: 'table-count',
    type: 'number',
    min: 2,
    max: 20,
    value: 2,
    inputmode: 'numeric',
  });
  private readonly splitButton = h('button', { type: 'button', class: 'split' });
  private readonly reconveneButton = h('button', { type: 'button', class: 'reconvene' });
  private readonly shareButton = h('button', { type: 'button', class: 'share primary' });
  private readonly projectorLink = h('a', { class: 'projector-link', target: '_blank', rel: 'noopener' });
  private readonly labels: [HTMLLabelElement, StringKey][] = [];
  private state: CanvasState | null = null;

  constructor(
    private readonly me: string,
    labId: string,
    actions: ToolActions,
  ) {
    const label = (control: HTMLElement, key: StringKey): HTMLLabelElement => {
      const el = h('label', { for: control.id });
      this.labels.push([el, key]);
      return el;
    };
    this.projectorLink.href = `/lab/${encodeURIComponent(labId)}/proiezione`;
    this.element = h(
      'div',
      { class: 'toolbar', role: 'group' },
      h('div', { class: 'tool' }, label(this.phaseSelect, 'phase'), this.phaseSelect),
      h('div', { class: 'tool' }, this.lockButton, this.followButton),
      h('div', { class: 'tool' }, label(this.minutes, 'timer'), this.minutes, this.timerStart, this.timerStop),
      h('div', { class: 'tool' }, this.privateButton, this.revealButton, this.anonymousButton),
      h('div', { class: 'tool' }, label(this.budget, 'voteBudget'), this.budget, this.budgetButton),
      h(
        'div',
        { class: 'tool' },
        label(this.tables, 'tableCount'),
        this.tables,
        this.splitButton,
        this.reconveneButton,
      ),
      h('div', { class: 'tool' }, this.meetingButton, this.meetingNow),
      h('div', { class: 'tool' }, this.shareButton, this.projectorLink),
    );

    this.phaseSelect.addEventListener('change', () => actions.submit('lab.phase', { phase: this.phaseSelect.value }));
    this.lockButton.addEventListener('click', () => actions.submit('lab.lock', { locked: !this.state?.locked }));
    this.timerStart.addEventListener('click', () => {
      const minutes = Number(this.minutes.value);
      if (minutes > 0) actions.submit('lab.timer', { seconds: Math.min(14_400, Math.round(minutes * 60)) });
    });
    this.timerStop.addEventListener('click', () => actions.submit('lab.timer', { seconds: null }));
    this.privateButton.addEventListener('click', () =>
      actions.submit('lab.private', { enabled: !this.state?.private }),
    );
    this.revealButton.addEventListener('click', () => actions.submit('lab.reveal', { cardIds: null }));
    this.anonymousButton.addEventListener('click', () =>
      actions.submit('lab.anonymous', { enabled: !this.state?.anonymous }),
    );
    this.budgetButton.addEventListener('click', () =>
      actions.submit('lab.voteBudget', { budget: Number(this.budget.value) }),
    );
    this.followButton.addEventListener('click', () =>
      actions.submit('lab.follow', { enabled: this.state?.follow !== this.me }),
    );
    this.meetingButton.addEventListener('click', () => {
      if (openMeeting(this.state)) actions.submit('meeting.close', {});
      else actions.submit('meeting.open', { title: null });
    });
    this.splitButton.addEventListener('click', () => actions.split(Number(this.tables.value)));
    this.reconveneButton.addEventListener('click', () => actions.submit('groups.reconvene', {}));
    this.shareButton.addEventListener('click', () => actions.share());
  }

  update(state: CanvasState, title: string): void {
    const first = this.state === null;
    this.state = state;
    this.element.setAttribute('aria-label', t('toolbar'));
    for (const [el, key] of this.labels) setText(el, t(key));
    const options = state.phases.map((p) => `${p.id}\u0000${localName(p)}`).join('\u0001');
    if (this.phaseSelect.dataset['options'] !== options) {
      this.phaseSelect.dataset['options'] = options;
      this.phaseSelect.replaceChildren(...state.phases.map((p) => h('option', { value: p.id }, localName(p))));
    }
    this.phaseSelect.value = state.phase ?? '';
    press(this.lockButton, state.locked, t('lock'));
    press(this.followButton, state.follow === this.me, t('followMe'));
    press(this.privateButton, state.private, t('privateMode'));
    press(this.anonymousButton, state.anonymous, t('anonymousMode'));
    setText(this.timerStart, t('timerStart'));
    setText(this.timerStop, t('timerStop'));
    this.timerStop.hidden = state.timer === null;
    setText(this.revealButton, t('reveal'));
    this.revealButton.hidden = !Object.values(state.cards).some((c) => c.hidden);
    if (first || document.activeElement !== this.budget) this.budget.value = String(state.voteBudget);
    setText(this.budgetButton, t('setBudget'));
    const meeting = openMeeting(state);
    setText(this.meetingButton, t(meeting ? 'meetingClose' : 'meetingOpen'));
    setText(this.meetingNow, meeting ? t('meetingNow', { title: meeting.title }) : '');
    setText(this.splitButton, t('split'));
    setText(this.reconveneButton, t('reconvene'));
    this.reconveneButton.hidden = !state.split;
    setText(this.shareButton, t('share'));
    setText(this.projectorLink, t('projector'));
    this.projectorLink.setAttribute('aria-label', t('projectorOpen', { title }));
  }
}

function toggle(name: string): HTMLButtonElement {
  return h('button', { type: 'button', class: `toggle ${name}`, 'aria-pressed': 'false' });
}

/** A toggle keeps its name; aria-pressed (and a check mark, so colour is not the only sign) says whether it is on. */
function press(button: HTMLButtonElement, on: boolean, label: string): void {
  button.setAttribute('aria-pressed', String(on));
  setText(button, `${on ? '✓ ' : ''}${label}`);
}

function openMeeting(state: CanvasState | null): { title: string } | null {
  const last = state?.meetings.at(-1);
  return last && last.closedAt === null ? last : null;
}
