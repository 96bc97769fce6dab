import { t } from '../i18n/i18n';
import type { ConnectionStatus } from '../transport/protocol';
import { h, setText } from '../ui/dom';

/** What the banners above the board show after a draw. */
export interface BannerState {
  role: string;
  offline: boolean;
  connection: ConnectionStatus;
  pendingCount: number;
  /** The name of who leads "follow me", when it is someone else. */
  leader: string | null;
  /** Whether this screen follows the leader now (it may stop and resume). */
  followLocally: boolean;
  /** While a second card is being chosen: for what, and the first card's text. */
  choosing: { purpose: 'link' | 'merge'; text: string } | null;
}

/**
 * The notice shown while changes cannot go out (offline, or the connection not up with some waiting), else null. Not
 * for every operation in flight: a banner coming and going at each click would push the board down and up under the
 * pointer (the cards say "in invio…" themselves meanwhile).
 */
export function offlineNotice(offline: boolean, connection: ConnectionStatus, pendingCount: number): string | null {
  if (!offline && (connection === 'connected' || pendingCount === 0)) return null;
  return [offline ? t('offline') : '', pendingCount ? t('pendingCount', { n: pendingCount }) : '']
    .filter(Boolean)
    .join(' ');
}

/** The room's banners above the board: read-only, offline, reconnect, following someone, choosing a second card. */
export class RoomBanners {
  private readonly readOnly = h('p', { class: 'banner read-only', hidden: true });
  private readonly offline = h('p', { class: 'banner offline', role: 'status', hidden: true });
  private readonly reconnect = h('button', { type: 'button', class: 'reconnect', hidden: true });
  private readonly followText = h('span', {});
  private readonly followToggle = h('button', { type: 'button' });
  private readonly follow = h('p', { class: 'banner follow', hidden: true }, this.followText, ' ', this.followToggle);
  private readonly chooseText = h('span', {});
  /** Stops choosing a second card. */
  readonly chooseCancel = h('button', { type: 'button' });
  private readonly choose = h('p', { class: 'banner choosing', role: 'status', hidden: true }, this.chooseText, ' ');
  /** The banners in the page's order. */
  readonly elements: readonly HTMLElement[] = [this.readOnly, this.offline, this.reconnect, this.follow, this.choose];

  constructor(reconnect: () => void, toggleFollow: () => void, stopChoosing: () => void) {
    this.choose.append(this.chooseCancel);
    this.reconnect.addEventListener('click', reconnect);
    this.followToggle.addEventListener('click', toggleFollow);
    this.chooseCancel.addEventListener('click', stopChoosing);
  }

  /** The connection changed: "Riconnetti" only while disconnected with a network to reconnect over. */
  connection(status: ConnectionStatus, offline: boolean): void {
    this.reconnect.hidden = status !== 'disconnected' || offline;
  }

  update(s: BannerState): void {
    this.readOnly.hidden = s.role !== 'trainer';
    setText(this.readOnly, t('readOnly'));
    setText(this.reconnect, t('reconnect'));
    const notice = offlineNotice(s.offline, s.connection, s.pendingCount);
    this.offline.hidden = notice === null;
    setText(this.offline, notice ?? '');
    this.follow.hidden = s.leader === null;
    if (s.leader !== null) {
      setText(this.followText, s.followLocally ? t('following', { name: s.leader }) : '');
      setText(this.followToggle, s.followLocally ? t('stopFollowing') : t('resumeFollowing', { name: s.leader }));
      this.followToggle.setAttribute('aria-pressed', String(!s.followLocally));
    }
    this.choose.hidden = s.choosing === null;
    if (s.choosing) {
      setText(this.chooseText, t(s.choosing.purpose === 'link' ? 'linking' : 'merging', { text: s.choosing.text }));
      setText(this.chooseCancel, t('stopChoosing'));
    }
  }
}
