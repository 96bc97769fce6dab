import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import { arrangeLanes } from '../canvas/matrix';
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
import { themeCounts } from './fit';
import { HttpError } from '@microsoft/signalr';
import { LinkLines } from '../lab/linkLines';
import { bandOf } from '../lab/themeBand';
import { phaseInstruction } from '../lab/roomSummary';
import { both } from '../lab/roomText';

/**
 * The projector view (`/lab/{labId}/proiezione`, with a staff token or the lab's projector link, whose token is in the
 * fragment `#proiettore=…` so that no server log or Referer ever carries it): large type, no editing controls, the join code and
 * QR code, live counts and the timer, and the canvas as it changes.
 */
/** The smallest card scale still readable from the back of a classroom before lanes collapse to theme counts. */
const minScale = 0.5;

export function projectorScreen(app: AppContext, labId: string): Screen {
  const linkToken = new URLSearchParams(location.hash.slice(1)).get('proiettore');
  const token = linkToken ?? app.tokens.staff()?.token ?? null;
  const hub = createLabHub(() => token ?? '', labId);
  const title = h('h1', { class: 'projector-title' });
  const phase = h('p', { class: 'projector-phase' });
  const instruction = h('p', { class: 'projector-instruction' });
  const timer = h('p', { class: 'projector-timer', role: 'timer' });
  const joinText = h('p', { class: 'projector-join-text' });
  const code = h('p', { class: 'projector-code' });
  const qr = h('div', { class: 'projector-qr' });
  const countsHeading = h('h2', { id: 'projector-counts', class: 'visually-hidden' });
  const counts = h('dl', { class: 'projector-counts' });
  const lanesEl = h('div', { class: 'projector-lanes' });
  const element = h(
    'div',
    { class: 'projector' },
    h(
      'header',
      { class: 'projector-top' },
      h(
        'div',
        { class: 'projector-what' },
        title,
        phase,
        instruction,
        h('section', { 'aria-labelledby': 'projector-counts' }, countsHeading, counts),
      ),
      timer,
      h('div', { class: 'projector-join' }, h('div', {}, joinText, code), qr),
    ),
    lanesEl,
  );
  const lines = new LinkLines(
    lanesEl,
    (cardId) => lanesEl.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`) ?? undefined,
  );

  let qrFor = '';
  let disposed = false;

  const session = new LabSession(hub, labId, {
    changed: () => render(),
    error: (error) => app.error(error),
    // A projector link that was revoked: the connection closes and cannot come back. Say so, instead of a stale canvas.
    status: (status) => {
      if ((status === 'disconnected' || status === 'reconnecting') && linkToken && !disposed) void checkLink();
    },
  });

  async function checkLink(): Promise<void> {
    const response = await fetch(`/api/labs/${encodeURIComponent(labId)}`, {
      headers: { Authorization: `Bearer ${linkToken ?? ''}` },
    }).catch(() => null);
    if (response?.status === 401 || response?.status === 403) ended();
  }

  function ended(): void {
    if (element.dataset['ended']) return;
    element.dataset['ended'] = 'true';
    lanesEl.replaceChildren();
    void session.close().catch(() => undefined);
    app.error(both('projectorLinkEnded'));
  }

  function render(): void {
    const state = session.state;
    if (!state || element.dataset['ended']) return;
    const lab = session.lab;
    setText(title, state.title);
    const current = state.phases.find((p) => p.id === state.phase);
    setText(
      phase,
      `${t('phase')}: ${current ? localName(current) : t('noPhase')}${state.locked ? ` · ${t('locked')}` : ''}${state.private ? ` · ${t('privateBadge')}` : ''}`,
    );
    setText(instruction, phaseInstruction(state));
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
    const online = Object.values(state.members).filter(
      (m) => m.present && !m.removed && m.role === 'participant',
    ).length;
    const votes = Object.values(state.cards).reduce(
      (sum, c) => sum + Object.values(c.votes).reduce((a, b) => a + b, 0),
      0,
    );
    const rows: [string, string, number][] = [
      ['people', t('projectorPeople'), online],
      ['cards', t('projectorCards'), Object.keys(state.cards).length],
      ['votes', t('projectorVotes'), votes],
    ];
    counts.replaceChildren(
      ...rows.map(([name, label, n]) => h('div', {}, h('dt', {}, label), h('dd', { 'data-count': name }, String(n)))),
    );
  }

  /** Nothing on a projector can scroll: cards take the largest size that fits, and lanes collapse to counts past that. */
  function renderLanes(state: CanvasState): void {
    const byLane = state.lanes.map((lane) => ({ lane, cards: laneCards(Object.values(state.cards), lane.id) }));
    lanesEl.classList.remove('collapsed');
    draw(state, byLane, false);
    // Measuring needs this frame's layout: find the largest scale that fits (a few halvings between the smallest
    // readable one and full size), and collapse lanes to theme counts only when even the smallest does not fit.
    const overflows = (): boolean =>
      [lanesEl, ...lanesEl.children].some(
        (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      );
    const at = (scale: number): boolean => {
      lanesEl.style.setProperty('--scale', String(scale));
      return !overflows();
    };
    if (!at(1)) {
      let [low, high] = [minScale, 1];
      for (let i = 0; i < 6; i++) {
        const mid = (low + high) / 2;
        if (at(mid)) low = mid;
        else high = mid;
      }
      at(low);
    }
    if (overflows()) {
      lanesEl.classList.add('collapsed');
      draw(state, byLane, true);
    }
    lanesEl.append(lines.element);
    lines.update(Object.values(state.links));
  }

  function draw(
    state: CanvasState,
    byLane: { lane: CanvasState['lanes'][number]; cards: ReturnType<typeof laneCards> }[],
    collapsed: boolean,
  ): void {
    const sections = new Map(
      byLane.map(({ lane, cards }) => {
        const headingId = `projector-lane-${lane.id}`;
        const items = collapsed
          ? themeCounts(state, cards).map(({ title, n }) =>
              h(
                'li',
                { class: 'projector-cluster' },
                h('span', { class: 'projector-cluster-title' }, title ?? t('noTheme')),
                ' ',
                h(
                  'span',
                  { class: 'projector-cluster-count' },
                  n === 1 ? t('cardsInLaneOne') : t('cardsInLane', { n }),
                ),
              ),
            )
          : cards.map((card) => {
              const votes = Object.values(card.votes).reduce((a, b) => a + b, 0);
              const reactions = reactionKinds
                .map((r) => [r, Object.values(card.reactions[r.kind] ?? {}).reduce((a, b) => a + b, 0)] as const)
                .filter(([, n]) => n > 0);
              const theme = card.themeId ? state.themes[card.themeId] : undefined;
              return h(
                'li',
                {
                  class: `projector-card${card.hidden ? ' face-down' : ''}`,
                  'data-colour': card.colour,
                  'data-card-id': card.id,
                  'data-band': bandOf(state, card.themeId),
                },
                h('p', {}, card.hidden ? t('faceDown') : card.text),
                h(
                  'p',
                  { class: 'projector-card-meta' },
                  votes === 1 ? t('voteCountOne') : t('voteCount', { n: votes }),
                  theme ? ` · ${theme.title}` : '',
                  ...reactions.map(([r, n]) => ` · ${t(r.label)} ${n}`),
                ),
              );
            });
        return [
          lane.id,
          h(
            'section',
            { class: 'projector-lane', 'aria-labelledby': headingId },
            h('h2', { id: headingId }, `${localName(lane)} (${cards.length})`),
            h('ul', {}, ...items),
          ),
        ] as const;
      }),
    );
    // A matrix template is projected as a matrix: each row's title, then its cells side by side.
    lanesEl.replaceChildren(...arrangeLanes(lanesEl, state.lanes, (id) => sections.get(id)));
  }

  function tick(): void {
    const left = secondsLeft(session.state?.timer ?? null, session.serverNow());
    timer.hidden = left === null;
    // Words and digits only: a classroom PC often has no emoji font, and a stopwatch sign would show as an empty box.
    if (left !== null) setText(timer, left > 0 ? t('timeLeft', { time: clock(left) }) : t('timeUp'));
    timer.classList.toggle('time-up', left === 0);
  }

  const ticker = setInterval(tick, 1000);
  if (token) {
    void session.open().catch((error: unknown) => {
      if (disposed) return;
      if (linkToken && error instanceof HttpError && (error.statusCode === 401 || error.statusCode === 403)) ended();
      else app.error(failure(error));
    });
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
      lines.dispose();
      void session.close().catch(() => undefined);
    },
  };
}
