import { ApiError } from '../api/rest';
import type { JoinResponse } from '../api/types';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h, relabel } from '../ui/dom';
import { afterRefusal } from './personalEntry';
import {
  acceptedVersion,
  loadPrivacyNotice,
  privacyNoticeView,
  rememberAccepted,
  type PrivacyNotice,
} from './privacyNotice';

/**
 * `/entra/{token}`: a person opens the personal link (or QR code) staff gave them and joins as themselves — the same
 * member on any device and at every incontro. A device that already joined with the notice's current version goes
 * straight in; otherwise the notice is shown with Entra. A link that is unknown, revoked or of a closed lab says so.
 */
export function personalEntryScreen(
  app: AppContext,
  token: string,
  loadNotice: () => Promise<PrivacyNotice | null> = () => loadPrivacyNotice(),
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): Screen {
  const notice = loadNotice();
  const status = h('p', { role: 'status', i18n: 'personalChecking' });
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const body = h('div', {});
  const element = h(
    'section',
    { class: 'card-form personal-entry', 'aria-labelledby': 'personal-heading' },
    h('h1', { id: 'personal-heading', i18n: 'personalHeading' }),
    h('p', { i18n: 'personalIntro' }),
    status,
    error,
    body,
  );
  let refusal: ApiError | null = null;
  let disposed = false;

  const joined = (answer: JoinResponse, version: string | undefined): void => {
    rememberAccepted(storage, version);
    app.tokens.saveParticipant({
      token: answer.token,
      labId: answer.labId,
      participantId: answer.participantId,
      title: '',
    });
    // The secret leaves the address bar and the history: going back lands on the home page, not on this link.
    history.replaceState(null, '', '/');
    app.navigate(`/lab/${encodeURIComponent(answer.labId)}`);
  };
  const showRefusal = (thrown: unknown): void => {
    refusal = thrown instanceof ApiError ? thrown : null;
    status.hidden = true;
    error.textContent = localize(failure(thrown));
    error.hidden = false;
    body.replaceChildren(
      h('p', { class: 'hint', i18n: 'personalRefusedHint' }),
      h('p', {}, h('a', { href: '/', i18n: 'personalHome', onclick: home })),
    );
  };
  const home = (event: Event): void => {
    event.preventDefault();
    app.navigate('/');
  };
  const showNotice = (): void => {
    status.hidden = true;
    const enter = h('button', {
      type: 'button',
      class: 'primary',
      i18n: 'joinSubmit',
      'aria-describedby': 'personal-privacy-ack',
    });
    enter.addEventListener('click', () => {
      error.hidden = true;
      void (async () => {
        const version = (await notice)?.version;
        try {
          joined(await app.rest.joinPersonal({ token, ...(version ? { privacyVersion: version } : {}) }), version);
        } catch (thrown) {
          if (afterRefusal(thrown instanceof ApiError ? thrown.code : '') === 'refused') showRefusal(thrown);
          else {
            error.textContent = localize(failure(thrown));
            error.hidden = false;
          }
        }
      })();
    });
    body.replaceChildren(
      privacyNoticeView(notice),
      h('p', { id: 'personal-privacy-ack', class: 'hint', i18n: 'privacyAcknowledge' }),
      h('div', { class: 'row' }, enter),
    );
    enter.focus();
  };

  void (async () => {
    const current = (await notice)?.version;
    // Read before: straight in with that version. Not yet: ask without one, which checks the link before the notice.
    const version = current && acceptedVersion(storage) === current ? current : undefined;
    try {
      const answer = await app.rest.joinPersonal({ token, ...(version ? { privacyVersion: version } : {}) });
      if (!disposed) joined(answer, version);
    } catch (thrown) {
      if (disposed) return;
      if (thrown instanceof ApiError && afterRefusal(thrown.code) === 'notice') showNotice();
      else showRefusal(thrown);
    }
  })();

  return {
    element,
    relocalize: () => {
      relabel(element);
      if (refusal && !error.hidden) error.textContent = localize(failure(refusal));
    },
    dispose: () => {
      disposed = true;
    },
  };
}
