import { h } from '../ui/dom';
import { noFilter, type WorkspaceFilter } from './filter';
import { say } from './text';
import type { Workspace } from './types';

/**
 * The search box and the filters. It keeps its own controls (focus and typing survive the results being redrawn) and
 * calls `changed` with the whole filter on every change, saying whether the change is typing in the search box.
 */
export class FilterBar {
  readonly element: HTMLElement;
  private filter: WorkspaceFilter;
  private readonly text = h('input', { id: 'ws-search', type: 'search', autocomplete: 'off' });
  private readonly percorso = h('select', { id: 'ws-percorso' });
  private readonly edizione = h('select', { id: 'ws-edizione' });
  private readonly sede = h('select', { id: 'ws-sede' });
  private readonly status = h('select', { id: 'ws-status' });
  private readonly date = h('input', { id: 'ws-date', type: 'date' });
  private workspace: Workspace | null = null;

  constructor(
    private readonly changed: (filter: WorkspaceFilter, typing: boolean) => void,
    initial: WorkspaceFilter = noFilter,
  ) {
    this.filter = { ...initial };
    this.text.value = initial.text;
    this.date.value = initial.date;
    const field = (control: HTMLElement, label: string): HTMLElement =>
      h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
    this.element = h(
      'section',
      { class: 'ws-filters', 'aria-labelledby': 'ws-filters-heading' },
      h('h2', { id: 'ws-filters-heading' }, say('filters')),
      h(
        'div',
        { class: 'ws-filter-fields' },
        h('div', { class: 'field ws-search' }, h('label', { for: 'ws-search' }, say('search')), this.text),
        field(this.percorso, say('percorso')),
        field(this.edizione, say('edizione')),
        field(this.sede, say('sede')),
        field(this.status, say('status')),
        field(this.date, say('date')),
      ),
      h('button', { type: 'button', class: 'small', onclick: () => this.clear() }, say('clearFilters')),
    );
    this.text.addEventListener('input', () => this.update(true));
    for (const control of [this.percorso, this.edizione, this.sede, this.status, this.date])
      control.addEventListener('change', () => this.update(false));
  }

  /** Fills the choices from the data (keeping what is chosen when it is still there). */
  setWorkspace(workspace: Workspace): void {
    this.workspace = workspace;
    const several = workspace.programmes.length > 1;
    fill(
      this.percorso,
      say('all'),
      workspace.programmes.flatMap((d) =>
        d.percorsi.map((p) => [p.id, several ? `${d.programme.title} › ${p.title}` : p.title] as const),
      ),
      this.filter.percorso,
    );
    fill(
      this.sede,
      say('allFem'),
      workspace.sedi.map((s) => [s.id, `${s.name} (${s.province})`] as const),
      this.filter.sede,
    );
    fill(
      this.status,
      say('all'),
      (['running', 'planned', 'finished', 'archived'] as const).map((s) => [s, say(s)] as const),
      this.filter.status,
    );
    this.fillEdizioni();
  }

  private fillEdizioni(): void {
    const edizioni = (this.workspace?.programmes ?? []).flatMap((d) =>
      d.edizioni
        .filter((e) => !this.filter.percorso || e.percorsoId === this.filter.percorso)
        .map(
          (e) =>
            [
              e.id,
              this.filter.percorso
                ? e.title
                : `${d.percorsi.find((p) => p.id === e.percorsoId)?.title ?? ''} · ${e.title}`,
            ] as const,
        ),
    );
    fill(this.edizione, say('allFem'), edizioni, this.filter.edizione);
  }

  private update(typing: boolean): void {
    const percorsoChanged = this.percorso.value !== this.filter.percorso;
    this.filter = {
      text: this.text.value,
      percorso: this.percorso.value,
      edizione: percorsoChanged ? '' : this.edizione.value,
      sede: this.sede.value,
      status: this.status.value as WorkspaceFilter['status'],
      date: this.date.value,
    };
    if (percorsoChanged) this.fillEdizioni();
    this.changed(this.filter, typing);
  }

  private clear(): void {
    this.text.value = '';
    this.date.value = '';
    for (const select of [this.percorso, this.edizione, this.sede, this.status]) select.value = '';
    this.update(false);
    this.text.focus();
  }
}

function fill(
  select: HTMLSelectElement,
  allLabel: string,
  options: readonly (readonly [string, string])[],
  chosen: string,
): void {
  select.replaceChildren(
    h('option', { value: '' }, allLabel),
    ...options.map(([value, label]) => h('option', { value }, label)),
  );
  select.value = options.some(([value]) => value === chosen) ? chosen : '';
}
