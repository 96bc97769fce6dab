import { failure } from '../app/failure';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { confirmation, opener, Slot } from './slot';
import { say } from './text';
import type { Adherent, LabSummary } from './types';

/**
 * A lab's adesioni: who is enrolled or walked in, and, for who runs the lab, erasure of a person after an in-page
 * confirmation (their name becomes "Partecipante N" everywhere; contributions and attendance stay).
 */
export function adesioniPanel(ctx: WorkspaceContext, lab: LabSummary, runs: boolean): HTMLElement {
  const panel = h('section', { class: 'ws-adesioni', 'aria-label': say('adesioniOf', { title: lab.title }) });
  const list = h('ul', { class: 'ws-adesioni-list' });
  const status = h('p', { class: 'ws-meta', role: 'status', 'aria-live': 'polite' });
  const load = async (): Promise<void> => {
    try {
      render(await ctx.api.adesioni(lab.id));
      panel.removeAttribute('aria-busy');
    } catch (error) {
      ctx.app.error(failure(error));
    }
  };
  const render = (people: Adherent[]): void => {
    list.replaceChildren(...people.filter((p) => !p.mergedInto).map((person) => row(person)));
    if (people.length === 0) list.replaceChildren(h('li', {}, say('noAdesioni')));
  };
  const row = (person: Adherent): HTMLLIElement => {
    const slot = new Slot();
    const name = { name: person.displayName };
    const details = [person.organisation, person.kind === 'non_aderente' ? say('walkIn') : '', person.email ?? '']
      .filter((x) => x.length > 0)
      .join(' · ');
    const tools =
      runs && !person.erased
        ? opener(slot, say('erase'), say('eraseOf', name), () => confirmErase(person, slot), 'small danger')
        : null;
    return h(
      'li',
      { class: 'ws-adesione', 'data-adherent-id': person.id },
      h(
        'div',
        { class: 'ws-lab-head' },
        h('span', { class: 'ws-adesione-name' }, person.displayName),
        person.erased ? h('span', { class: 'ws-badge' }, say('erased')) : null,
        tools,
      ),
      details ? h('p', { class: 'ws-meta' }, details) : null,
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
  panel.setAttribute('aria-busy', 'true');
  panel.append(h('h3', {}, say('adesioniOf', { title: lab.title })), status, list);
  void load();
  return panel;
}
