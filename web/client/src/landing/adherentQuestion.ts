import { ApiError } from '../api/rest';
import { h } from '../ui/dom';

/** The person a join with the lab's code found in the adesioni (`409 adherent_match`, docs/protocol.md). */
export interface AdherentFound {
  adherentId: string;
  displayName: string;
  organisation: string;
}

/** The person an `adherent_match` refusal names, or null for any other failure. */
export function adherentFound(error: unknown): AdherentFound | null {
  if (!(error instanceof ApiError) || error.code !== 'adherent_match') return null;
  const { adherentId, displayName, organisation } = error.details;
  if (typeof adherentId !== 'string' || typeof displayName !== 'string') return null;
  return { adherentId, displayName, organisation: typeof organisation === 'string' ? organisation : '' };
}

/** "Mario Rossi — Comune di Lecco", or the name alone when no organisation was given. */
export function whoFound(found: AdherentFound): string {
  return found.organisation ? `${found.displayName} — ${found.organisation}` : found.displayName;
}

/**
 * "Sei tu? Mario Rossi — Comune di Lecco" with Sì / No, non sono io, in the join form where the person is looking:
 * yes joins as that person (the same one on every device and at every incontro), no as someone new (a walk-in).
 */
export function adherentQuestion(found: AdherentFound, answer: (itIsMe: boolean) => void): HTMLElement {
  const yes = h('button', { type: 'button', class: 'primary', i18n: 'adherentYes', onclick: () => answer(true) });
  const question = h(
    'div',
    { class: 'adherent-question', role: 'group', 'aria-labelledby': 'adherent-question-text' },
    h(
      'p',
      { id: 'adherent-question-text' },
      h('span', { i18n: 'adherentQuestion' }),
      ' ',
      h('strong', { class: 'adherent-found' }, whoFound(found)),
    ),
    h('p', { class: 'hint', i18n: 'adherentQuestionHint' }),
    h('div', { class: 'row' }, yes, h('button', { type: 'button', i18n: 'adherentNo', onclick: () => answer(false) })),
  );
  queueMicrotask(() => yes.focus());
  return question;
}
