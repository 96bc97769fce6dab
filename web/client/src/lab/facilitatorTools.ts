import type { CanvasState, OperationPayloads, OperationType } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { h, setText } from '../ui/dom';
import { say, type RoomWord } from './roomText';
import { ToolsMenu } from './toolsMenu';

export interface ToolActions {
  submit<T extends OperationType>(type: T, payload: OperationPayloads[T]): void;
  split(tables: number): void;
  share(): void;
}

/**
 * The facilitator's controls, in labelled groups on one bar (from 1200 px: a laptop's 1366 × 768 holds it in one row):
 * Fase · Timer · Lavagna (lock, cards face down, anonymous) · Partecipanti (follow me) · Incontro · Condividi (invite,
 * projector), and "Altri strumenti" for what is set once or twice a session (votes each, tables). Inside a labelled
 * group a button shows its short word ("Blocca" under "Lavagna") and keeps its full name for screen readers.
 */
export class FacilitatorTools {
  readonly element: HTMLElement;
  private readonly phaseSelect = h('select', { id: 'phase-select' });
  private readonly lockButton = toggle('lock');
  private readonly minutes = number('timer-minutes', 1, 240, 5);
  private readonly timerStart = h('button', { type: 'button', class: 'timer-start' });
  private readonly timerStop = h('button', { type: 'button', class: 'timer-stop' });
  private readonly privateButton = toggle('private');
  private readonly revealButton = h('button', { type: 'button', class: 'reveal' });
  private readonly anonymousButton = toggle('anonymous');
  private readonly budget = number('vote-budget', 0, 50, null);
  private readonly budgetButton = h('button', { type: 'button' });
  private readonly followButton = toggle('follow');
  private readonly meetingButton = h('button', { type: 'button', class: 'meeting' });
  private readonly meetingNow = h('p', { class: 'meeting-now' });
  private readonly tables = number('table-count', 2, 20, 2);
  private readonly splitButton = h('button', { type: 'button', class: 'split' });
  private readonly reconveneButton = h('button', { type: 'button', class: 'reconvene' });
  private readonly shareButton = h('button', { type: 'button', class: 'share primary' });
  private readonly projectorLink = h('a', { class: 'projector-link', target: '_blank', rel: 'noopener' });
  private readonly more: ToolsMenu;
  private readonly labels: [HTMLElement, () => string][] = [];
  private state: CanvasState | null = null;

  constructor(
    private readonly me: string,
    labId: string,
    actions: ToolActions,
  ) {
    const label = (control: HTMLElement, key: StringKey): HTMLLabelElement => {
      const el = h('label', { for: control.id, class: 'tool-caption' });
      this.labels.push([el, () => t(key)]);
      return el;
    };
    /** A group of buttons under a caption that names it (Lavagna, Incontro…). */
    const group = (name: string, key: RoomWord, ...controls: HTMLElement[]): HTMLElement => {
      const caption = h('span', { id: `tools-${name}`, class: 'tool-caption' });
      this.labels.push([caption, () => say(key)]);
      return h(
        'div',
        { class: `tool tool-${name}`, role: 'group', 'aria-labelledby': caption.id },
        caption,
        h('div', { class: 'tool-controls' }, ...controls),
      );
    };
    const field = (name: string, control: HTMLElement, key: StringKey, ...buttons: HTMLElement[]): HTMLElement =>
      h(
        'div',
        { class: `tool tool-${name}` },
        label(control, key),
        h('div', { class: 'tool-controls' }, control, ...buttons),
      );
    this.projectorLink.href = `/lab/${encodeURIComponent(labId)}/proiezione`;
    this.more = new ToolsMenu(
      field('budget', this.budget, 'voteBudget', this.budgetButton),
      field('tables', this.tables, 'tableCount', this.splitButton, this.reconveneButton),
      this.meetingNow,
    );
    this.element = h(
      'div',
      { class: 'toolbar', role: 'group' },
      field('phase', this.phaseSelect, 'phase'),
      field('timer', this.minutes, 'timer', this.timerStart, this.timerStop),
      group('canvas', 'toolsCanvas', this.lockButton, this.privateButton, this.revealButton, this.anonymousButton),
      group('people', 'toolsPeople', this.followButton),
      group('meeting', 'toolsMeeting', this.meetingButton),
      group('share', 'toolsShare', this.shareButton, this.projectorLink),
      this.more.element,
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
    for (const [el, text] of this.labels) setText(el, text());
    const options = state.phases.map((p) => `${p.id}\u0000${localName(p)}`).join('\u0001');
    if (this.phaseSelect.dataset['options'] !== options) {
      this.phaseSelect.dataset['options'] = options;
      this.phaseSelect.replaceChildren(...state.phases.map((p) => h('option', { value: p.id }, localName(p))));
    }
    this.phaseSelect.value = state.phase ?? '';
    press(this.lockButton, state.locked, say('lockShort'), t('lock'));
    press(this.followButton, state.follow === this.me, t('followMe'));
    press(this.privateButton, state.private, t('privateMode'));
    press(this.anonymousButton, state.anonymous, t('anonymousMode'));
    named(this.timerStart, say('timerStartShort'), t('timerStart'));
    named(this.timerStop, say('timerStopShort'), t('timerStop'));
    this.timerStop.hidden = state.timer === null;
    named(this.revealButton, say('revealShort'), t('reveal'));
    this.revealButton.hidden = !Object.values(state.cards).some((c) => c.hidden);
    if (first || document.activeElement !== this.budget) this.budget.value = String(state.voteBudget);
    setText(this.budgetButton, t('setBudget'));
    const meeting = openMeeting(state);
    named(
      this.meetingButton,
      say(meeting ? 'meetingCloseShort' : 'meetingOpenShort'),
      t(meeting ? 'meetingClose' : 'meetingOpen'),
    );
    this.meetingNow.hidden = !meeting;
    setText(this.meetingNow, meeting ? t('meetingNow', { title: meeting.title }) : '');
    this.meetingButton.title = meeting ? t('meetingNow', { title: meeting.title }) : '';
    setText(this.splitButton, t('split'));
    setText(this.reconveneButton, t('reconvene'));
    this.reconveneButton.hidden = !state.split;
    setText(this.shareButton, t('share'));
    setText(this.projectorLink, t('projector'));
    this.projectorLink.setAttribute('aria-label', t('projectorOpen', { title }));
    this.more.label(say('toolsMore'));
  }

  dispose(): void {
    this.more.dispose();
  }
}

function toggle(name: string): HTMLButtonElement {
  return h('button', { type: 'button', class: `toggle ${name}`, 'aria-pressed': 'false' });
}

function number(id: string, min: number, max: number, value: number | null): HTMLInputElement {
  return h('input', { id, type: 'number', min, max, value, inputmode: 'numeric' });
}

/** A button that shows a short word and is named in full (the visible word begins the name, as WCAG asks). */
function named(button: HTMLButtonElement, text: string, name: string): void {
  setText(button, text);
  if (name === text) button.removeAttribute('aria-label');
  else button.setAttribute('aria-label', name);
}

/** A toggle keeps its name; aria-pressed (and a check mark, so colour is not the only sign) says whether it is on. */
function press(button: HTMLButtonElement, on: boolean, text: string, name = text): void {
  button.setAttribute('aria-pressed', String(on));
  named(button, `${on ? '✓ ' : ''}${text}`, name);
}

function openMeeting(state: CanvasState | null): { title: string } | null {
  const last = state?.meetings.at(-1);
  return last && last.closedAt === null ? last : null;
}
