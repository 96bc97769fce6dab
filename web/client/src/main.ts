import './styles.css';
import { createRestClient, onUnauthorized } from './api/rest';
import type { AppContext, Screen } from './app/context';
import { failure } from './app/failure';
import { TokenStore } from './auth/tokens';
import { bilingual, initLanguage, language, onLanguageChange, setLanguage, t } from './i18n/i18n';
import { labScreen } from './lab/labScreen';
import { landingScreen } from './landing/landingScreen';
import { h, relabel } from './ui/dom';
import { Notices } from './ui/notices';
import { signInPath } from './workspace/returnPath';
import { signInScreen } from './workspace/signInScreen';

// The shell: app bar with the language switch, the live regions, and one screen at a time chosen by the path
// (`/lab/{labId}`, `/lab/{labId}/replay`, `/lab/{labId}/proiezione`, `/lab/{labId}/coesione`; the staff screens under
// `/staff`; a personal link `/entra/{token}`; else the landing page; `?code=` pre-fills the join code). A page that
// needs a token the browser does not hold goes to the staff sign-in, which comes back to it afterwards.

initLanguage(localStorage);
const notices = new Notices();
const languageButton = h('button', {
  type: 'button',
  class: 'language',
  lang: 'en',
  i18n: 'switchLanguage',
  i18nAttrs: { 'aria-label': 'switchLanguageLabel' },
});
const main = h('main', { id: 'main', tabindex: '-1' });
const appBar = h(
  'header',
  { class: 'app-bar' },
  h('a', { href: '/', class: 'app-name', i18n: 'appName' }),
  languageButton,
);
document.getElementById('app')?.replaceChildren(appBar, notices.element, main);

let screen: Screen | null = null;
/** Counts navigations, so that a lazily loaded screen that arrives after the person moved on is not shown. */
let shown = 0;

const app: AppContext = {
  rest: createRestClient(),
  tokens: new TokenStore(localStorage),
  navigate(path) {
    if (path !== location.pathname + location.search) history.pushState(null, '', path);
    show();
  },
  error: (error) => notices.error(error),
  status: (key, values) => notices.status(key, values),
};

// The replay and the projector (with the QR code) are loaded when opened: most people only ever see the landing page
// and the room, and should not download the rest.
async function pick(): Promise<Screen> {
  const path = location.pathname;
  const here = path + location.search;
  const staffSession = app.tokens.staff();
  if (/^\/staff\/accesso\/?$/.test(path)) return signInScreen(app);
  if (/^\/staff\/password\/?$/.test(path)) return (await import('./admin/passwordScreen')).passwordScreen(app);
  const personal = /^\/entra\/([^/]+)\/?$/.exec(path);
  if (personal?.[1])
    return (await import('./landing/personalEntryScreen')).personalEntryScreen(app, decodeURIComponent(personal[1]));
  const labId = /^\/lab\/([^/]+)/.exec(path)?.[1];
  // A projector link carries its own read-only token in the fragment (`#proiettore=`): no staff sign-in for it.
  const projectorLink = /(?:^#|&)proiettore=/.test(location.hash);
  const needsStaff =
    path === '/staff' || path.startsWith('/staff/') || (/^\/lab\/[^/]+\/proiezione\/?$/.test(path) && !projectorLink);
  if (needsStaff && !staffSession) return redirect(signInPath(here));
  if (labId && !needsStaff && !projectorLink && !app.tokens.tokenFor(decodeURIComponent(labId))) {
    // Nobody in this lab on this device: a participant (or one just taken out of it) joins from the home page; staff sign in and come back.
    return redirect(/^\/lab\/[^/]+\/?$/.test(path) ? '/' : signInPath(here));
  }
  const dashboard = /^\/staff\/cruscotto\/([^/]+)\/?$/.exec(path);
  if (dashboard?.[1])
    return (await import('./dashboard/dashboardScreen')).dashboardScreen(app, decodeURIComponent(dashboard[1]));
  if (/^\/staff\/account\/?$/.test(path)) return (await import('./admin/adminScreen')).adminScreen(app);
  if (/^\/staff\/?$/.test(path)) return (await import('./workspace/workspaceScreen')).workspaceScreen(app);
  // Staff who open the home page go to their workspace; a join link (`?code=`) still shows the join form.
  if (path === '/' && staffSession && !new URLSearchParams(location.search).get('code')) return redirect('/staff');
  const lab = /^\/lab\/([^/]+)\/?$/.exec(location.pathname);
  const replay = /^\/lab\/([^/]+)\/replay\/?$/.exec(location.pathname);
  const projector = /^\/lab\/([^/]+)\/proiezione\/?$/.exec(location.pathname);
  const cohesion = /^\/lab\/([^/]+)\/coesione\/?$/.exec(location.pathname);
  document.body.classList.toggle('projecting', Boolean(projector));
  if (projector?.[1])
    return (await import('./projector/projectorScreen')).projectorScreen(app, decodeURIComponent(projector[1]));
  if (cohesion?.[1])
    return (await import('./cohesion/cohesionScreen')).cohesionScreen(app, decodeURIComponent(cohesion[1]));
  if (replay?.[1]) return (await import('./replay/replayScreen')).replayScreen(app, decodeURIComponent(replay[1]));
  if (lab?.[1]) return labScreen(app, decodeURIComponent(lab[1]));
  return landingScreen(app, new URLSearchParams(location.search).get('code') ?? '');
}

/** Replaces the address (a redirect is not a step back) and shows what is there. */
async function redirect(path: string): Promise<Screen> {
  history.replaceState(null, '', path);
  return pick();
}

function show(): void {
  screen?.dispose();
  screen = null;
  notices.status(null);
  notices.error(null);
  const turn = ++shown;
  void pick().then(
    (next) => {
      if (turn !== shown) {
        next.dispose();
        return;
      }
      screen = next;
      main.replaceChildren(next.element);
      document.title = t('appTitle');
    },
    (error: unknown) => notices.error(failure(error)),
  );
}

function applyLanguage(): void {
  document.documentElement.lang = language();
  languageButton.lang = language() === 'it' ? 'en' : 'it';
  document.title = t('appTitle');
}

languageButton.addEventListener('click', () => setLanguage(language() === 'it' ? 'en' : 'it', localStorage));
onLanguageChange(() => {
  applyLanguage();
  relabel(appBar);
  notices.relocalize();
  screen?.relocalize();
});
appBar.querySelector('.app-name')?.addEventListener('click', (event) => {
  event.preventDefault();
  app.navigate('/');
});
// A staff token that the server refuses (expired, or `token_revoked`: disabled, reset, signed out elsewhere) signs the
// person out here too, says so, and sends them to sign in again, after which they come back to this page.
onUnauthorized((token) => {
  if (app.tokens.staff()?.token !== token) return;
  app.tokens.forgetStaff();
  const back = location.pathname.startsWith('/staff/accesso') ? '/staff' : location.pathname + location.search;
  app.navigate(signInPath(back));
  notices.error(bilingual('sessionEnded'));
});
window.addEventListener('popstate', show);
applyLanguage();
show();
