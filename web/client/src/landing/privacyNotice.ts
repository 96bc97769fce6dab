import { language, onLanguageChange, t } from '../i18n/i18n';
import { h } from '../ui/dom';

/** The sections of the notice in one language (GET /api/privacy). */
export interface PrivacyText {
  purpose: string;
  legalBasis: string;
  data: string;
  retention: string;
  rights: string;
}

/** The privacy notice (informativa) the server shows before a join; a join sends `version` back as the acknowledgement. */
export interface PrivacyNotice {
  version: string;
  controller: string;
  address: string;
  email: string;
  dpoEmail: string | null;
  retentionDays: number;
  it: PrivacyText;
  en: PrivacyText;
}

/** Reads the notice; null when it could not be read (the join then says why it needs it). */
export async function loadPrivacyNotice(
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<PrivacyNotice | null> {
  try {
    const response = await fetchFn('/api/privacy', { headers: { Accept: 'application/json' } });
    return response.ok ? ((await response.json()) as PrivacyNotice) : null;
  } catch {
    return null;
  }
}

/**
 * The notice as a disclosure beside the join button: open by default so that it is read, in the language of the page
 * (re-rendered when the language changes). Joining is the acknowledgement of the version shown.
 */
export function privacyNoticeView(notice: Promise<PrivacyNotice | null>): HTMLElement {
  const body = h('div', { class: 'privacy-body' }, h('p', { i18n: 'privacyLoading' }));
  const details = h('details', { class: 'privacy-notice', open: true }, h('summary', { i18n: 'privacyHeading' }), body);
  let loaded: PrivacyNotice | null = null;
  const render = (): void => {
    if (!loaded) return;
    const text = language() === 'en' ? loaded.en : loaded.it;
    const controller = [loaded.controller, loaded.address].filter((part) => part.length > 0).join(', ');
    body.replaceChildren(
      section(
        'privacyController',
        `${controller} — ${loaded.email}${loaded.dpoEmail ? ` (${t('privacyDpo')}: ${loaded.dpoEmail})` : ''}`,
      ),
      section('privacyPurpose', text.purpose),
      section('privacyLegalBasis', text.legalBasis),
      section('privacyData', text.data),
      section('privacyRetention', text.retention),
      section('privacyRights', text.rights),
      h('p', { class: 'privacy-version' }, t('privacyVersion', { version: loaded.version })),
    );
  };
  void notice.then((value) => {
    loaded = value;
    if (value) render();
    else body.replaceChildren(h('p', { i18n: 'privacyUnavailable' }));
  });
  onLanguageChange(render);
  return details;
}

function section(title: Parameters<typeof t>[0], text: string): HTMLElement {
  return h('p', {}, h('strong', {}, `${t(title)}: `), text);
}

const acceptedKey = 'laboratori.privacyAccepted';

/** The version of the notice this device last joined with (the person read it then), or null. */
export function acceptedVersion(storage: Pick<Storage, 'getItem'>): string | null {
  return storage.getItem(acceptedKey);
}

/** Remembers that a join acknowledged `version`, so that a personal link opened again goes straight in. */
export function rememberAccepted(storage: Pick<Storage, 'setItem'>, version: string | undefined): void {
  if (version) storage.setItem(acceptedKey, version);
}
