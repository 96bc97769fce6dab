import type { CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { runsLab } from './permissions';
import type { PeerPresence } from './session';

/** Who is online (and what they are editing); facilitators can remove a participant from here. */
export class PeoplePanel {
  readonly element = h('details', { class: 'panel people' });
  private readonly summary = h('summary', {});
  private readonly list = h('ul', { class: 'people-list' });
  private key = '';

  constructor(private readonly remove: (memberId: string) => void) {
    this.element.append(this.summary, this.list);
  }

  update(state: CanvasState, me: string, role: string, peers: ReadonlyMap<string, PeerPresence>): void {
    const present = Object.values(state.members).filter((m) => m.present && !m.removed).sort((a, b) => a.displayName.localeCompare(b.displayName));
    setText(this.summary, t('peopleOnline', { n: present.length }));
    const rows = present.map((m) => {
      const editing = peers.get(m.id)?.editing;
      const card = editing ? state.cards[editing] : undefined;
      const table = state.split ? state.groups.find((g) => g.members.includes(m.id))?.name : undefined;
      const removable = runsLab(role) && m.role === 'participant';
      return { m, note: [m.organisation, table, card ? t('editingBy', { name: '' }).trim() : ''].filter(Boolean).join(' · '), removable };
    });
    const key = JSON.stringify(rows.map((r) => [r.m.id, r.m.displayName, r.note, r.removable])) + t('removeMember') + me;
    if (key === this.key) return;
    this.key = key;
    this.list.replaceChildren(...rows.map(({ m, note, removable }) => h('li', {},
      h('span', { class: 'person-name' }, m.displayName, m.id === me ? ` ${t('you')}` : ''),
      note ? h('span', { class: 'person-note' }, note) : null,
      removable ? h('button', {
        type: 'button', class: 'danger small', 'aria-label': t('removeMemberFor', { name: m.displayName }),
        onclick: () => { if (confirm(t('removeMemberConfirm', { name: m.displayName }))) this.remove(m.id); },
      }, t('removeMember')) : null)));
  }
}
