import './workspace.css';
import type { AppContext, Screen } from '../app/context';
import { showInAddress } from '../app/addressFilter';
import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { day, labFields, labRequest, modeName, programmeFields, programmeRequest } from './editors';
import { filterFromAddress, filterWorkspace, type WorkspaceFilter } from './filter';
import { FilterBar } from './filterBar';
import { inlineForm } from './forms';
import { labItem } from './labItem';
import { opener, Slot } from './slot';
import { roleWord } from './staffAssignments';
import { staffApi } from './staffApi';
import { programmeSection } from './structureView';
import { say } from './text';
import type { Workspace } from './types';

/**
 * "Area di lavoro" (`/staff`): where staff land after signing in. Today's incontri first, then the search and filters,
 * then programmes → percorsi → edizioni → labs as far as the caller may see them, and the labs that stand alone.
 * Managers create, edit, archive and delete from here; everyone opens a lab, its projector, replay, cohesion and exports.
 */
export function workspaceScreen(app: AppContext): Screen {
  const session = app.tokens.staff();
  const element = h('div', { class: 'workspace' });
  if (!session) return { element, relocalize: () => undefined, dispose: () => undefined };
  const api = staffApi(session.token);
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const count = h('p', { class: 'ws-count', 'aria-live': 'polite' });
  const results = h('div', { class: 'ws-results' });
  let data: Workspace | null = null;
  // The filter lives in the address, so that a link, a reload or the back button shows the same selection.
  let filter: WorkspaceFilter = filterFromAddress(location.search);
  let disposed = false;
  const filterChanged = (next: WorkspaceFilter, typing: boolean): void => {
    filter = next;
    showInAddress(filter, typing ? 'replace' : 'push');
    renderResults();
  };
  let bar = new FilterBar(filterChanged, filter);

  const ctx: WorkspaceContext = {
    app,
    api,
    workspace: () => data ?? { programmes: [], standaloneLabs: [], today: [], sedi: [], date: '' },
    reload: async (said) => {
      await load();
      if (said) ctx.announce(said);
    },
    announce: (text) => {
      live.textContent = '';
      // A fresh text node, so that the same words said twice are read twice.
      queueMicrotask(() => {
        live.textContent = text;
      });
    },
  };

  function header(): HTMLElement {
    const signOut = h(
      'button',
      {
        type: 'button',
        class: 'small',
        onclick: () => {
          app.tokens.forgetStaff();
          app.navigate('/');
        },
      },
      say('signOut'),
    );
    return h(
      'header',
      { class: 'ws-header' },
      h('h1', {}, say('heading')),
      h(
        'p',
        { class: 'signed-in' },
        say('signedInAs', { name: session!.displayName, role: roleWord(session!.role) }),
        session!.role === 'admin'
          ? h(
              'a',
              {
                href: '/staff/account',
                class: 'ws-accounts-link',
                onclick: (event) => {
                  event.preventDefault();
                  app.navigate('/staff/account');
                },
              },
              say('accounts'),
            )
          : null,
        signOut,
      ),
    );
  }

  function today(workspace: Workspace): HTMLElement {
    const labs = new Map(
      [...workspace.programmes.flatMap((p) => p.labs), ...workspace.standaloneLabs].map((l) => [l.id, l]),
    );
    const sedi = new Map(workspace.sedi.map((s) => [s.id, s.name]));
    return h(
      'section',
      { class: 'ws-today', 'aria-labelledby': 'ws-today-heading' },
      h('h2', { id: 'ws-today-heading' }, say('today'), ' ', h('span', { class: 'ws-meta' }, day(workspace.date))),
      workspace.today.length === 0
        ? h('p', { class: 'ws-meta' }, say('noToday'))
        : h(
            'ul',
            { class: 'ws-labs' },
            ...workspace.today.map((i) => {
              const lab = labs.get(i.labId);
              const item = lab ? labItem(ctx, lab, i.sedeId) : h('li', {}, i.labId);
              item
                .querySelector('.ws-lab-head')
                ?.prepend(h('span', { class: 'ws-when' }, `${i.start.slice(0, 5)}–${i.end.slice(0, 5)}`));
              item.querySelector('.ws-meta')?.append(` · ${modeName(i.mode)} · ${sedi.get(i.sedeId) ?? '—'}`);
              return item;
            }),
          ),
    );
  }

  function renderResults(): void {
    if (!data) return;
    const view = filterWorkspace(data, filter);
    const edizioni = view.programmes.reduce((n, p) => n + p.percorsi.reduce((m, c) => m + c.edizioni.length, 0), 0);
    const labs =
      view.programmes.reduce(
        (n, p) => n + p.percorsi.reduce((m, c) => m + c.edizioni.reduce((k, e) => k + e.labs.length, 0), 0),
        0,
      ) + view.standaloneLabs.length;
    count.textContent = view.filtered
      ? edizioni + labs === 0
        ? say('nothingFound')
        : say('shown', { n: edizioni, labs })
      : '';
    results.replaceChildren(
      ...view.programmes.map((p) => programmeSection(ctx, p, view.filtered)),
      ...(data.programmes.length === 0 ? [h('p', { class: 'ws-meta' }, say('noProgrammes'))] : []),
      standalone(view.standaloneLabs, view.filtered),
    );
  }

  function standalone(labs: Workspace['standaloneLabs'], filtered: boolean): HTMLElement {
    const role = session!.role;
    const section = h(
      'section',
      { class: 'ws-standalone', 'aria-labelledby': 'ws-standalone-heading' },
      h('h2', { id: 'ws-standalone-heading' }, say('standalone')),
      h('p', { class: 'ws-meta' }, say('standaloneNote')),
      labs.length > 0
        ? h('ul', { class: 'ws-labs' }, ...labs.map((lab) => labItem(ctx, lab)))
        : h('p', { class: 'ws-meta' }, say('noLabs')),
    );
    if (!filtered && (role === 'facilitator' || role === 'admin')) {
      // Open from the start: a facilitator who signs in is usually about to run a lab.
      section.append(
        inlineForm({
          heading: say('newLab'),
          fields: labFields(undefined, true),
          submit: say('create'),
          className: 'ws-new-lab',
          onSubmit: async (v) => {
            const lab = await api.createLab(null, labRequest(v));
            app.navigate(`/lab/${encodeURIComponent(lab.id)}`);
            app.status('labCreated', { title: lab.title });
          },
        }),
      );
    }
    return section;
  }

  function render(): void {
    if (!data) {
      element.replaceChildren(header(), h('p', { 'aria-busy': 'true' }, say('loading')));
      return;
    }
    const tools = h('div', { class: 'ws-actions' });
    const slot = new Slot();
    if (session!.role === 'admin' || session!.role === 'coordinator') {
      tools.append(
        opener(
          slot,
          say('newProgramme'),
          say('newProgramme'),
          () =>
            inlineForm({
              heading: say('newProgramme'),
              fields: programmeFields(),
              submit: say('create'),
              cancel: say('cancel'),
              onCancel: () => slot.close(),
              onSubmit: async (v) =>
                ctx.reload(say('saved', { title: (await api.createProgramme(programmeRequest(v))).title })),
            }),
          'primary',
        ),
      );
    }
    bar.setWorkspace(data);
    element.replaceChildren(
      header(),
      live,
      today(data),
      bar.element,
      h(
        'section',
        { class: 'ws-programmes', 'aria-labelledby': 'ws-programmes-heading' },
        h('h2', { id: 'ws-programmes-heading', class: 'visually-hidden' }, say('programmes')),
        tools,
        slot.element,
        count,
        results,
      ),
    );
    renderResults();
  }

  async function load(): Promise<void> {
    try {
      const next = await api.workspace();
      if (disposed) return;
      data = next;
      render();
    } catch (error) {
      if (disposed) return;
      app.error(failure(error));
      if (!data) element.replaceChildren(header(), h('p', { role: 'alert' }, localize(failure(error))));
    }
  }

  render();
  void load();
  return {
    element,
    relocalize: () => {
      bar = new FilterBar(filterChanged, filter);
      render();
    },
    dispose: () => {
      disposed = true;
    },
  };
}
