import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import type { CanvasState } from '../canvas/types';
import { bilingual, localName, t } from '../i18n/i18n';
import { laneCards } from '../lab/positions';
import { clock, secondsLeft } from '../lab/permissions';
import { LabSession } from '../lab/session';
import { joinLink } from '../share/shareDialog';
import { qrSvg } from '../share/qr';
import { createLabHub } from '../transport/hub';
import { h, setText } from '../ui/dom';
import { reactionKinds } from '../lab/cardActions';

/**
 * The projector view (`/lab/{labId}/proiezione`, staff token): large type, no editing controls, the join code and
 * QR code, live counts and the timer, and the canvas as it changes.
 */
export function projectorScreen(app: AppContext, labId: string): Screen {
  const token = app.tokens.staff()?.token ?? null;
  const hub = createLabHub(() => token ?? '', labId);
  const title = h('h1', { class: 'projector-title' });
  const phase = h('p', { class: 'projector-phase' });
  const timer = h('p', { class: 'projector-timer', role: 'timer' });
  const joinText = h('p', { class: 'projector-join-text' });
  const code = h('p', { class: 'projector-code' });
  const qr = h('div', { class: 'projector-qr' });
  const countsHeading = h('h2', { id: 'projector-counts', class: 'visually-hidden' });
  const counts = h('dl', { class: 'projector-counts' });
  const lanesEl = h('div', { class: 'projector-lanes' });
  const element = h('div', { class: 'projector' },
    h('header', { class: 'projector-top' }, h('div', {}, title, phase, timer), h('div', { class: 'projector-join' }, joinText, code, qr)),
    h('section', { 'aria-labelledby': 'projector-counts' }, countsHeading, counts),
    lanesEl);
  let qrFor = '';
  let disposed = false;

  const session = new LabSession(hub, labId, {
    changed: () => render(),
    error: (error) => app.error(error),
    status: () => undefined,
  });

  function render(): void {
    const state = session.state;
    if (!state) return;
    const lab = session.lab;
    setText(title, state.title);
    const current = state.phases.find((p) => p.id === state.phase);
    setText(phase, `${t('phase')}: ${current ? localName(current) : t('noPhase')}${state.locked ? ` · 🔒 ${t('locked')}` : ''}${state.private ? ` · 🂠 ${t('privateBadge')}` : ''}`);
    tick();
    if (lab?.joinCode) {
      const link = joinLink(lab);
      setText(joinText, t('projectorJoin', { host: new URL(link).host }));
      setText(code, lab.joinCode);
      if (qrFor !== link) {
        qrFor = link;
        qr.replaceChildren(qrSvg(link, t('qrAlt', { link })));
      }
    }
    renderCounts(state);
    renderLanes(state);
  }

  function renderCounts(state: CanvasState): void {
    setText(countsHeading, t('projectorCounts'));
    const online = Object.values(state.members).filter((m) => m.present && !m.removed && m.role === 'participant').length;
    const votes = Object.values(state.cards).reduce((sum, c) => sum + Object.values(c.votes).reduce((a, b) => a + b, 0), 0);
    const rows: [string, string, number][] = [
      ['people', t('projectorPeople'), online], ['cards', t('projectorCards'), Object.keys(state.cards).length], ['votes', t('projectorVotes'), votes],
    ];
    counts.replaceChildren(...rows.map(([name, label, n]) => h('div', {}, h('dt', {}, label), h('dd', { 'data-count': name }, String(n)))));
  }

  function renderLanes(state: CanvasState): void {
    lanesEl.replaceChildren(...state.lanes.map((lane) => {
      const cards = laneCards(Object.values(state.cards), lane.id);
      const headingId = `projector-lane-${lane.id}`;
      return h('section', { class: 'projector-lane', 'aria-labelledby': headingId },
        h('h2', { id: headingId }, `${localName(lane)} (${cards.length})`),
        h('ul', {}, ...cards.map((card) => {
          const votes = Object.values(card.votes).reduce((a, b) => a + b, 0);
          const reactions = reactionKinds.map((r) => [r, Object.values(card.reactions[r.kind] ?? {}).reduce((a, b) => a + b, 0)] as const).filter(([, n]) => n > 0);
          return h('li', { class: `projector-card${card.hidden ? ' face-down' : ''}`, 'data-colour': card.colour },
            h('p', {}, card.hidden ? t('faceDown') : card.text),
            h('p', { class: 'projector-card-meta' }, votes === 1 ? t('voteCountOne') : t('voteCount', { n: votes }),
              ...reactions.map(([r, n]) => h('span', { 'aria-label': t('reactionCount', { kind: t(r.label), n }) }, ` ${r.emoji} ${n}`))));
        })));
    }));
  }

  function tick(): void {
    const left = secondsLeft(session.state?.timer ?? null, session.serverNow());
    timer.hidden = left === null;
    if (left !== null) setText(timer, left > 0 ? `⏱ ${clock(left)}` : `⏱ ${t('timeUp')}`);
  }

  const ticker = setInterval(tick, 1000);
  if (token) {
    void session.open().catch((error: unknown) => { if (!disposed) app.error(failure(error)); });
  } else {
    queueMicrotask(() => {
      app.navigate('/');
      app.error(bilingual('signInAgain'));
    });
  }

  return {
    element,
    relocalize: () => render(),
    dispose: () => {
      disposed = true;
      clearInterval(ticker);
      void session.close().catch(() => undefined);
    },
  };
}
