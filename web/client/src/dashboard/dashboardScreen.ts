import './dashboard.css';
import type { AppContext, Screen } from '../app/context';
import { fromQuery, showInAddress } from '../app/addressFilter';
import { failure } from '../app/failure';
import { language, localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import { saveFile } from '../workspace/download';
import { dashboardQuery, staffApi, type StaffApi } from '../workspace/staffApi';
import type { ProgrammeDetail, Sede } from '../workspace/types';
import { barChart, type BarSeries } from './barChart';
import { say, type DashboardWord } from './text';
import type { DashboardFilter, DashboardTable, DashboardView, GroupRow } from './types';

type Cell = string | number;
interface Table {
  name: DashboardTable;
  word: DashboardWord;
  header: DashboardWord[];
  rows: Cell[][];
}

/**
 * "Cruscotto" (`/staff/cruscotto/{programmeId}`): a programme's figures, narrowed by percorso, edizione, sede or zone;
 * people by percorso, zone and sector as bar charts, every table below them, each as CSV and all as one XLSX.
 */
export function dashboardScreen(app: AppContext, programmeId: string): Screen {
  const session = app.tokens.staff();
  const element = h('div', { class: 'dashboard' });
  const body = h('div', { class: 'dashboard-body', 'aria-live': 'polite', 'aria-busy': 'true' });
  const live = h('p', { class: 'visually-hidden', role: 'status' });
  // The filter lives in the address, so that a link, a reload or the back button shows the same figures.
  let filter: DashboardFilter = fromQuery(location.search, { percorso: '', edizione: '', sede: '', zone: '' });
  let structure: { detail: ProgrammeDetail; sedi: Sede[] } | null = null;
  let view: DashboardView | null = null;
  let disposed = false;
  if (!session) return { element, relocalize: () => undefined, dispose: () => undefined };
  const api = staffApi(session.token);

  function render(): void {
    const title = view?.title ?? structure?.detail.programme.title ?? '';
    element.replaceChildren(
      h(
        'header',
        { class: 'dashboard-header' },
        h('h1', {}, say('heading'), title ? `: ${title}` : ''),
        h(
          'a',
          {
            href: '/staff',
            class: 'dashboard-back',
            onclick: (event) => {
              event.preventDefault();
              app.navigate('/staff');
            },
          },
          say('back'),
        ),
      ),
      live,
      filters(),
      body,
    );
    renderBody();
  }

  function renderBody(): void {
    if (!view) {
      body.replaceChildren(h('p', {}, say('loading')));
      return;
    }
    body.removeAttribute('aria-busy');
    const tables = tablesOf(view);
    body.replaceChildren(figures(view), charts(view), exportsBar(), ...tables.map(tableSection));
  }

  function filters(): HTMLElement {
    const select = (
      name: keyof DashboardFilter,
      word: DashboardWord,
      all: DashboardWord,
      options: [string, string][],
    ): HTMLElement => {
      const control = h(
        'select',
        { id: `dash-${name}`, name },
        h('option', { value: '' }, say(all)),
        ...options.map(([value, label]) => h('option', { value }, label)),
      );
      control.value = filter[name];
      control.addEventListener('change', () => {
        filter = { ...filter, [name]: control.value };
        showInAddress(filter, 'push');
        void load();
      });
      return h('div', { class: 'field' }, h('label', { for: control.id }, say(word)), control);
    };
    const detail = structure?.detail;
    const sedi = structure?.sedi ?? [];
    const used = new Set(detail?.edizioni.map((e) => e.sedeId));
    const zones = [...new Set(sedi.filter((s) => used.has(s.id)).map((s) => s.zone))].sort();
    return h(
      'section',
      { class: 'dashboard-filters', 'aria-labelledby': 'dash-filters-heading' },
      h('h2', { id: 'dash-filters-heading', class: 'visually-hidden' }, say('filters')),
      select('percorso', 'percorso', 'all', detail?.percorsi.map((p) => [p.id, p.title]) ?? []),
      select(
        'edizione',
        'edizione',
        'allFem',
        detail?.edizioni
          .filter((e) => !filter.percorso || e.percorsoId === filter.percorso)
          .map((e) => {
            const percorso = detail.percorsi.find((p) => p.id === e.percorsoId);
            const sede = sedi.find((s) => s.id === e.sedeId);
            return [
              e.id,
              `${filter.percorso ? '' : `${percorso?.title ?? ''} · `}${e.title} (${sede?.name ?? e.sedeId})`,
            ];
          }) ?? [],
      ),
      select(
        'sede',
        'sede',
        'allFem',
        sedi.filter((s) => used.has(s.id)).map((s) => [s.id, s.name]),
      ),
      select(
        'zone',
        'zone',
        'allFem',
        zones.map((z) => [z, z]),
      ),
    );
  }

  function exportsBar(): HTMLElement {
    return h(
      'section',
      { class: 'dashboard-exports', 'aria-labelledby': 'dash-exports-heading' },
      h('h2', { id: 'dash-exports-heading' }, say('exports')),
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => void download(api, `/dashboard/xlsx`, 'cruscotto.xlsx') },
        say('xlsx'),
      ),
    );
  }

  function tableSection(table: Table): HTMLElement {
    const id = `dash-table-${table.name}`;
    return h(
      'section',
      { class: 'dashboard-table', 'aria-labelledby': id },
      h(
        'div',
        { class: 'dashboard-table-head' },
        h('h2', { id }, say(table.word)),
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            'aria-label': say('csvOf', { table: say(table.word) }),
            onclick: () => void download(api, `/dashboard/${table.name}.csv`, `cruscotto-${table.name}.csv`),
          },
          say('csv'),
        ),
      ),
      table.rows.length === 0
        ? h('p', {}, say('empty'))
        : h(
            'div',
            { class: 'table-scroll', tabindex: 0 },
            h(
              'table',
              { 'data-table': table.name },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...table.header.map((word, i) =>
                    h(
                      'th',
                      { scope: 'col', class: i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'num' : null },
                      say(word),
                    ),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                ...table.rows.map((row) =>
                  h(
                    'tr',
                    {},
                    ...row.map((cell, i) =>
                      i === 0
                        ? h('th', { scope: 'row' }, String(cell))
                        : h(
                            'td',
                            { class: typeof cell === 'number' ? 'num' : null },
                            typeof cell === 'number' ? number(cell) : cell,
                          ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    );
  }

  async function download(client: StaffApi, path: string, name: string): Promise<void> {
    try {
      const file = await client.file(
        `/api/programmes/${encodeURIComponent(programmeId)}${path}${dashboardQuery(filter)}`,
        name,
      );
      saveFile(file);
      live.textContent = say('downloaded', { name: file.name });
    } catch (error) {
      app.error(failure(error));
    }
  }

  async function load(): Promise<void> {
    body.setAttribute('aria-busy', 'true');
    try {
      if (!structure) {
        const [detail, sedi] = await Promise.all([api.programme(programmeId), api.sedi()]);
        structure = { detail, sedi };
      }
      const next = await api.dashboard(programmeId, filter);
      if (disposed) return;
      view = next;
      render();
    } catch (error) {
      if (disposed) return;
      app.error(failure(error));
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { role: 'alert' }, localize(failure(error))));
    }
  }

  render();
  void load();
  return {
    element,
    relocalize: render,
    dispose: () => {
      disposed = true;
    },
  };
}

function number(n: number): string {
  return n.toLocaleString(language() === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 });
}

function figures(v: DashboardView): HTMLElement {
  const items: [DashboardWord, number][] = [
    ['editionsPlanned', v.editionsPlanned],
    ['editionsRunning', v.editionsRunning],
    ['editionsFinished', v.editionsFinished],
    ['incontriHeld', v.incontriHeld],
    ['hoursDelivered', v.hoursDelivered],
    ['enrolled', v.enrolled],
    ['present', v.present],
    ['reachedThreshold', v.reachedThreshold],
  ];
  return h(
    'section',
    { class: 'dashboard-figures', 'aria-labelledby': 'dash-figures-heading' },
    h(
      'h2',
      { id: 'dash-figures-heading' },
      say('figures'),
      ' ',
      h('span', { class: 'dashboard-date' }, say('asOf', { date: v.date.split('-').reverse().join('/') })),
    ),
    h(
      'dl',
      {},
      ...items.map(([word, value]) =>
        h('div', { class: 'figure', 'data-figure': word }, h('dt', {}, say(word)), h('dd', {}, number(value))),
      ),
    ),
  );
}

const people = (): BarSeries[] => [
  { name: say('enrolled'), className: 'series-enrolled' },
  { name: say('present'), className: 'series-present' },
  { name: say('reachedThreshold'), className: 'series-reached' },
];

function sectorName(name: string): string {
  return ['ente_pubblico', 'terzo_settore', 'cittadino', 'altro'].includes(name) ? say(name as DashboardWord) : name;
}

function charts(v: DashboardView): HTMLElement {
  const groups = (rows: GroupRow[], label: (name: string) => string = (n) => n) =>
    rows.map((r) => ({ label: label(r.name), values: [r.enrolled, r.present, r.reachedThreshold] }));
  const summary = (n: number, table: DashboardWord): string => say('chartSummary', { n, table: say(table) });
  // Enrolled, present and reaching the threshold, by one grouping (percorso, zone, sector).
  const peopleChart = (
    by: DashboardWord,
    rows: GroupRow[],
    table: DashboardWord,
    label?: (name: string) => string,
  ): HTMLElement =>
    barChart(
      say('peopleBy', { what: say(by) }),
      summary(rows.length, table),
      people(),
      groups(rows, label),
      number,
      say('noDataYet'),
    );
  return h(
    'section',
    { class: 'dashboard-charts', 'aria-labelledby': 'dash-charts-heading' },
    h('h2', { id: 'dash-charts-heading' }, say('charts')),
    h(
      'div',
      { class: 'chart-grid' },
      peopleChart('byPercorso', v.percorsi, 'tablePercorsi'),
      peopleChart('byZone', v.zones, 'tableZone'),
      peopleChart('bySector', v.sectors, 'tableSettori', sectorName),
      barChart(
        say('labActivity'),
        summary(v.labs.length, 'tableLaboratori'),
        [
          { name: say('cards'), className: 'series-cards' },
          { name: say('links'), className: 'series-links' },
          { name: say('votes'), className: 'series-votes' },
        ],
        v.labs.map((l) => ({ label: l.title, values: [l.cards, l.links, l.votes] })),
        number,
        say('noDataYet'),
      ),
    ),
  );
}

function tablesOf(v: DashboardView): Table[] {
  const group = (rows: GroupRow[], label: (name: string) => string = (n) => n): Cell[][] =>
    rows.map((r) => [label(r.name), r.editions, r.enrolled, r.present, r.reachedThreshold, r.hoursDelivered]);
  const groupHeader: DashboardWord[] = ['name', 'editions', 'enrolled', 'present', 'reached', 'hours'];
  return [
    {
      name: 'edizioni',
      word: 'tableEdizioni',
      header: ['edizione', 'percorso', 'sede', 'zone', 'status', 'incontri', 'hours', 'enrolled', 'present', 'reached'],
      rows: v.editions.map((e) => [
        e.edizione,
        e.percorso,
        e.sede,
        e.zone,
        say(e.status),
        e.incontriHeld,
        e.hoursDelivered,
        e.enrolled,
        e.present,
        e.reachedThreshold,
      ]),
    },
    { name: 'percorsi', word: 'tablePercorsi', header: groupHeader, rows: group(v.percorsi) },
    { name: 'zone', word: 'tableZone', header: groupHeader, rows: group(v.zones) },
    { name: 'settori', word: 'tableSettori', header: groupHeader, rows: group(v.sectors, sectorName) },
    { name: 'organizzazioni', word: 'tableOrganizzazioni', header: groupHeader, rows: group(v.organisations) },
    {
      name: 'laboratori',
      word: 'tableLaboratori',
      header: ['name', 'edizione', 'sede', 'enrolled', 'present', 'cards', 'links', 'votes'],
      rows: v.labs.map((l) => [l.title, l.edizione, l.sede, l.enrolled, l.present, l.cards, l.links, l.votes]),
    },
  ];
}
