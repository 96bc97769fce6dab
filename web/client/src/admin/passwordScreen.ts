import '../workspace/workspace.css';
import { ApiError, problem } from '../api/rest';
import type { AppContext, Screen } from '../app/context';
import { bilingual } from '../i18n/i18n';
import { h } from '../ui/dom';
import { inlineForm } from '../workspace/forms';
import { say } from './text';

/**
 * The page of an invitation or reset link (`/staff/password?user=…&token=…`): choose a password, then sign in. The
 * server checks the link and the password's strength and says what is wrong.
 */
export function passwordScreen(app: AppContext, fetchFn: typeof fetch = (input, init) => fetch(input, init)): Screen {
  const query = new URLSearchParams(location.search);
  const userId = query.get('user') ?? '';
  const token = query.get('token') ?? '';
  const element = h('div', { class: 'sign-in-page' });
  const render = (): void => {
    if (!userId || !token) {
      element.replaceChildren(h('h1', {}, say('passwordHeading')), h('p', { role: 'alert' }, say('badLink')));
      return;
    }
    element.replaceChildren(
      inlineForm({
        heading: say('passwordHeading'),
        headingLevel: 'h1',
        className: 'card-form',
        submit: say('save'),
        intro: [h('p', { class: 'ws-meta' }, say('passwordIntro'))],
        fields: [
          {
            name: 'password',
            label: say('newPassword'),
            kind: 'password',
            required: true,
            id: 'new-password',
            autocomplete: 'new-password',
          },
          {
            name: 'repeat',
            label: say('repeatPassword'),
            kind: 'password',
            required: true,
            id: 'repeat-password',
            autocomplete: 'new-password',
          },
        ],
        onSubmit: async (v) => {
          if (v['password'] !== v['repeat'])
            throw new ApiError(400, 'mismatch', { message: say('mismatch'), messageEn: say('mismatch') });
          let response: Response;
          try {
            response = await fetchFn('/api/auth/password', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
              body: JSON.stringify({ userId, token, password: v['password'] }),
            });
          } catch {
            throw new ApiError(0, 'network', bilingual('networkError'));
          }
          if (!response.ok) throw await problem(response);
          element.replaceChildren(
            h('h1', {}, say('passwordHeading')),
            h('p', { role: 'status' }, say('passwordSet')),
            h(
              'a',
              {
                href: '/staff/accesso',
                class: 'primary-link',
                onclick: (event) => {
                  event.preventDefault();
                  app.navigate('/staff/accesso');
                },
              },
              say('signIn'),
            ),
          );
        },
      }),
    );
  };
  render();
  return { element, relocalize: render, dispose: () => undefined };
}
