import type { AppContext, Screen } from '../app/context';
import { t } from '../i18n/i18n';
import { h, relabel } from '../ui/dom';
import { joinForm } from './joinForm';
import { signInForm } from '../workspace/signInScreen';

/** The first page: join a lab as a participant, or sign in as staff (which leads to the workspace). */
export function landingScreen(app: AppContext, code: string): Screen {
  let staff = signInForm(app, '/staff');
  const rejoin = h('section', { class: 'rejoin', 'aria-labelledby': 'rejoin-heading' });
  const renderRejoin = (): void => {
    const sessions = app.tokens.participantLabs();
    rejoin.hidden = sessions.length === 0;
    rejoin.replaceChildren(
      h('h2', { id: 'rejoin-heading', i18n: 'rejoinHeading' }),
      h(
        'ul',
        {},
        ...sessions.map((s) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', onclick: () => app.navigate(`/lab/${encodeURIComponent(s.labId)}`) },
              t('rejoin', { title: s.title || s.labId }),
            ),
          ),
        ),
      ),
    );
  };
  renderRejoin();

  const element = h(
    'div',
    { class: 'landing' },
    h('h1', { class: 'visually-hidden', i18n: 'appTitle' }),
    h('div', { class: 'landing-join' }, joinForm(app, code), rejoin),
    staff,
  );
  return {
    element,
    relocalize: () => {
      relabel(element);
      renderRejoin();
      const next = signInForm(app, '/staff');
      staff.replaceWith(next);
      staff = next;
    },
    dispose: () => undefined,
  };
}
