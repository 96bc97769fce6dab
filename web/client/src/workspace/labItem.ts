import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { saveFile } from './download';
import { day, incontroFields, incontroRequest, labFields, labRequest, modeName } from './editors';
import { inlineForm } from './forms';
import { opener, Slot } from './slot';
import { say } from './text';
import { adesioniPanel } from './adesioniPanel';
import { registerPanel } from './registerPanel';
import type { Incontro, LabSummary } from './types';

/** A link inside the app: a real link (open in a new tab works) that moves within the page when simply clicked. */
export function appLink(
  ctx: WorkspaceContext,
  path: string,
  text: string,
  label: string,
  className = '',
): HTMLAnchorElement {
  return h(
    'a',
    {
      href: path,
      class: className || null,
      'aria-label': label !== text ? label : null,
      onclick: (event) => {
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button === 1) return;
        event.preventDefault();
        ctx.app.navigate(path);
      },
    },
    text,
  );
}

/**
 * One lab in the workspace: where to open it (room, projector, replay, cohesion, synthesis export) and, for who runs
 * it, edit, close or reopen, and its incontri.
 */
export function labItem(ctx: WorkspaceContext, lab: LabSummary, defaultSede = ''): HTMLLIElement {
  const base = `/lab/${encodeURIComponent(lab.id)}`;
  const runs = lab.role === 'facilitator' || lab.role === 'admin';
  const slot = new Slot();
  const t = { title: lab.title };

  const actions = h(
    'div',
    { class: 'ws-actions' },
    h(
      'button',
      {
        type: 'button',
        class: 'small primary',
        'aria-label': say('openLab', t),
        onclick: () => ctx.app.navigate(base),
      },
      say('open'),
    ),
    appLink(ctx, `${base}/proiezione`, say('projector'), say('projectorOf', t)),
    appLink(ctx, `${base}/replay`, say('replay'), say('replayOf', t), 'ws-replay'),
    appLink(ctx, `${base}/coesione`, say('cohesion'), say('cohesionOf', t)),
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': say('exportSynthesisOf', t),
        onclick: () => void exportSynthesis(ctx, lab),
      },
      say('exportSynthesis'),
    ),
  );
  if (runs) {
    actions.append(
      opener(slot, say('edit'), say('editOf', t), () => labEditor(ctx, lab, slot)),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'aria-label': say(lab.closed ? 'reopenLabOf' : 'closeLabOf', t),
          onclick: () => void setClosed(ctx, lab, !lab.closed),
        },
        say(lab.closed ? 'reopenLab' : 'closeLab'),
      ),
    );
  }
  actions.append(opener(slot, say('incontri'), say('incontriOf', t), () => incontriPanel(ctx, lab, runs, defaultSede)));
  actions.append(opener(slot, say('adesioni'), say('adesioniOf', t), () => adesioniPanel(ctx, lab, runs)));

  return h(
    'li',
    { class: 'ws-lab', 'data-lab-id': lab.id },
    h(
      'div',
      { class: 'ws-lab-head' },
      h('span', { class: 'ws-lab-title' }, lab.title),
      lab.closed ? h('span', { class: 'ws-badge' }, say('closed')) : null,
      runs ? null : h('span', { class: 'ws-badge' }, say('watch')),
    ),
    h('p', { class: 'ws-meta' }, say('labMeta', { theme: lab.theme || '—', enrolled: lab.enrolled })),
    actions,
    slot.element,
  );
}

async function exportSynthesis(ctx: WorkspaceContext, lab: LabSummary): Promise<void> {
  try {
    saveFile(
      await ctx.api.file(
        `/api/labs/${encodeURIComponent(lab.id)}/export/synthesis?format=csv`,
        `sintesi-${lab.id}.csv`,
      ),
    );
  } catch (error) {
    ctx.app.error(failure(error));
  }
}

async function setClosed(ctx: WorkspaceContext, lab: LabSummary, closed: boolean): Promise<void> {
  try {
    await ctx.api.closeLab(lab.id, closed);
    await ctx.reload(say(closed ? 'labClosedNow' : 'labReopened', { title: lab.title }));
  } catch (error) {
    ctx.app.error(failure(error));
  }
}

/** Title, theme, mandate and the edizione the lab belongs to (the mandate is read from the lab itself). */
function labEditor(ctx: WorkspaceContext, lab: LabSummary, slot: Slot): HTMLElement {
  const holder = h('div', { 'aria-busy': 'true' }, say('loading'));
  void ctx.api.lab(lab.id).then(
    (full) => {
      const edizioni = ctx
        .workspace()
        .programmes.filter((p) => p.canManage || p.edizioni.some((e) => e.id === lab.edizioneId))
        .flatMap((p) =>
          p.edizioni
            .filter((e) => !e.archived)
            .map((e) => {
              const percorso = p.percorsi.find((x) => x.id === e.percorsoId);
              return [e.id, `${p.programme.title} › ${percorso?.title ?? ''} › ${e.title}`] as [string, string];
            }),
        );
      const fields = labFields({ title: full.title, theme: full.theme, mandate: full.mandate ?? '' });
      fields.push({
        name: 'edizioneId',
        label: say('labEdizioneSelect'),
        kind: 'select',
        options: [['', say('noEdizione')], ...edizioni],
        value: lab.edizioneId ?? '',
      });
      holder.removeAttribute('aria-busy');
      holder.replaceChildren(
        inlineForm({
          heading: say('editOf', { title: lab.title }),
          fields,
          submit: say('save'),
          cancel: say('cancel'),
          onCancel: () => slot.close(),
          onSubmit: async (values) => {
            const saved = await ctx.api.updateLab(lab.id, labRequest(values));
            const edizioneId = values['edizioneId'] || null;
            if (edizioneId !== (lab.edizioneId ?? null)) await ctx.api.placeLab(lab.id, edizioneId);
            await ctx.reload(say('saved', { title: saved.title }));
          },
        }),
      );
      holder.querySelector<HTMLElement>('input')?.focus();
    },
    (error: unknown) => {
      holder.removeAttribute('aria-busy');
      holder.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, localize(failure(error))));
    },
  );
  return holder;
}

function incontriPanel(ctx: WorkspaceContext, lab: LabSummary, runs: boolean, defaultSede: string): HTMLElement {
  const panel = h('section', { class: 'ws-incontri', 'aria-label': say('incontriOf', { title: lab.title }) });
  const sedi = ctx.workspace().sedi;
  const list = h('ul', { class: 'ws-incontri-list' });
  const formSlot = new Slot();
  const render = (incontri: Incontro[]): void => {
    list.replaceChildren(
      ...incontri.map((i) => {
        const itemSlot = new Slot();
        const when = `${day(i.date)} ${i.start.slice(0, 5)}–${i.end.slice(0, 5)}`;
        return h(
          'li',
          {},
          h(
            'span',
            {},
            `${when} · ${modeName(i.mode)} · ${sedi.find((s) => s.id === i.sedeId)?.name ?? '—'} · ${i.plannedHours} h`,
          ),
          opener(itemSlot, say('register'), say('registerOf', { when }), () =>
            registerPanel(ctx, i, runs || lab.role === 'tutor'),
          ),
          runs ? opener(itemSlot, say('edit'), say('editOf', { title: when }), () => incontroForm(i, itemSlot)) : null,
          runs
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'small danger',
                  'aria-label': say('removeOf', { title: when }),
                  onclick: () => void remove(i),
                },
                say('remove'),
              )
            : null,
          itemSlot.element,
        );
      }),
    );
    if (incontri.length === 0) list.replaceChildren(h('li', {}, say('noIncontri')));
  };
  const load = async (): Promise<void> => {
    try {
      render(await ctx.api.incontri(lab.id));
    } catch (error) {
      list.replaceChildren(h('li', { class: 'form-error', role: 'alert' }, localize(failure(error))));
    }
  };
  const remove = async (i: Incontro): Promise<void> => {
    try {
      await ctx.api.deleteIncontro(lab.id, i.id);
      ctx.announce(say('removed', { title: day(i.date) }));
      await load();
    } catch (error) {
      ctx.app.error(failure(error));
    }
  };
  const incontroForm = (existing: Incontro | undefined, slot: Slot): HTMLElement =>
    inlineForm({
      heading: existing ? say('editOf', { title: day(existing.date) }) : say('newIncontro'),
      fields: incontroFields(sedi, defaultSede, existing),
      submit: existing ? say('save') : say('create'),
      cancel: say('cancel'),
      onCancel: () => slot.close(),
      onSubmit: async (values) => {
        const saved = await ctx.api.saveIncontro(lab.id, existing?.id ?? null, incontroRequest(values));
        slot.close();
        ctx.announce(say('saved', { title: day(saved.date) }));
        await load();
      },
    });
  panel.append(h('h3', {}, say('incontriOf', { title: lab.title })), list);
  if (runs)
    panel.append(
      opener(formSlot, say('newIncontro'), say('newIncontro'), () => incontroForm(undefined, formSlot)),
      formSlot.element,
    );
  void load();
  return panel;
}
