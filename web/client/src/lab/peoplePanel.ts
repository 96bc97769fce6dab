import type { CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { runsLab } from './permissions';
import { say } from './roomText';
import type { PeerPresence } from './session';

/** Who is online (and what they are editing); facilitators can remove a participant from here, after a question in the page. */
export class PeoplePanel {
  readonly element = h('details', { class: 'panel people' });
  private readonly summary = h('summary', {});
  private readonly list = h('ul', { class: 'people-list' });
  private key = '';
  /** The person whose removal is being asked about (in the page, not window.confirm, which blocks the live room). */
  private asking: string | null = null;
  private last: Parameters<PeoplePanel['update']> | null = null;

  constructor(private readonly remove: (memberId: string) => void) {
    this.element.append(this.summary, this.list);
  }

  update(state: CanvasState, me: string, role: string, peers: ReadonlyMap<string, PeerPresence>): void {
    this.last = [state, me, role, peers];
    const present = Object.values(state.members)
      .filter((m) => m.present && !m.removed)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    setText(this.summary, t('peopleOnline', { n: present.length }));
    if (this.asking && !present.some((m) => m.id === this.asking)) this.asking = null;
    const rows = present.map((m) => {
      const editing = peers.get(m.id)?.editing;
      const card = editing ? state.cards[editing] : undefined;
      const table = state.split ? state.groups.find((g) => g.members.includes(m.id))?.name : undefined;
      const removable = runsLab(role) && m.role === 'participant';
      return {
        m,
        note: [m.organisation, table, card ? t('editingBy', { name: '' }).trim() : ''].filter(Boolean).join(' · '),
        removable,
      };
    });
    const key =
      JSON.stringify(rows.map((r) => [r.m.id, r.m.displayName, r.note, r.removable])) +
      t('removeMember') +
      me +
      this.asking;
    if (key === this.key) return;
    this.key = key;
    let focus: HTMLElement | null = null;
    this.list.replaceChildren(
      ...rows.map(({ m, note, removable }) => {
        const item = h(
          'li',
          {},
          h('span', { class: 'person-name' }, m.displayName, m.id === me ? ` ${t('you')}` : ''),
          note ? h('span', { class: 'person-note' }, note) : null,
        );
        if (!removable) return item;
        if (this.asking !== m.id) {
          item.append(
            h(
              'button',
              {
                type: 'button',
                class: 'danger small remove-member',
                'aria-label': t('removeMemberFor', { name: m.displayName }),
                'data-member': m.id,
                onclick: () => this.ask(m.id),
              },
              t('removeMember'),
            ),
          );
          return item;
        }
        const no = h('button', { type: 'button', class: 'small', onclick: () => this.ask(null, m.id) }, say('cancel'));
        focus = no;
        item.append(
          h(
            'div',
            {
              class: 'confirm-delete confirm-remove',
              role: 'group',
              'aria-label': t('removeMemberFor', { name: m.displayName }),
            },
            h('p', { class: 'confirm-text' }, say('removeAsk', { name: m.displayName })),
            h(
              'div',
              { class: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'danger small',
                  onclick: () => {
                    this.asking = null;
                    this.remove(m.id);
                  },
                },
                say('removeYes'),
              ),
              no,
            ),
          ),
        );
        return item;
      }),
    );
    (focus as HTMLElement | null)?.focus();
  }

  private ask(memberId: string | null, back?: string): void {
    this.asking = memberId;
    if (this.last) this.update(...this.last);
    if (back) this.list.querySelector<HTMLElement>(`button[data-member="${CSS.escape(back)}"]`)?.focus();
  }
}
