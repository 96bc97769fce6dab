import type { Lab } from '../api/types';
import type { CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { runsLab, votesLeft } from './permissions';
import type { MemberView } from '../transport/protocol';

/** Title, phase, lock, join code (staff), who is online and the votes left. */
export class LabHeader {
  readonly element: HTMLElement;
  private readonly title = h('h1', { class: 'lab-title' });
  private readonly phase = h('span', { class: 'badge phase' });
  private readonly lock = h('span', { class: 'badge lock' });
  private readonly code = h('span', { class: 'badge code' });
  private readonly online = h('span', { class: 'badge online' });
  private readonly votes = h('span', { class: 'badge votes' });
  private readonly back = h('button', { type: 'button', class: 'back' });

  constructor(onBack: () => void) {
    this.back.addEventListener('click', onBack);
    this.element = h('header', { class: 'lab-header' }, h('div', { class: 'lab-heading' }, this.title, this.back),
      h('p', { class: 'lab-badges' }, this.phase, this.lock, this.code, this.online, this.votes));
  }

  update(state: CanvasState, lab: Lab | null, you: MemberView | null): void {
    const phase = state.phases.find((p) => p.id === state.phase);
    setText(this.title, state.title || lab?.title || '');
    setText(this.phase, `${t('phase')}: ${phase ? localName(phase) : t('noPhase')}`);
    setText(this.lock, t(state.locked ? 'locked' : 'unlocked'));
    this.lock.classList.toggle('is-locked', state.locked);
    this.code.hidden = !lab?.joinCode;
    setText(this.code, lab?.joinCode ? t('joinCodeShown', { code: lab.joinCode }) : '');
    if (lab?.joinLink) this.code.title = lab.joinLink;
    setText(this.online, t('online', { n: Object.values(state.members).filter((m) => m.present).length }));
    this.votes.hidden = you?.role !== 'participant';
    if (you) setText(this.votes, t('votesLeft', { n: votesLeft(state, you.id), budget: state.voteBudget }));
    setText(this.back, t(runsLab(you?.role) || you?.role === 'trainer' ? 'back' : 'leaveLab'));
  }
}
