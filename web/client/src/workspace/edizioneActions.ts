import { openActionItem } from '../actions/openActions';
import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { appLink } from './labItem';
import { say } from './text';

/**
 * "Azioni aperte" of an edizione: the actions of all its labs that are overdue or due soon and not done, overdue
 * first, each under the lab that took it on (a link to that lab's cohesion and actions screen). The server decides
 * who may read it and which labs each one sees.
 */
export function edizioneActionsPanel(ctx: WorkspaceContext, edizioneId: string, name: string): HTMLElement {
  const headingId = `ws-due-${edizioneId}`;
  const body = h('div', { 'aria-busy': 'true' }, say('loading'));
  const panel = h(
    'section',
    { class: 'ws-open-actions', 'aria-labelledby': headingId, 'data-edizione-id': edizioneId },
    h('h3', { id: headingId }, say('dueActionsOf', { title: name })),
    body,
  );
  void ctx.api.dueActions(edizioneId).then(
    (plan) => {
      body.removeAttribute('aria-busy');
      body.replaceChildren(
        plan.actions.length === 0
          ? h('p', { class: 'ws-meta' }, say('noDueActions'))
          : h(
              'ul',
              { class: 'open-actions-list' },
              ...plan.actions.map(({ labId, labTitle, action }) => {
                const item = openActionItem(
                  action,
                  appLink(
                    ctx,
                    `/lab/${encodeURIComponent(labId)}/coesione`,
                    labTitle,
                    say('cohesionOf', { title: labTitle }),
                    'open-action-lab',
                  ),
                );
                item.dataset['labId'] = labId;
                return item;
              }),
            ),
      );
    },
    (error: unknown) => {
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, localize(failure(error))));
    },
  );
  return panel;
}
