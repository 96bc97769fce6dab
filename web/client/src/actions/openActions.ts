import './actions.css';
import { say, type Word } from '../cohesion/text';
import { h } from '../ui/dom';
import type { ActionPlan, PlannedAction } from './types';

/** The open actions (not done), overdue first, then due soon, then by deadline (none last). */
export function openActions(plan: ActionPlan): PlannedAction[] {
  const rank = (a: PlannedAction): number => (a.overdue ? 0 : a.dueSoon ? 1 : 2);
  return plan.actions
    .filter((a) => a.status !== 'fatto')
    .sort((a, b) => rank(a) - rank(b) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
}

function italianDate(date: string | null): string {
  if (!date) return say('none');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * One open action: its text, the overdue or due-soon mark in words (not colour alone), status, deadline, owners and
 * what it answers; `lab`, when the list spans labs, goes first.
 */
export function openActionItem(a: PlannedAction, lab?: HTMLElement): HTMLLIElement {
  return h(
    'li',
    { class: `open-action${a.overdue ? ' overdue' : a.dueSoon ? ' due-soon' : ''}`, 'data-card-id': a.cardId },
    lab ?? null,
    h('span', { class: 'open-action-text' }, a.text),
    a.overdue
      ? h('strong', { class: 'open-action-flag' }, say('overdue'))
      : a.dueSoon
        ? h('strong', { class: 'open-action-flag' }, say('dueSoon'))
        : null,
    h(
      'span',
      { class: 'open-action-meta' },
      `${say(`status_${a.status}` as Word)} · ${say('deadline')}: ${italianDate(a.deadline)} · ${say('owners')}: ${[...a.people, ...a.enti].join(', ') || say('none')}`,
    ),
    a.needs.length + a.resources.length > 0
      ? h('span', { class: 'open-action-meta' }, `${say('answers')}: ${[...a.needs, ...a.resources].join('; ')}`)
      : null,
  );
}

/** "Azioni aperte": what the lab took on and has not done yet. A mount function, so any screen can show it in one call. */
export function mountOpenActions(container: HTMLElement, plan: ActionPlan): void {
  const open = openActions(plan);
  const list =
    open.length === 0
      ? h('p', {}, say('noOpenActions'))
      : h('ul', { class: 'open-actions-list' }, ...open.map((a) => openActionItem(a)));
  container.replaceChildren(h('h2', { id: 'open-actions-heading' }, say('openActions')), list);
  container.setAttribute('aria-labelledby', 'open-actions-heading');
}
