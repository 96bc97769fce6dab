import type { Lab } from '../api/types';
import type { CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { clock, runsLab, secondsLeft, votesLeft } from './permissions';
import type { MemberView } from '../transport/protocol';

/** Title, phase, lock, modes, timer, join code (staff), who is online and the votes left. */
export class LabHeader {
  readonly element: HTMLElement;
  private readonly title = h('h1', { class: 'lab-title' });
  private readonly phase = h('span', { class: 'badge phase' });
  private readonly lock = h('span', { class: 'badge lock' });
  private readonly privateBadge = h('span', { class: 'badge mode-private' });
  private readonly anonymousBadge = h('span', { class: 'badge mode-anonymous' });
  private readonly timer = h('span', { class: 'badge timer', role: 'timer' });
  private readonly code = h('span', { class: 'badge code' });
  private readonly online = h('span', { class: 'badge online' });
  private readonly votes = h('span', { class: 'badge votes' });
  private readonly back = h('button', { type: 'button', class: 'back' });
  private state: CanvasState | null = null;

  constructor(onBack: () => void, private readonly serverNow: () => number) {
    this.back.addEventListener('click', onBack);
    this.element = h('header', { class: 'lab-header' }, h('div', { class: 'lab-heading' }, this.title, this.back),
      h('p', { class: 'lab-badges' }, this.phase, this.lock, this.timer, this.privateBadge, this.anonymousBadge, this.code, this.online, this.votes));
  }

  update(state: CanvasState, lab: Lab | null, you: MemberView | null): void {
    this.state = state;
    const phase = state.phases.find((p) => p.id === state.phase);
    setText(this.title, state.title || lab?.title || '');
    setText(this.phase, `${t('phase')}: ${phase ? localName(phase) : t('noPhase')}`);
    setText(this.lock, (state.locked ? '🔒 ' : '') + t(state.locked ? 'locked' : 'unlocked'));
    this.lock.classList.toggle('is-locked', state.locked);
    this.privateBadge.hidden = !state.private;
    setText(this.privateBadge, `🂠 ${t('privateBadge')}`);
    this.anonymousBadge.hidden = !state.anonymous;
    setText(this.anonymousBadge, t('anonymousBadge'));
    this.code.hidden = !lab?.joinCode;
    setText(this.code, lab?.joinCode ? t('joinCodeShown', { code: lab.joinCode }) : '');
    setText(this.online, t('online', { n: Object.values(state.members).filter((m) => m.present).length }));
    this.votes.hidden = you?.role !== 'participant';
    if (you) setText(this.votes, t('votesLeft', { n: votesLeft(state, you.id), budget: state.voteBudget }));
    setText(this.back, t(runsLab(you?.role) || you?.role === 'trainer' ? 'back' : 'leaveLab'));
    this.tick();
  }

  /** Called every second: the countdown. */
  tick(): void {
    const left = secondsLeft(this.state?.timer ?? null, this.serverNow());
    this.timer.hidden = left === null;
    if (left !== null) setText(this.timer, left > 0 ? `⏱ ${t('timeLeft', { time: clock(left) })}` : `⏱ ${t('timeUp')}`);
    this.timer.classList.toggle('is-up', left === 0);
  }
}
