import type { CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { h, setText } from '../ui/dom';
import { entiOf, filtering, matches, noFilter, type CardFilter } from './cardFilter';
import { say } from './roomText';

const sectors: [string, StringKey][] = [
  ['ente_pubblico', 'sectorEntePubblico'],
  ['terzo_settore', 'sectorTerzoSettore'],
  ['cittadino', 'sectorCittadino'],
  ['altro', 'sectorAltro'],
];

/** Search the cards' text, filter by ente, sector and theme, sort lanes by votes: only this screen changes. */
export class FindBar {
  readonly element = h('details', { class: 'panel find' });
  private readonly summary = h('summary', {});
  private readonly text = h('input', { id: 'find-text', type: 'search', autocomplete: 'off' });
  private readonly ente = h('select', { id: 'find-ente' });
  private readonly sector = h('select', { id: 'find-sector' });
  private readonly theme = h('select', { id: 'find-theme' });
  private readonly sort = h('button', { type: 'button', class: 'toggle sort-votes', 'aria-pressed': 'false' });
  private readonly clear = h('button', { type: 'button', class: 'small' });
  private readonly labels: [HTMLLabelElement, () => string][] = [];
  private filter: CardFilter = noFilter;
  private optionsKey = '';

  constructor(private readonly changed: () => void) {
    const field = (control: HTMLElement, label: () => string): HTMLElement => {
      const el = h('label', { for: control.id });
      this.labels.push([el, label]);
      return h('div', { class: 'field' }, el, control);
    };
    this.element.append(
      this.summary,
      h(
        'div',
        { class: 'find-fields' },
        field(this.text, () => say('search')),
        field(this.ente, () => say('ente')),
        field(this.sector, () => say('sector')),
        field(this.theme, () => say('theme')),
        h('div', { class: 'row' }, this.sort, this.clear),
      ),
    );
    const set = (change: Partial<CardFilter>): void => {
      this.filter = { ...this.filter, ...change };
      this.changed();
    };
    this.text.addEventListener('input', () => set({ text: this.text.value }));
    this.ente.addEventListener('change', () => set({ ente: this.ente.value }));
    this.sector.addEventListener('change', () => set({ sector: this.sector.value }));
    this.theme.addEventListener('change', () => set({ theme: this.theme.value }));
    this.sort.addEventListener('click', () => set({ byVotes: !this.filter.byVotes }));
    this.clear.addEventListener('click', () => {
      this.filter = { ...noFilter, byVotes: this.filter.byVotes };
      this.text.value = '';
      this.changed();
      this.text.focus();
    });
  }

  get current(): CardFilter {
    return this.filter;
  }

  update(state: CanvasState): void {
    for (const [el, label] of this.labels) setText(el, label());
    const all = Object.values(state.cards);
    const shown = filtering(this.filter) ? all.filter((c) => matches(state, c, this.filter)).length : all.length;
    setText(this.summary, filtering(this.filter) ? say('findActive', { n: shown, total: all.length }) : say('find'));
    this.summary.classList.toggle('is-filtering', filtering(this.filter));
    const enti = entiOf(state);
    const themes = Object.values(state.themes).sort((a, b) => a.title.localeCompare(b.title));
    const key = JSON.stringify([enti, themes.map((th) => [th.id, th.title]), say('any'), t('sectorAltro')]);
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      const any = (): HTMLOptionElement => h('option', { value: '' }, say('any'));
      this.ente.replaceChildren(any(), ...enti.map((e) => h('option', { value: e }, e)));
      this.sector.replaceChildren(any(), ...sectors.map(([value, label]) => h('option', { value }, t(label))));
      this.theme.replaceChildren(
        any(),
        h('option', { value: '-' }, say('noTheme')),
        ...themes.map((th) => h('option', { value: th.id }, th.title)),
      );
    }
    this.ente.value = this.filter.ente;
    this.sector.value = this.filter.sector;
    this.theme.value = this.filter.theme;
    // A theme or ente that went away filters nothing any more.
    if (this.ente.value !== this.filter.ente || this.theme.value !== this.filter.theme) {
      this.filter = { ...this.filter, ente: this.ente.value, theme: this.theme.value };
    }
    setText(this.sort, `${this.filter.byVotes ? '✓ ' : ''}${say('sortVotes')}`);
    this.sort.setAttribute('aria-pressed', String(this.filter.byVotes));
    setText(this.clear, say('clearFilter'));
    this.clear.hidden = !filtering(this.filter);
  }
}
