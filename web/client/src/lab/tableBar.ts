import type { Card, CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { runsLab, tableOf } from './permissions';

const all = '*';
const plenary = '-';

/**
 * Which table's cards to show once the room has had tables: a participant seated at a table starts on their own,
 * staff on all of them. Changing it only changes this screen.
 */
export class TableBar {
  readonly element = h('div', { class: 'field inline table-bar', hidden: true });
  private readonly label = h('label', { for: 'table-filter' });
  private readonly select = h('select', { id: 'table-filter' });
  private choice: string | null = null;
  private seatedAt: string | null = null;
  private key = '';

  constructor(changed: () => void) {
    this.element.append(this.label, this.select);
    this.select.addEventListener('change', () => {
      this.choice = this.select.value;
      changed();
    });
  }

  update(state: CanvasState, me: string, role: string): void {
    this.element.hidden = state.groups.length === 0;
    setText(this.label, t('showTable'));
    const seat = tableOf(state, me);
    if (seat !== this.seatedAt) {
      // A new split (or the reconvening) decides again what to show.
      this.seatedAt = seat;
      this.choice = null;
    }
    const options: [string, string][] = [
      [all, t('allTables')],
      [plenary, t('plenaryCards')],
      ...state.groups.map((g): [string, string] => [g.id, g.name]),
    ];
    const key = JSON.stringify(options);
    if (key !== this.key) {
      this.key = key;
      this.select.replaceChildren(...options.map(([value, name]) => h('option', { value }, name)));
    }
    this.choice ??= seat && !runsLab(role) ? seat : all;
    this.select.value = this.choice;
  }

  /** The table shown: every table, the plenary's cards, or a table's id. */
  get showing(): string {
    return this.choice ?? all;
  }

  /** Whether a card is on the table shown. */
  shows(card: Card): boolean {
    const choice = this.choice ?? all;
    if (choice === all) return true;
    return choice === plenary ? card.groupId === null : card.groupId === choice;
  }
}
