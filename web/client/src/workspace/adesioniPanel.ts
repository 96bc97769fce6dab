import { failure } from '../app/failure';
import { h } from '../ui/dom';
import { importForm } from './adesioniImport';
import { sayAdesioni } from './adesioniText';
import type { WorkspaceContext } from './context';
import { sectorOptions } from './entiPanel';
import { inlineForm } from './forms';
import { mergeForm } from './mergeForm';
import { linkState, personalLinkPanel } from './personalLinkPanel';
import { confirmation, opener, Slot } from './slot';
import { say } from './text';
import type { Adherent, LabSummary } from './types';

/**
 * A lab's adesioni: who is enrolled or walked in, each person's personal link state and the identities merged into
 * them. Who runs the lab also imports a CSV/XLSX list, adds a person by hand, issues and revokes personal links (with
 * the QR code), merges two identities of one person, and erases a person after an in-page confirmation (their name
 * becomes "Partecipante N" everywhere; contributions and attendance stay).
 */
export function adesioniPanel(ctx: WorkspaceContext, lab: LabSummary, runs: boolean): HTMLElement {
  const panel = h('section', { class: 'ws-adesioni', 'aria-label': say('adesioniOf', { title: lab.title }) });
  const list = h('ul', { class: 'ws-adesioni-list' });
  const status = h('p', { class: 'ws-meta', role: 'status', 'aria-live': 'polite' });
  const toolsSlot = new Slot();
  let people: Adherent[] = [];
  const load = async (): Promise<void> => {
    try {
      render(await ctx.api.adesioni(lab.id));
      panel.removeAttribute('aria-busy');
    } catch (error) {
      ctx.app.error(failure(error));
    }
  };
  const render = (all: Adherent[]): void => {
    people = all;
    list.replaceChildren(...all.filter((p) => !p.mergedInto).map((person) => row(person)));
    if (all.length === 0) list.replaceChildren(h('li', {}, say('noAdesioni')));
  };
  const row = (person: Adherent): HTMLLIElement => {
    const slot = new Slot();
    const name = { name: person.displayName };
    const mergedIn = people.filter((p) => p.mergedInto === person.memberId).map((p) => p.displayName);
    const details = [
      person.organisation,
      person.kind === 'non_aderente' ? say('walkIn') : '',
      person.email ?? '',
      mergedIn.length > 0 ? sayAdesioni('mergedWith', { names: mergedIn.join(', ') }) : '',
    ]
      .filter((x) => x.length > 0)
      .join(' · ');
    // The link's state as a badge, present only when there is one (an erased person's is gone with the link).
    const badge = h('span', { class: 'ws-link-state' });
    const showLink = (p: Adherent): void => {
      const text = linkState(p);
      badge.replaceChildren(text === null ? '' : h('span', { class: 'ws-badge' }, text));
    };
    showLink(person);
    const tools =
      runs && !person.erased
        ? h(
            'div',
            { class: 'ws-actions' },
            opener(slot, sayAdesioni('link'), sayAdesioni('linkOf', name), () =>
              personalLinkPanel(ctx, lab, person, slot, (changed, said) => {
                person = changed;
                showLink(changed);
                status.textContent = said;
              }),
            ),
            opener(slot, say('erase'), say('eraseOf', name), () => confirmErase(person, slot), 'small danger'),
          )
        : null;
    return h(
      'li',
      { class: 'ws-adesione', 'data-adherent-id': person.id },
      h(
        'div',
        { class: 'ws-lab-head' },
        h('span', { class: 'ws-adesione-name' }, person.displayName),
        person.erased ? h('span', { class: 'ws-badge' }, say('erased')) : null,
        badge,
      ),
      details ? h('p', { class: 'ws-meta' }, details) : null,
      tools,
      slot.element,
    );
  };
  const confirmErase = (person: Adherent, slot: Slot): HTMLElement => {
    const name = { name: person.displayName };
    return confirmation(slot, {
      label: say('eraseOf', name),
      question: say('confirmErase', name),
      yes: say('confirmEraseYes'),
      no: say('cancel'),
      act: async () => {
        const { pseudonym } = await ctx.api.erase(lab.id, person.id);
        status.textContent = say('erasedNow', { pseudonym });
        await load();
      },
    });
  };
  const reloadSaying = async (said: string): Promise<void> => {
    toolsSlot.close();
    status.textContent = said;
    await load();
  };
  const addForm = (): HTMLElement =>
    inlineForm({
      heading: sayAdesioni('addPersonOf', { title: lab.title }),
      fields: [
        { name: 'displayName', label: sayAdesioni('name'), required: true, maxLength: 120, autocomplete: 'off' },
        { name: 'organisation', label: sayAdesioni('organisation'), maxLength: 120, autocomplete: 'off' },
        { name: 'sector', label: sayAdesioni('sector'), kind: 'select', value: 'altro', options: sectorOptions() },
        { name: 'email', label: sayAdesioni('email'), maxLength: 254, autocomplete: 'off' },
      ],
      submit: sayAdesioni('add'),
      cancel: sayAdesioni('cancel'),
      onCancel: () => toolsSlot.close(),
      onSubmit: async (v) => {
        const added = await ctx.api.addAdherent(lab.id, {
          displayName: v['displayName'] ?? '',
          organisation: v['organisation'] ?? '',
          sector: v['sector'] ?? 'altro',
          email: v['email'] ?? '',
        });
        await reloadSaying(sayAdesioni('added', { name: added.displayName }));
      },
    });
  const tools = runs
    ? h(
        'div',
        { class: 'ws-actions' },
        opener(
          toolsSlot,
          sayAdesioni('importFile'),
          sayAdesioni('importOf', { title: lab.title }),
          () =>
            importForm(
              ctx,
              lab,
              (n, file) => reloadSaying(sayAdesioni('imported', { n, file })),
              () => toolsSlot.close(),
            ),
          'small primary',
        ),
        opener(toolsSlot, sayAdesioni('addPerson'), sayAdesioni('addPersonOf', { title: lab.title }), addForm),
        opener(toolsSlot, sayAdesioni('merge'), sayAdesioni('mergeOf', { title: lab.title }), () =>
          mergeForm(ctx, lab, people, say('walkIn'), toolsSlot, reloadSaying),
        ),
      )
    : null;
  panel.setAttribute('aria-busy', 'true');
  panel.append(
    h('h3', {}, say('adesioniOf', { title: lab.title })),
    status,
    ...(tools ? [tools] : []),
    toolsSlot.element,
    list,
  );
  void load();
  return panel;
}
