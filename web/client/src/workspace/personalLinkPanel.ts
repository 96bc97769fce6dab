import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import { sayAdesioni as say } from './adesioniText';
import type { WorkspaceContext } from './context';
import { saveFile } from './download';
import { confirmation, type Slot } from './slot';
import type { Adherent, LabSummary, PersonalLink } from './types';

/** The state of a person's personal link as the list shows it: a badge's words, or null when there is none to show. */
export function linkState(person: Pick<Adherent, 'hasLink' | 'linkRevoked' | 'erased'>): string | null {
  if (person.erased) return null;
  if (person.hasLink) return say('linkActive');
  return person.linkRevoked ? say('linkRevoked') : null;
}

/**
 * A person's personal link, for who runs the lab: its state, and issuing a link (shown with a copy button and its QR
 * code, which the server draws) or revoking it after an in-page confirmation. The link itself is shown only right after
 * it is issued: the server keeps it to check it, and showing it again means issuing a new one. `changed` updates the
 * row and says what happened.
 */
export function personalLinkPanel(
  ctx: WorkspaceContext,
  lab: LabSummary,
  person: Adherent,
  slot: Slot,
  changed: (person: Adherent, said: string) => void,
): HTMLElement {
  const name = { name: person.displayName };
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const shown = h('div', { class: 'ws-link-issued' });
  const state = h('p', { class: 'ws-meta' });
  const tools = h('div', { class: 'row' });
  const panel = h(
    'div',
    { class: 'ws-link', role: 'group', 'aria-label': say('linkOf', name) },
    h('p', { class: 'ws-meta' }, say('linkHint')),
    state,
    error,
    shown,
    tools,
  );
  const fail = (thrown: unknown): void => {
    error.textContent = localize(failure(thrown));
    error.hidden = false;
  };
  const render = (): void => {
    state.textContent = person.hasLink
      ? say('linkStateActive')
      : person.linkRevoked
        ? say('linkStateRevoked')
        : say('linkNone');
    tools.replaceChildren(
      h(
        'button',
        { type: 'button', class: 'small primary', onclick: () => void issue() },
        say(person.hasLink || person.linkRevoked ? 'newLink' : 'issueLink'),
      ),
      person.hasLink
        ? h(
            'button',
            {
              type: 'button',
              class: 'small danger',
              'aria-label': say('revokeOf', name),
              onclick: () => askRevoke(),
            },
            say('revoke'),
          )
        : '',
    );
  };
  const issue = async (): Promise<void> => {
    error.hidden = true;
    try {
      const issued = await ctx.api.issueLink(lab.id, person.id);
      person = { ...person, hasLink: true, linkRevoked: false };
      render();
      shown.replaceChildren(...(await issuedView(ctx, issued, person.displayName)));
      changed(person, say('issued', name));
      shown.querySelector('input')?.select();
    } catch (thrown) {
      fail(thrown);
    }
  };
  const askRevoke = (): void => {
    const ask = confirmation(slot, {
      label: say('revokeOf', name),
      question: say('confirmRevoke', name),
      yes: say('confirmRevokeYes'),
      no: say('cancel'),
      act: async () => {
        await ctx.api.revokeLink(lab.id, person.id);
        person = { ...person, hasLink: false, linkRevoked: true };
        slot.close();
        changed(person, say('revoked', name));
      },
    });
    slot.element.replaceChildren(ask);
    ask.querySelector('button')?.focus();
  };
  render();
  return panel;
}

/** The issued link: its address to select or copy, the QR code to show or print, and the QR as a file. */
async function issuedView(ctx: WorkspaceContext, issued: PersonalLink, displayName: string): Promise<Node[]> {
  const name = { name: displayName };
  const address = h('input', {
    type: 'text',
    readonly: true,
    class: 'ws-link-address',
    value: issued.link,
    'aria-label': say('linkAddress', name),
  });
  const said = h('span', { class: 'ws-meta', role: 'status' });
  const copy = h('button', { type: 'button', class: 'small' }, say('copy'));
  copy.addEventListener('click', () => {
    address.select();
    if (!navigator.clipboard) {
      said.textContent = say('copyFailed');
      return;
    }
    navigator.clipboard.writeText(issued.link).then(
      () => (said.textContent = say('copied')),
      () => (said.textContent = say('copyFailed')),
    );
  });
  // The QR code needs the staff token: read as text and shown from a data: address (the page's policy allows no blob:).
  const qr = await ctx.api.file(issued.qrCode, 'qr.svg');
  const svg = await qr.blob.text();
  const image = h('img', {
    class: 'ws-qr',
    src: `data:image/svg+xml,${encodeURIComponent(svg)}`,
    alt: say('qrOf', name),
  });
  const download = h(
    'button',
    {
      type: 'button',
      class: 'small',
      onclick: () => saveFile({ blob: qr.blob, name: `qr-${slug(displayName)}.svg` }),
    },
    say('qrDownload'),
  );
  return [h('div', { class: 'row' }, address, copy, said), image, h('div', { class: 'row' }, download)];
}

/** A file name's part from a person's name: letters and digits, dashes between. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'persona'
  );
}
