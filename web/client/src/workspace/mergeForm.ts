import { ApiError } from '../api/rest';
import { h } from '../ui/dom';
import { sayAdesioni as say } from './adesioniText';
import type { WorkspaceContext } from './context';
import { inlineForm } from './forms';
import { confirmation, type Slot } from './slot';
import type { Adherent, LabSummary } from './types';

/** The people who can take part in a merge: not merged into someone already, not erased. */
export function mergeable(people: readonly Adherent[]): Adherent[] {
  return people.filter((p) => !p.mergedInto && !p.erased);
}

/** How a person is named in the merge's choices: name, organisation, and whether they walked in. */
export function mergeChoice(person: Adherent, walkIn: string): string {
  return [person.displayName, person.organisation, person.kind === 'non_aderente' ? walkIn : '']
    .filter((part) => part.length > 0)
    .join(' — ');
}

/**
 * Two identities of one person made one (staff who run the lab): choose who to keep and who to merge, then confirm in
 * the page. The log is not rewritten — the merged identity's cards, votes and comments stay — and from then on the
 * register and hours count both as the kept person (docs/attendance.md, "Identity").
 */
export function mergeForm(
  ctx: WorkspaceContext,
  lab: LabSummary,
  people: readonly Adherent[],
  walkIn: string,
  slot: Slot,
  done: (said: string) => Promise<void>,
): HTMLElement {
  const choices = mergeable(people);
  if (choices.length < 2) return h('p', { class: 'ws-meta', role: 'status' }, say('mergeTooFew'));
  const options = choices.map((p) => [p.id, mergeChoice(p, walkIn)] as const);
  // A walk-in is most often the duplicate of someone listed: offered as the one to merge, the listed one as kept.
  const merged = choices.find((p) => p.kind === 'non_aderente') ?? choices[1];
  const kept = choices.find((p) => p.id !== merged?.id) ?? choices[0];
  return inlineForm({
    heading: say('mergeOf', { title: lab.title }),
    intro: [h('p', { class: 'ws-meta' }, say('mergeHint'))],
    fields: [
      { name: 'kept', label: say('kept'), kind: 'select', value: kept?.id, options },
      { name: 'merged', label: say('mergedAway'), kind: 'select', value: merged?.id, options },
    ],
    submit: say('mergeNext'),
    cancel: say('cancel'),
    onCancel: () => slot.close(),
    onSubmit: async (values) => {
      const keep = choices.find((p) => p.id === values['kept']);
      const away = choices.find((p) => p.id === values['merged']);
      if (!keep || !away || keep.id === away.id) {
        throw new ApiError(400, 'merge_invalid', { message: say('mergeSame'), messageEn: say('mergeSame') });
      }
      const names = { kept: mergeChoice(keep, walkIn), merged: mergeChoice(away, walkIn) };
      const ask = confirmation(slot, {
        label: say('mergeLabel', names),
        question: say('confirmMerge', names),
        yes: say('confirmMergeYes'),
        no: say('cancel'),
        className: 'small primary',
        act: async () => {
          await ctx.api.merge(lab.id, keep.id, away.id);
          slot.close();
          await done(say('mergedNow', names));
        },
      });
      slot.element.replaceChildren(ask);
      ask.querySelector('button')?.focus();
    },
  });
}
