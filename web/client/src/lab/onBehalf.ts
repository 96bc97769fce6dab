import { authorizedGet } from '../api/rest';
import type { Card } from '../canvas/types';
import { language, t } from '../i18n/i18n';
import { h } from '../ui/dom';

/** Whom staff may write a card for: the lab's roster and its programme's register of enti (GET /api/labs/{id}/on-behalf). */
export interface OnBehalfChoices {
  people: { memberId: string; displayName: string; organisation: string }[];
  enti: { id: string; name: string; typeName: string; typeNameEn: string }[];
}

/** What a card.add sends in `onBehalfOf`: the server fills in the organisation and sector it counts for. */
export interface OnBehalfTarget {
  kind: 'member' | 'ente';
  id: string;
}

/** The roles that write cards for someone in the room: those who run the lab and tutors. */
export function writesOnBehalf(role: string): boolean {
  return role === 'facilitator' || role === 'admin' || role === 'tutor';
}

export async function loadOnBehalfChoices(
  labId: string,
  token: string,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<OnBehalfChoices> {
  const response = await authorizedGet(
    fetchFn,
    `/api/labs/${encodeURIComponent(labId)}/on-behalf`,
    'application/json',
    token,
  );
  return (await response.json()) as OnBehalfChoices;
}

/** The select's value for a target ("member:p-…", "ente:en-…"; "" for oneself), and back. */
export function targetValue(target: OnBehalfTarget | null): string {
  return target ? `${target.kind}:${target.id}` : '';
}

export function targetOf(value: string): OnBehalfTarget | null {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const id = value.slice(at + 1);
  return at > 0 && id && (kind === 'member' || kind === 'ente') ? { kind, id } : null;
}

/** Fills a "Per conto di" select with oneself, then the people, then the enti; keeps the choice when it is still there. */
export function fillOnBehalf(select: HTMLSelectElement, choices: OnBehalfChoices): void {
  const chosen = select.value;
  const people = h(
    'optgroup',
    { label: t('onBehalfPeople') },
    ...choices.people.map((p) =>
      h(
        'option',
        { value: targetValue({ kind: 'member', id: p.memberId }) },
        p.organisation ? `${p.displayName} (${p.organisation})` : p.displayName,
      ),
    ),
  );
  const enti = h(
    'optgroup',
    { label: t('onBehalfEnti') },
    ...choices.enti.map((e) =>
      h(
        'option',
        { value: targetValue({ kind: 'ente', id: e.id }) },
        `${e.name} (${language() === 'en' ? e.typeNameEn : e.typeName})`,
      ),
    ),
  );
  select.replaceChildren(
    h('option', { value: '' }, t('onBehalfSelf')),
    ...(choices.people.length ? [people] : []),
    ...(choices.enti.length ? [enti] : []),
  );
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '';
}

/** Whom the card was written for, as its meta line says it ("per conto di …"), or null. */
export function onBehalfName(card: Card): string | null {
  const behalf = card.onBehalfOf;
  if (!behalf) return null;
  // Until the server's event comes back, an own card knows only the id it was sent with.
  if (behalf.kind === 'ente') return behalf.organisation || t('onBehalfSomeEnte');
  return behalf.name || t('onBehalfSomeone');
}
