import { failure } from '../app/failure';
import { language, t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { inlineForm, type FieldSpec } from './forms';
import { confirmation, opener, Slot } from './slot';
import { say } from './text';
import type { Ente, EnteRequest, EnteType } from './types';

const sectors: readonly (readonly [string, StringKey])[] = [
  ['ente_pubblico', 'sectorEntePubblico'],
  ['terzo_settore', 'sectorTerzoSettore'],
  ['cittadino', 'sectorCittadino'],
  ['altro', 'sectorAltro'],
];

/** A sector's name in the chosen language. */
export function sectorName(sector: string): string {
  const key = sectors.find(([id]) => id === sector)?.[1];
  return key ? t(key) : sector;
}

/**
 * The register of enti of a programme: its staff read it (canonical name, type, sector); its managers add, rename,
 * change type or sector, and remove after an in-page confirmation. What the server refuses (a name already in the
 * register, an empty one) is said in the form that sent it.
 */
export function entiPanel(ctx: WorkspaceContext, programmeId: string, title: string, manages: boolean): HTMLElement {
  const panel = h('section', { class: 'ws-enti', 'aria-label': say('entiOf', { title }) });
  const list = h('ul', { class: 'ws-enti-list' });
  const status = h('p', { class: 'ws-meta', role: 'status', 'aria-live': 'polite' });
  const addSlot = new Slot();
  let types: EnteType[] = [];
  const load = async (): Promise<void> => {
    try {
      const [enti, kinds] = await Promise.all([ctx.api.enti(programmeId), types.length ? types : ctx.api.enteTypes()]);
      types = kinds;
      render(enti);
      // The form offers the types: it opens once they are here.
      if (add) add.hidden = false;
      panel.removeAttribute('aria-busy');
    } catch (error) {
      ctx.app.error(failure(error));
    }
  };
  const typeName = (e: Ente): string => (language() === 'en' ? e.typeNameEn : e.typeName);
  const fields = (e?: Ente): FieldSpec[] => [
    { name: 'name', label: say('enteName'), required: true, maxLength: 120, value: e?.name, autocomplete: 'off' },
    {
      name: 'type',
      label: say('enteType'),
      kind: 'select',
      value: e?.type ?? types[0]?.id,
      options: types.map((k) => [k.id, language() === 'en' ? k.nameEn : k.name] as const),
    },
    {
      name: 'sector',
      label: say('enteSector'),
      kind: 'select',
      // Left as the type's unless someone says otherwise (a foundation that counts as public, say).
      value: e && e.sector !== types.find((k) => k.id === e.type)?.sector ? e.sector : '',
      options: [['', say('enteSectorOfType')] as const, ...sectors.map(([id, key]) => [id, t(key)] as const)],
    },
  ];
  const request = (v: Record<string, string>): EnteRequest => ({
    name: v['name'] ?? '',
    type: v['type'] ?? '',
    sector: v['sector'] || null,
  });
  const render = (enti: Ente[]): void => {
    list.replaceChildren(...enti.map(row));
    if (enti.length === 0) list.replaceChildren(h('li', {}, say('noEnti')));
  };
  const row = (e: Ente): HTMLLIElement => {
    const slot = new Slot();
    const name = { name: e.name };
    const tools = manages
      ? h(
          'div',
          { class: 'ws-actions' },
          opener(slot, say('edit'), say('editEnte', name), () =>
            inlineForm({
              heading: say('editEnte', name),
              fields: fields(e),
              submit: say('save'),
              cancel: say('cancel'),
              onCancel: () => slot.close(),
              onSubmit: async (v) => {
                const saved = await ctx.api.updateEnte(e.id, request(v));
                status.textContent = say('enteSaved', { name: saved.name });
                await load();
              },
            }),
          ),
          opener(
            slot,
            say('removeEnte'),
            say('removeEnteOf', name),
            () =>
              confirmation(slot, {
                label: say('removeEnteOf', name),
                question: say('confirmRemoveEnte', name),
                yes: say('confirmRemoveEnteYes'),
                no: say('cancel'),
                act: async () => {
                  await ctx.api.removeEnte(e.id);
                  status.textContent = say('enteRemoved', name);
                  await load();
                },
              }),
            'small danger',
          ),
        )
      : null;
    return h(
      'li',
      { class: 'ws-ente', 'data-ente-id': e.id },
      h(
        'div',
        { class: 'ws-lab-head' },
        h('span', { class: 'ws-ente-name' }, e.name),
        h('span', { class: 'ws-meta' }, say('enteMeta', { type: typeName(e), sector: sectorName(e.sector) })),
      ),
      tools,
      slot.element,
    );
  };
  panel.setAttribute('aria-busy', 'true');
  const heading = h('h3', {}, say('entiOf', { title }));
  const add = manages
    ? opener(
        addSlot,
        say('newEnte'),
        say('newEnte'),
        () =>
          inlineForm({
            heading: say('newEnte'),
            fields: fields(),
            submit: say('create'),
            cancel: say('cancel'),
            onCancel: () => addSlot.close(),
            onSubmit: async (v) => {
              const added = await ctx.api.addEnte(programmeId, request(v));
              addSlot.close();
              status.textContent = say('enteAdded', { name: added.name });
              await load();
            },
          }),
        'small primary',
      )
    : null;
  if (add) add.hidden = true;
  panel.append(heading, status, ...(add ? [add] : []), addSlot.element, list);
  void load();
  return panel;
}
