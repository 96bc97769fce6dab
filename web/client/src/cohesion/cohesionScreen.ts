import './cohesion.css';
import { ApiError } from '../api/rest';
import { mountOpenActions } from '../actions/openActions';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import { h } from '../ui/dom';
import { cohesionApi, type CohesionApi } from './cohesionApi';
import { networkSvg, sectorColours, sparkline } from './networkSvg';
import { figuresView } from './figuresView';
import { percent, say, sectorName } from './text';
import {
  isStaffView,
  type CohesionNetwork,
  type CohesionReport,
  type CohesionSummary,
  type CohesionView,
} from './types';

/**
 * "Coesione e azioni" (`/lab/{labId}/coesione`): the lab's cohesion measures (docs/cohesion.md), the network of enti
 * and people, trends across incontri and the open actions, with the exports. Staff see everything; participants see
 * the lab's aggregate figures and the open actions only (the server decides what each gets).
 */
export function cohesionScreen(app: AppContext, labId: string): Screen {
  const token = app.tokens.staff()?.token ?? app.tokens.participant(labId)?.token ?? null;
  const body = h('div', { class: 'cohesion-body' });
  const element = h('div', { class: 'cohesion' });
  let data: { view: CohesionView | CohesionSummary; api: CohesionApi } | null = null;
  let actions: HTMLElement | null = null;
  let disposed = false;

  function frame(...content: (Node | null)[]): void {
    element.replaceChildren(
      h(
        'header',
        { class: 'cohesion-header' },
        h('h1', {}, say('heading')),
        h('button', { type: 'button', class: 'back', onclick: () => app.navigate('/') }, say('back')),
      ),
      body,
    );
    body.replaceChildren(...content.filter((c): c is Node => c !== null));
  }

  function render(): void {
    if (!data) {
      frame(h('p', { 'aria-busy': 'true' }, say('loading')));
      return;
    }
    const { view, api } = data;
    actions = h('section', { class: 'open-actions' });
    frame(
      ...(isStaffView(view)
        ? staff(view, api)
        : [summary(view), h('p', { class: 'cohesion-note' }, say('summaryNote'))]),
      actions,
    );
    void api.actions().then(
      (plan) => {
        if (!disposed && actions) mountOpenActions(actions, plan);
      },
      (error: unknown) => app.error(failure(error)),
    );
  }

  async function open(): Promise<void> {
    render();
    if (!token) {
      frame(h('p', { role: 'alert' }, say('forbidden')));
      return;
    }
    const api = cohesionApi(labId, token);
    try {
      const view = await api.cohesion();
      if (disposed) return;
      data = { view, api };
      render();
    } catch (error) {
      if (disposed) return;
      if (error instanceof ApiError && (error.status === 401 || error.status === 403 || error.status === 404))
        frame(h('p', { role: 'alert' }, say('forbidden')));
      else app.error(failure(error));
    }
  }

  void open();
  return {
    element,
    relocalize: render,
    dispose: () => {
      disposed = true;
    },
  };
}

function summary(
  s: CohesionSummary | CohesionReport,
  anonymous?: { interactions: number; contributions: number },
  k?: number,
): HTMLElement {
  return h(
    'section',
    { class: 'cohesion-figures', 'aria-labelledby': 'cohesion-figures-heading' },
    h('h2', { id: 'cohesion-figures-heading' }, say('figures')),
    figuresView(s, anonymous, k),
  );
}

function staff(view: CohesionView, api: CohesionApi): HTMLElement[] {
  const r = view.report;
  return [
    summary(r, { interactions: r.anonymousInteractions, contributions: r.anonymousContributions }, r.continuityK),
    network(view.network),
    meetings(r),
    enti(r),
    exports(api),
  ];
}

function network(net: CohesionNetwork): HTMLElement {
  const labels = new Map(net.nodes.map((n) => [n.id, n.label]));
  // The swatch is coloured through the CSSOM: the page's Content-Security-Policy (style-src 'self') drops style attributes.
  const legend = h(
    'ul',
    { class: 'network-legend' },
    ...Object.entries(sectorColours).map(([sector, colour]) => {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = colour;
      return h('li', {}, swatch, sectorName(sector));
    }),
  );
  const ties = h(
    'table',
    { class: 'network-table' },
    h('caption', {}, say('edgeTable')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, say('from')),
        h('th', { scope: 'col' }, say('to')),
        h('th', { scope: 'col' }, say('weight')),
      ),
    ),
    h(
      'tbody',
      {},
      ...net.edges.map((e) =>
        h(
          'tr',
          {},
          h('td', {}, labels.get(e.source) ?? e.source),
          h('td', {}, labels.get(e.target) ?? e.target),
          h('td', {}, String(e.weight)),
        ),
      ),
    ),
  );
  const enti = net.nodes.filter((n) => n.kind === 'ente').length;
  return h(
    'section',
    { class: 'cohesion-network', 'aria-labelledby': 'cohesion-network-heading' },
    h('h2', { id: 'cohesion-network-heading' }, say('network')),
    net.edges.length === 0 ? h('p', {}, say('networkEmpty')) : null,
    h('p', {}, say('networkSummary', { nodes: net.nodes.length, edges: net.edges.length })),
    legend,
    h(
      'div',
      { class: 'network-pictures' },
      enti > 0
        ? h('figure', {}, networkSvg(net, 'ente', say('networkEnti')), h('figcaption', {}, say('networkEnti')))
        : null,
      h('figure', {}, networkSvg(net, 'person', say('networkPeople')), h('figcaption', {}, say('networkPeople'))),
    ),
    net.edges.length > 0 ? h('details', {}, h('summary', {}, say('edgeTable')), ties) : null,
  );
}

function meetings(r: CohesionReport): HTMLElement {
  const rates = r.meetings.map((m) => m.participationRate);
  const cross = r.meetings.map((m) => m.crossSectorShare);
  return h(
    'section',
    { class: 'cohesion-meetings', 'aria-labelledby': 'cohesion-meetings-heading' },
    h('h2', { id: 'cohesion-meetings-heading' }, say('meetings')),
    h(
      'div',
      { class: 'trend-charts' },
      h('figure', {}, sparkline(rates, say('participation')), h('figcaption', {}, say('participation'))),
      h('figure', {}, sparkline(cross, say('crossSector')), h('figcaption', {}, say('crossSector'))),
    ),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              say('meeting'),
              say('present'),
              say('participation'),
              say('massa'),
              say('interactions'),
              say('crossSector'),
              say('crossEnte'),
            ].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          ...r.meetings.map((m) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, m.title),
              h('td', {}, String(m.present)),
              h('td', {}, percent(m.participationRate)),
              h('td', {}, say('massaValue', { people: m.interactivePeople, enti: m.interactiveEnti })),
              h('td', {}, String(m.interactions)),
              h('td', {}, percent(m.crossSectorShare)),
              h('td', {}, percent(m.crossEnteShare)),
            ),
          ),
        ),
      ),
    ),
  );
}

function enti(r: CohesionReport): HTMLElement {
  return h(
    'section',
    { class: 'cohesion-enti', 'aria-labelledby': 'cohesion-enti-heading' },
    h('h2', { id: 'cohesion-enti-heading' }, say('enti')),
    r.enti.length === 0
      ? h('p', { class: 'cohesion-empty' }, say('noEnti'))
      : h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h('tr', {}, ...[say('ente'), say('index'), say('trend')].map((c) => h('th', { scope: 'col' }, c))),
            ),
            h(
              'tbody',
              {},
              ...r.enti.map((e) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, e.name, h('span', { class: 'ente-sector' }, ` · ${sectorName(e.sector)}`)),
                  h('td', {}, percent(e.communityholderIndex)),
                  h('td', {}, sparkline(e.trend, `${say('trend')}: ${e.trend.map(percent).join(', ')}`)),
                ),
              ),
            ),
          ),
        ),
  );
}

function exports(api: CohesionApi): HTMLElement {
  const download = (path: string, name: string) => async () => {
    const file = await api.file(path, name);
    const url = URL.createObjectURL(file.blob);
    const link = h('a', { href: url, download: file.name });
    link.click();
    URL.revokeObjectURL(url);
  };
  return h(
    'section',
    { class: 'cohesion-exports', 'aria-labelledby': 'cohesion-exports-heading' },
    h('h2', { id: 'cohesion-exports-heading' }, say('exports')),
    h('button', { type: 'button', onclick: download('/cohesion/network?format=csv', 'rete.csv') }, say('edgeCsv')),
    h('button', { type: 'button', onclick: download('/cohesion/network?format=gexf', 'rete.gexf') }, say('gexf')),
    h('button', { type: 'button', onclick: download('/actions?format=md', 'piano-azioni.md') }, say('plan')),
    h('h3', {}, say('documents')),
    h(
      'button',
      {
        type: 'button',
        class: 'export-verbale-docx',
        onclick: download('/documents/verbale?format=docx', 'verbale.docx'),
      },
      say('verbaleDocx'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'export-verbale-pdf',
        onclick: download('/documents/verbale?format=pdf', 'verbale.pdf'),
      },
      say('verbalePdf'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'export-relazione-docx',
        onclick: download('/documents/relazione?format=docx', 'relazione.docx'),
      },
      say('relazioneDocx'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'export-relazione-pdf',
        onclick: download('/documents/relazione?format=pdf', 'relazione.pdf'),
      },
      say('relazionePdf'),
    ),
  );
}
