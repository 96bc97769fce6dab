import type { Lab } from '../api/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { say } from '../lab/roomText';
import { copyButton } from './copy';
import { ProjectorLinkPanel } from './projectorLinkPanel';
import { qrSvg } from './qr';

/** The facilitator's "Invita": join code, link and QR code in a modal dialog (Esc closes it). */
export class ShareDialog {
  readonly element = h('dialog', { class: 'share-dialog', 'aria-labelledby': 'share-heading' });
  private readonly heading = h('h2', { id: 'share-heading' });
  private readonly code = h('p', { class: 'share-code' });
  private readonly linkLabel = h('p', { class: 'share-link-label' });
  private readonly link = h('a', { class: 'share-link' });
  private readonly qr = h('div', { class: 'share-qr' });
  private readonly close = h('button', { type: 'button', class: 'primary' });
  private readonly copied = h('p', { class: 'hint', role: 'status' });
  private readonly copy = copyButton(
    () => this.link.href,
    (text) => {
      this.copied.textContent = text;
    },
  );
  private readonly projector = new ProjectorLinkPanel();

  constructor() {
    this.element.append(
      this.heading,
      this.code,
      this.qr,
      this.linkLabel,
      this.link,
      h('div', { class: 'row' }, this.copy),
      this.copied,
      this.projector.element,
      h('div', { class: 'row' }, this.close),
    );
    this.close.addEventListener('click', () => this.element.close());
  }

  /** Opens the dialog; with a staff token, the projector link can be made here too. */
  show(lab: Lab, staffToken: string | null = null): void {
    setText(this.heading, t('shareHeading'));
    setText(this.code, lab.joinCode ? t('joinCodeShown', { code: lab.joinCode }) : '');
    const link = joinLink(lab);
    setText(this.linkLabel, t('joinLinkLabel'));
    this.link.href = link;
    setText(this.link, link);
    this.qr.replaceChildren(qrSvg(link, t('qrAlt', { link })));
    setText(this.close, t('shareClose'));
    setText(this.copy, say('copyLink'));
    setText(this.copied, '');
    this.projector.element.hidden = !staffToken;
    if (staffToken) this.projector.show(lab.id, staffToken);
    if (!this.element.open) this.element.showModal();
  }
}

/** The link to join with: the server's, or this page's origin with the code. */
export function joinLink(lab: Lab): string {
  return lab.joinLink || `${location.origin}/?code=${encodeURIComponent(lab.joinCode ?? '')}`;
}
