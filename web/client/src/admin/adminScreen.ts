import '../workspace/workspace.css';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import type { StaffRole } from '../auth/tokens';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import { inlineForm } from '../workspace/forms';
import { confirmation, opener, Slot } from '../workspace/slot';
import { staffApi } from '../workspace/staffApi';
import { say, type AdminWord } from './text';
import type { StaffAccount, StaffInvite } from './types';

const roles: readonly (readonly [StaffRole, AdminWord])[] = [
  ['facilitator', 'roleFacilitator'],
  ['tutor', 'roleTutor'],
  ['trainer', 'roleTrainer'],
  ['coordinator', 'roleCoordinator'],
  ['admin', 'roleAdmin'],
];

const roleWord = (role: string): string => {
  const found = roles.find(([id]) => id === role);
  return found ? say(found[1]) : role;
};

/**
 * "Account dello staff" (`/staff/account`, admins): invite someone (the one-time link is shown to hand over), give a
 * new password link, disable or enable, delete. What each person may open follows from their assignments in programmes.
 */
export function adminScreen(app: AppContext): Screen {
  const session = app.tokens.staff();
  const element = h('div', { class: 'workspace admin' });
  if (!session) return { element, relocalize: () => undefined, dispose: () => undefined };
  const api = staffApi(session.token);
  const live = h('p', { class: 'visually-hidden', role: 'status' });
  const linkSlot = h('div', { class: 'admin-link-slot' });
  const list = h('div', { class: 'admin-accounts' }, h('p', { 'aria-busy': 'true' }, say('loading')));
  let accounts: StaffAccount[] | null = null;
  let lastInvite: StaffInvite | null = null;
  let disposed = false;

  function showLink(invite: StaffInvite): void {
    lastInvite = invite;
    const absolute = new URL(invite.link, location.origin).toString();
    const field = h('input', { id: 'admin-link', readonly: true, value: absolute });
    const copy = h(
      'button',
      {
        type: 'button',
        class: 'small',
        onclick: () => {
          field.select();
          void navigator.clipboard?.writeText(absolute).then(
            () => {
              live.textContent = say('copied');
            },
            () => undefined,
          );
        },
      },
      say('copy'),
    );
    linkSlot.replaceChildren(
      h(
        'section',
        { class: 'admin-link', 'aria-labelledby': 'admin-link-heading' },
        h('h2', { id: 'admin-link-heading' }, say('linkFor', { name: invite.account.displayName })),
        h(
          'div',
          { class: 'field' },
          h(
            'label',
            { for: 'admin-link' },
            say('link', { date: new Date(invite.expiresAt).toLocaleDateString('it-IT') }),
          ),
          field,
        ),
        h('p', { class: 'ws-meta' }, say('linkHint')),
        copy,
      ),
    );
    field.focus();
    field.select();
  }

  async function act(name: string, action: () => Promise<void>): Promise<void> {
    app.error(null);
    try {
      await action();
      live.textContent = say('done', { name });
      await loadAccounts();
    } catch (error) {
      app.error(failure(error));
    }
  }

  function row(account: StaffAccount): HTMLElement {
    const slot = new Slot();
    const n = { name: account.displayName };
    const state = [
      account.disabled ? say('disabled') : say('active'),
      account.locked ? say('locked') : '',
      account.passwordSet ? '' : say('noPassword'),
    ]
      .filter(Boolean)
      .join(' · ');
    const mine = account.id === session!.userId;
    return h(
      'li',
      { class: 'admin-account', 'data-account-id': account.id },
      h(
        'div',
        { class: 'ws-lab-head' },
        h('span', { class: 'ws-lab-title' }, account.displayName),
        h('span', { class: 'ws-badge' }, roleWord(account.role)),
      ),
      h('p', { class: 'ws-meta' }, `${account.userName} · ${state}`),
      h(
        'div',
        { class: 'ws-actions' },
        // A new link ends the person's open sessions at once: asked first, like a deletion.
        opener(slot, say('reset'), say('resetOf', n), () =>
          confirmation(slot, {
            label: say('resetOf', n),
            question: say('confirmReset', n),
            yes: say('confirmResetYes'),
            no: say('cancel'),
            act: () => act(account.displayName, async () => showLink(await api.reset(account.id))),
            className: 'small primary',
          }),
        ),
        mine
          ? null
          : h(
              'button',
              {
                type: 'button',
                class: 'small',
                'aria-label': say(account.disabled ? 'enableOf' : 'disableOf', n),
                onclick: () =>
                  void act(account.displayName, async () => {
                    await api.disable(account.id, !account.disabled);
                  }),
              },
              say(account.disabled ? 'enable' : 'disable'),
            ),
        mine
          ? null
          : opener(
              slot,
              say('remove'),
              say('removeOf', n),
              () =>
                confirmation(slot, {
                  label: say('removeOf', n),
                  question: say('confirmRemove', n),
                  yes: say('confirmYes'),
                  no: say('cancel'),
                  act: () => act(account.displayName, () => api.deleteAccount(account.id)),
                }),
              'small danger',
            ),
      ),
      slot.element,
    );
  }

  function renderList(): void {
    if (!accounts) return;
    list.replaceChildren(
      h('h2', { id: 'admin-accounts-heading' }, say('accounts')),
      h('ul', { class: 'ws-labs', 'aria-labelledby': 'admin-accounts-heading' }, ...accounts.map(row)),
    );
  }

  function render(): void {
    const form = inlineForm({
      heading: say('invite'),
      headingLevel: 'h2',
      submit: say('inviteSubmit'),
      className: 'admin-invite',
      intro: [h('p', { class: 'ws-meta' }, say('scopesNote'))],
      fields: [
        {
          name: 'userName',
          label: say('userName'),
          required: true,
          maxLength: 64,
          autocomplete: 'off',
          id: 'invite-user',
        },
        {
          name: 'displayName',
          label: say('displayName'),
          required: true,
          maxLength: 120,
          autocomplete: 'off',
          id: 'invite-name',
        },
        {
          name: 'role',
          label: say('role'),
          kind: 'select',
          options: roles.map(([id, word]) => [id, say(word)] as const),
          value: 'facilitator',
          id: 'invite-role',
        },
      ],
      onSubmit: async (v) => {
        const invite = await api.invite({
          userName: v['userName'] ?? '',
          displayName: v['displayName'] ?? '',
          role: (v['role'] ?? 'facilitator') as StaffRole,
        });
        form.reset();
        showLink(invite);
        await loadAccounts();
      },
    });
    element.replaceChildren(
      h(
        'header',
        { class: 'ws-header' },
        h('h1', {}, say('heading')),
        h(
          'a',
          {
            href: '/staff',
            onclick: (event) => {
              event.preventDefault();
              app.navigate('/staff');
            },
          },
          say('back'),
        ),
      ),
      live,
      form,
      linkSlot,
      list,
    );
    if (lastInvite) showLink(lastInvite);
    renderList();
  }

  async function loadAccounts(): Promise<void> {
    try {
      const next = await api.accounts();
      if (disposed) return;
      accounts = next;
      renderList();
    } catch (error) {
      if (disposed) return;
      list.replaceChildren(h('p', { role: 'alert' }, localize(failure(error))));
    }
  }

  render();
  void loadAccounts();
  return {
    element,
    relocalize: render,
    dispose: () => {
      disposed = true;
    },
  };
}
