import { failure } from '../app/failure';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import {
  day,
  edizioneFields,
  edizioneRequest,
  fundName,
  labFields,
  labRequest,
  percorsoFields,
  percorsoRequest,
  programmeFields,
  programmeRequest,
} from './editors';
import type { EdizioneView, PercorsoView, ProgrammeView } from './filter';
import { edizioneActionsPanel } from './edizioneActions';
import { entiPanel } from './entiPanel';
import { inlineForm } from './forms';
import { appLink, labItem } from './labItem';
import { confirmation, opener, Slot } from './slot';
import { staffPanel } from './staffAssignments';
import { say } from './text';
import type { StructureKind } from './types';

// Programmes → percorsi → edizioni → labs, each with what its managers may do to it.

export function programmeSection(ctx: WorkspaceContext, view: ProgrammeView, open: boolean): HTMLElement {
  const { detail } = view;
  const p = detail.programme;
  const slot = new Slot();
  const headingId = `prg-${p.id}`;
  const t = { title: p.title };
  const tools = h(
    'div',
    { class: 'ws-actions' },
    appLink(
      ctx,
      `/staff/cruscotto/${encodeURIComponent(p.id)}`,
      say('dashboard'),
      say('dashboardOf', t),
      'ws-dashboard-link',
    ),
    opener(slot, say('enti'), say('entiOf', t), () => entiPanel(ctx, p.id, p.title, detail.canManage)),
  );
  if (detail.canManage) {
    tools.append(
      opener(slot, say('edit'), say('editOf', t), () =>
        inlineForm({
          heading: say('editOf', t),
          fields: programmeFields(p),
          submit: say('save'),
          cancel: say('cancel'),
          onCancel: () => slot.close(),
          onSubmit: async (v) =>
            ctx.reload(say('saved', { title: (await ctx.api.updateProgramme(p.id, programmeRequest(v))).title })),
        }),
      ),
      ...structureTools(ctx, slot, 'programmes', p.id, p.title, p.archived),
      opener(slot, say('newPercorso'), say('newPercorsoIn', t), () =>
        inlineForm({
          heading: say('newPercorsoIn', t),
          fields: percorsoFields(),
          submit: say('create'),
          cancel: say('cancel'),
          onCancel: () => slot.close(),
          onSubmit: async (v) =>
            ctx.reload(say('saved', { title: (await ctx.api.addPercorso(p.id, percorsoRequest(v))).title })),
        }),
      ),
      opener(slot, say('staff'), say('staff'), () => staffPanel(ctx, detail)),
    );
  }
  return h(
    'section',
    { class: 'ws-programme', 'aria-labelledby': headingId, 'data-programme-id': p.id },
    h('h2', { id: headingId }, p.title, p.archived ? h('span', { class: 'ws-badge' }, say('archivedBadge')) : null),
    h(
      'p',
      { class: 'ws-meta' },
      say('programmeMeta', {
        fund: fundName(p.fund),
        cup: p.cup || '—',
        from: day(p.startDate),
        to: day(p.endDate),
        owner: p.ownerBody || '—',
      }),
    ),
    tools,
    slot.element,
    ...view.percorsi.map((percorso) => percorsoBlock(ctx, view, percorso, open)),
  );
}

function percorsoBlock(
  ctx: WorkspaceContext,
  programme: ProgrammeView,
  view: PercorsoView,
  open: boolean,
): HTMLElement {
  const p = view.percorso;
  const manages = programme.detail.canManage;
  const slot = new Slot();
  const t = { title: p.title };
  const total = programme.detail.edizioni.filter((e) => e.percorsoId === p.id).length;
  const tools = manages
    ? h(
        'div',
        { class: 'ws-actions' },
        opener(slot, say('edit'), say('editOf', t), () =>
          inlineForm({
            heading: say('editOf', t),
            fields: percorsoFields(p),
            submit: say('save'),
            cancel: say('cancel'),
            onCancel: () => slot.close(),
            onSubmit: async (v) =>
              ctx.reload(say('saved', { title: (await ctx.api.updatePercorso(p.id, percorsoRequest(v))).title })),
          }),
        ),
        ...structureTools(ctx, slot, 'percorsi', p.id, p.title, p.archived),
        opener(slot, say('newEdizione'), say('newEdizioneIn', t), () =>
          inlineForm({
            heading: say('newEdizioneIn', t),
            fields: edizioneFields(ctx.workspace().sedi),
            submit: say('create'),
            cancel: say('cancel'),
            onCancel: () => slot.close(),
            onSubmit: async (v) =>
              ctx.reload(say('saved', { title: (await ctx.api.addEdizione(p.id, edizioneRequest(v))).title })),
          }),
        ),
      )
    : null;
  return h(
    'details',
    { class: 'ws-percorso', open: open || total <= 6, 'data-percorso-id': p.id },
    h(
      'summary',
      {},
      h('span', { class: 'ws-percorso-title' }, p.title),
      p.archived ? h('span', { class: 'ws-badge' }, say('archivedBadge')) : null,
      h(
        'span',
        { class: 'ws-meta' },
        ' · ',
        say('percorsoMeta', { n: total, hours: p.plannedHours, threshold: p.certificateThreshold }),
      ),
    ),
    tools,
    slot.element,
    view.edizioni.length > 0
      ? h('ul', { class: 'ws-edizioni' }, ...view.edizioni.map((e) => edizioneItem(ctx, programme, e)))
      : h('p', { class: 'ws-meta' }, say('noEdizioni')),
  );
}

function edizioneItem(ctx: WorkspaceContext, programme: ProgrammeView, view: EdizioneView): HTMLLIElement {
  const e = view.edizione;
  const manages = programme.detail.canManage;
  const percorso = programme.detail.percorsi.find((p) => p.id === e.percorsoId);
  const slot = new Slot();
  const name = `${percorso?.title ?? ''} · ${e.title}`;
  const t = { title: name };
  const tools = h('div', { class: 'ws-actions' });
  if (manages) {
    tools.append(
      opener(slot, say('edit'), say('editOf', t), () =>
        inlineForm({
          heading: say('editOf', t),
          fields: edizioneFields(ctx.workspace().sedi, e),
          submit: say('save'),
          cancel: say('cancel'),
          onCancel: () => slot.close(),
          onSubmit: async (v) =>
            ctx.reload(say('saved', { title: (await ctx.api.updateEdizione(e.id, edizioneRequest(v))).title })),
        }),
      ),
      ...structureTools(ctx, slot, 'edizioni', e.id, name, e.archived),
    );
  }
  // Whoever sees labs of the edizione may read what is due across them (the server says which labs each one sees).
  if (view.labs.length > 0)
    tools.append(opener(slot, say('dueActions'), say('dueActionsOf', t), () => edizioneActionsPanel(ctx, e.id, name)));
  // Facilitators of the edizione may add labs to it too; the server decides, and says why when it refuses.
  if (manages || ctx.app.tokens.staff()?.role === 'facilitator') {
    tools.append(
      opener(slot, say('newLab'), say('newLabIn', t), () =>
        inlineForm({
          heading: say('newLabIn', t),
          fields: labFields(),
          submit: say('create'),
          cancel: say('cancel'),
          onCancel: () => slot.close(),
          onSubmit: async (v) =>
            ctx.reload(say('saved', { title: (await ctx.api.createLab(e.id, labRequest(v))).title })),
        }),
      ),
    );
  }
  return h(
    'li',
    { class: `ws-edizione status-${view.status}`, 'data-edizione-id': e.id },
    h(
      'div',
      { class: 'ws-edizione-head' },
      h('span', { class: 'ws-edizione-title' }, e.title),
      h('span', { class: 'ws-status' }, say(view.status)),
      h(
        'span',
        { class: 'ws-meta' },
        say('edizioneMeta', { sede: view.sede?.name ?? e.sedeId, from: day(e.startDate), to: day(e.endDate) }),
      ),
    ),
    tools.childElementCount > 0 ? tools : null,
    slot.element,
    view.labs.length > 0 ? h('ul', { class: 'ws-labs' }, ...view.labs.map((lab) => labItem(ctx, lab, e.sedeId))) : null,
  );
}

/** Archive or restore, and delete after an in-page confirmation (the server refuses it when a lab has activity). */
function structureTools(
  ctx: WorkspaceContext,
  slot: Slot,
  kind: StructureKind,
  id: string,
  title: string,
  archived: boolean,
): HTMLButtonElement[] {
  const t = { title };
  const archive = h(
    'button',
    {
      type: 'button',
      class: 'small',
      'aria-label': say(archived ? 'restoreOf' : 'archiveOf', t),
      onclick: () =>
        void (async () => {
          try {
            await ctx.api.archive(kind, id, !archived);
            await ctx.reload(say('saved', t));
          } catch (error) {
            ctx.app.error(failure(error));
          }
        })(),
    },
    say(archived ? 'restore' : 'archive'),
  );
  const remove = opener(
    slot,
    say('remove'),
    say('removeOf', t),
    () =>
      confirmation(slot, {
        label: say('removeOf', t),
        question: say('confirmRemove', t),
        yes: say('confirmYes'),
        no: say('cancel'),
        act: async () => {
          await ctx.api.remove(kind, id);
          await ctx.reload(say('removed', t));
        },
      }),
    'small danger',
  );
  return [archive, remove];
}
