import { problem } from '../api/rest';
import { language, localize } from '../i18n/i18n';
import { say } from '../lab/roomText';
import { h, setText } from '../ui/dom';
import { copyButton } from './copy';

interface ProjectorLink {
  url: string;
  token: string;
  expiresAt: string;
}

/** In the share dialog: make (or replace) the lab's read-only projector link, copy it, revoke it. */
export class ProjectorLinkPanel {
  readonly element = h('section', { class: 'projector-link-panel', 'aria-labelledby': 'projector-link-heading' });
  private readonly heading = h('h3', { id: 'projector-link-heading' });
  private readonly help = h('p', { class: 'hint' });
  private readonly make = h('button', { type: 'button', class: 'make-projector-link' });
  private readonly revoke = h('button', { type: 'button', class: 'danger revoke-projector-link', hidden: true });
  private readonly link = h('a', {
    class: 'share-link projector-url',
    target: '_blank',
    rel: 'noopener',
    hidden: true,
  });
  private readonly until = h('p', { class: 'hint', hidden: true });
  private readonly status = h('p', { class: 'hint', role: 'status' });
  private readonly copy = copyButton(
    () => this.link.href,
    (text) => setText(this.status, text),
  );
  private labId = '';
  private token = '';

  constructor() {
    this.copy.hidden = true;
    this.element.append(
      this.heading,
      this.help,
      h('div', { class: 'row' }, this.make, this.copy, this.revoke),
      this.link,
      this.until,
      this.status,
    );
    this.make.addEventListener('click', () => void this.send('POST'));
    this.revoke.addEventListener('click', () => void this.send('DELETE'));
  }

  show(labId: string, token: string): void {
    this.labId = labId;
    this.token = token;
    setText(this.heading, say('projectorLinkHeading'));
    setText(this.help, say('projectorLinkHelp'));
    setText(this.make, say('projectorLinkMake'));
    setText(this.revoke, say('projectorLinkRevoke'));
    setText(this.copy, say('copyLink'));
  }

  private async send(method: 'POST' | 'DELETE'): Promise<void> {
    const response = await fetch(`/api/labs/${encodeURIComponent(this.labId)}/projector-link`, {
      method,
      headers: { Accept: 'application/json', Authorization: `Bearer ${this.token}` },
    }).catch(() => null);
    if (!response) return;
    if (!response.ok) {
      setText(this.status, localize(await problem(response)));
      return;
    }
    const made = method === 'POST' ? ((await response.json()) as ProjectorLink) : null;
    this.link.hidden = this.copy.hidden = this.revoke.hidden = this.until.hidden = !made;
    if (made) {
      this.link.href = made.url;
      setText(this.link, made.url);
      const date = new Date(made.expiresAt).toLocaleDateString(language() === 'it' ? 'it-IT' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      setText(this.until, say('projectorLinkUntil', { date }));
      setText(this.status, '');
      this.copy.focus();
    } else {
      setText(this.status, say('projectorLinkRevoked'));
      this.make.focus();
    }
  }
}
