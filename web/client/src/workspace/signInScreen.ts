import type { AppContext, Screen } from '../app/context';
import { h } from '../ui/dom';
import { inlineForm } from './forms';
import { returnTarget } from './returnPath';
import { sayFrom } from './words';

const say = sayFrom({
  heading: ['Accesso staff', 'Staff sign-in'],
  intro: [
    'Per coordinamento, facilitazione, tutor e formazione. Chi partecipa entra con il codice del laboratorio.',
    'For coordinators, facilitators, tutors and trainers. Participants join with the lab’s code.',
  ],
  returning: ['Dopo l’accesso torni a: {path}', 'After signing in you go back to: {path}'],
  userName: ['Nome utente', 'User name'],
  password: ['Password', 'Password'],
  signIn: ['Accedi', 'Sign in'],
  participant: ['Entra come partecipante', 'Join as a participant'],
});

/**
 * The staff sign-in form. On the home page it sits beside the participant form; at `/staff/accesso?ritorno=…` it is
 * the whole page, and after signing in the person goes back to where they were (a projector, a replay), else to the
 * workspace.
 */
export function signInForm(app: AppContext, target: string, page = false): HTMLFormElement {
  return inlineForm({
    heading: say('heading'),
    headingLevel: page ? 'h1' : 'h2',
    intro: [
      h('p', { class: 'ws-meta' }, say('intro')),
      ...(page && target !== '/staff' ? [h('p', { class: 'sign-in-return' }, say('returning', { path: target }))] : []),
    ],
    fields: [
      { name: 'userName', label: say('userName'), required: true, id: 'staff-user', autocomplete: 'username' },
      {
        name: 'password',
        label: say('password'),
        kind: 'password',
        required: true,
        id: 'staff-password',
        autocomplete: 'current-password',
      },
    ],
    submit: say('signIn'),
    className: 'card-form staff-sign-in',
    onSubmit: async (values) => {
      const login = await app.rest.login({ userName: values['userName'] ?? '', password: values['password'] ?? '' });
      app.tokens.saveStaff(login);
      app.navigate(target);
    },
  });
}

export function signInScreen(app: AppContext): Screen {
  const target = returnTarget(location.search);
  const element = h('div', { class: 'sign-in-page' });
  const render = (): void => {
    const form = signInForm(app, target, true);
    element.replaceChildren(form);
    form.append(
      h(
        'p',
        {},
        h(
          'a',
          {
            href: '/',
            onclick: (event) => {
              event.preventDefault();
              app.navigate('/');
            },
          },
          say('participant'),
        ),
      ),
    );
  };
  render();
  return { element, relocalize: render, dispose: () => undefined };
}
