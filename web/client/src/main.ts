import './styles.css';
import { createRestClient } from './api/rest';
import type { AppContext, Screen } from './app/context';
import { failure } from './app/failure';
import { TokenStore } from './auth/tokens';
import { initLanguage, language, onLanguageChange, setLanguage, t } from './i18n/i18n';
import { labScreen } from './lab/labScreen';
import { landingScreen } from './landing/landingScreen';
import { h, relabel } from './ui/dom';
import { Notices } from './ui/notices';

// The shell: app bar with the language switch, the live regions, and one screen at a time chosen by the path
// (`/lab/{labId}`, `/lab/{labId}/replay`, `/lab/{labId}/proiezione`, else the landing page; `?code=` pre-fills the join code).

initLanguage(localStorage);
const notices = new Notices();
const languageButton = h('button', { type: 'button', class: 'language', lang: 'en', i18n: 'switchLanguage', i18nAttrs: { 'aria-label': 'switchLanguageLabel' } });
const main = h('main', { id: 'main', tabindex: '-1' });
const appBar = h('header', { class: 'app-bar' }, h('a', { href: '/', class: 'app-name', i18n: 'appTitle' }), languageButton);
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
  const lab = /^\/lab\/([^/]+)\/?$/.exec(location.pathname);
  const replay = /^\/lab\/([^/]+)\/replay\/?$/.exec(location.pathname);
  const projector = /^\/lab\/([^/]+)\/proiezione\/?$/.exec(location.pathname);
  document.body.classList.toggle('projecting', Boolean(projector));
  if (projector?.[1]) return (await import('./projector/projectorScreen')).projectorScreen(app, decodeURIComponent(projector[1]));
  if (replay?.[1]) return (await import('./replay/replayScreen')).replayScreen(app, decodeURIComponent(replay[1]));
  if (lab?.[1]) return labScreen(app, decodeURIComponent(lab[1]));
  return landingScreen(app, new URLSearchParams(location.search).get('code') ?? '');
}

function show(): void {
  screen?.dispose();
  screen = null;
  notices.status(null);
  notices.error(null);
  const turn = ++shown;
  void pick().then((next) => {
    if (turn !== shown) {
      next.dispose();
      return;
    }
    screen = next;
    main.replaceChildren(next.element);
    document.title = t('appTitle');
  }, (error: unknown) => notices.error(failure(error)));
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
window.addEventListener('popstate', show);
applyLanguage();
show();
