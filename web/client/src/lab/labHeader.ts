import type { Lab } from '../api/types';
import type { CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { clock, runsLab, secondsLeft, votesLeft } from './permissions';
import type { ConnectionStatus, MemberView } from '../transport/protocol';
import { chime } from './chime';
import { relabelMyData } from './myData';
import { say } from './roomText';

const muteKey = 'laboratori.timerMuted';

/** Title, connection, phase, lock, modes, timer, join code (staff), who is online and the votes left. */
export class LabHeader {
  readonly element: HTMLElement;
  /**
   * Connection, phase, lock and timer: what a participant checks most, kept by the screen in sight (sticky) on a phone,
   * on one line there (the words "Fase:", "Lavagna", "Tempo:" are then left to screen readers).
   */
  readonly status: HTMLElement;
  /** The modes, the join code, who is online and the votes left: beside the status on a laptop, below it on a phone. */
  readonly badges: HTMLElement;
  private readonly title = h('h1', { class: 'lab-title' });
  private readonly connection = h('span', { class: 'badge connection' });
  private readonly phasePrefix = h('span', { class: 'badge-prefix' });
  private readonly phaseName = h('span', { class: 'badge-value' });
  private readonly phase = h('span', { class: 'badge phase' }, this.phasePrefix, this.phaseName);
  private readonly lockPrefix = h('span', { class: 'badge-prefix' });
  private readonly lockState = h('span', { class: 'badge-value' });
  private readonly lock = h('span', { class: 'badge lock' }, this.lockPrefix, this.lockState);
  private readonly privateBadge = h('span', { class: 'badge mode-private' });
  private readonly anonymousBadge = h('span', { class: 'badge mode-anonymous' });
  private readonly timerPrefix = h('span', { class: 'badge-prefix' });
  private readonly timerValue = h('span', { class: 'badge-value' });
  private readonly timer = h('span', { class: 'badge timer', role: 'timer' }, this.timerPrefix, this.timerValue);
  private readonly code = h('span', { class: 'badge code' });
  private readonly online = h('span', { class: 'badge online' });
  private readonly votes = h('span', { class: 'badge votes' });
  private readonly back = h('button', { type: 'button', class: 'back' });
  private readonly mute = h('button', { type: 'button', class: 'small mute', 'aria-pressed': 'false' });
  private readonly mandateText = h('p', {});
  private readonly mandateSummary = h('summary', {});
  private readonly mandate = h(
    'details',
    { class: 'lab-mandate', hidden: true },
    this.mandateSummary,
    this.mandateText,
  );
  private state: CanvasState | null = null;
  /** The timer's end the chime was played for, so it sounds once per countdown. */
  private chimedFor: string | null = null;
  private muted = localStorage.getItem(muteKey) === 'true';

  constructor(
    onBack: () => void,
    private readonly serverNow: () => number,
    /** "Scarica i miei dati": shown to participants only. */
    private readonly myData: HTMLButtonElement | null = null,
  ) {
    this.back.addEventListener('click', onBack);
    this.mute.addEventListener('click', () => {
      this.muted = !this.muted;
      localStorage.setItem(muteKey, String(this.muted));
      this.tick();
    });
    this.element = h(
      'header',
      { class: 'lab-header' },
      h('div', { class: 'lab-heading' }, this.title, h('div', { class: 'lab-heading-tools' }, myData, this.back)),
      this.mandate,
    );
    this.status = h('p', { class: 'lab-status' }, this.connection, this.phase, this.lock, this.timer);
    this.badges = h(
      'p',
      { class: 'lab-badges' },
      this.mute,
      this.privateBadge,
      this.anonymousBadge,
      this.code,
      this.online,
      this.votes,
    );
  }

  update(state: CanvasState, lab: Lab | null, you: MemberView | null): void {
    this.state = state;
    const phase = state.phases.find((p) => p.id === state.phase);
    setText(this.title, state.title || lab?.title || '');
    setText(this.phasePrefix, `${t('phase')}: `);
    setText(this.phaseName, phase ? localName(phase) : t('noPhase'));
    this.phase.title = this.phase.textContent ?? '';
    setText(this.lockPrefix, say('lockPrefix'));
    setText(this.lockState, say(state.locked ? 'lockedWord' : 'unlockedWord'));
    this.lock.classList.toggle('is-locked', state.locked);
    this.privateBadge.hidden = !state.private;
    setText(this.privateBadge, t('privateBadge'));
    this.anonymousBadge.hidden = !state.anonymous;
    setText(this.anonymousBadge, t('anonymousBadge'));
    this.code.hidden = !lab?.joinCode;
    setText(this.code, lab?.joinCode ? t('joinCodeShown', { code: lab.joinCode }) : '');
    setText(this.online, t('online', { n: Object.values(state.members).filter((m) => m.present).length }));
    this.votes.hidden = you?.role !== 'participant';
    if (you) setText(this.votes, t('votesLeft', { n: votesLeft(state, you.id), budget: state.voteBudget }));
    setText(this.back, t(runsLab(you?.role) || you?.role === 'trainer' ? 'back' : 'leaveLab'));
    if (this.myData) {
      this.myData.hidden = you?.role !== 'participant';
      relabelMyData(this.myData);
    }
    this.mandate.hidden = !lab?.mandate;
    setText(this.mandateSummary, t('labMandate'));
    setText(this.mandateText, lab?.mandate ?? '');
    this.tick();
  }

  /** Whether changes go out now: the connection's state, or offline when the device has no network. */
  connected(status: ConnectionStatus, offline: boolean): void {
    const key = offline ? 'offline' : status;
    setText(this.connection, say(`connection_${key}`));
    this.connection.dataset['state'] = key;
  }

  /** Called every second: the countdown. */
  tick(): void {
    const left = secondsLeft(this.state?.timer ?? null, this.serverNow());
    this.timer.hidden = left === null;
    setText(this.timerPrefix, left ? say('timePrefix') : '');
    if (left !== null) setText(this.timerValue, left > 0 ? clock(left) : t('timeUp'));
    this.timer.classList.toggle('is-up', left === 0);
    this.mute.hidden = left === null;
    setText(this.mute, t(this.muted ? 'timerSoundOff' : 'timerSoundOn'));
    this.mute.setAttribute('aria-pressed', String(this.muted));
    const endsAt = this.state?.timer?.endsAt ?? null;
    if (left === 0 && endsAt && this.chimedFor !== endsAt) {
      this.chimedFor = endsAt;
      // A countdown that ended long before this page opened is not news: no sound for it.
      if (!this.muted && this.serverNow() - Date.parse(endsAt) < 5_000) chime();
    }
  }
}
