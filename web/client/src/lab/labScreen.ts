import { HttpError } from '@microsoft/signalr';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import type { Card, CanvasState } from '../canvas/types';
import { bilingual, localName, t, type Bilingual } from '../i18n/i18n';
import { ShareDialog } from '../share/shareDialog';
import { createLabHub } from '../transport/hub';
import type { ConnectionStatus, PresenceMessage, Viewport } from '../transport/protocol';
import { Announcer } from '../ui/announcer';
import { h, setText } from '../ui/dom';
import type { CardActions } from './cardActions';
import { CardView } from './cardView';
import { Cursors } from './cursors';
import { startDrag } from './drag';
import { FacilitatorTools } from './facilitatorTools';
import { LabHeader } from './labHeader';
import { LaneView } from './laneView';
import { allowed, mayOnCard, runsLab } from './permissions';
import { PeoplePanel } from './peoplePanel';
import { laneCards, step, yAt, yForNew } from './positions';
import { LabSession } from './session';
import { TableBar } from './tableBar';
import { ThemesPanel } from './themesPanel';

const statusKeys = {
  connecting: 'statusConnecting', connected: 'statusConnected', reconnecting: 'statusReconnecting', disconnected: 'statusDisconnected',
} as const;

/** Errors after which this token will never get in: forget it and go back to the landing page. */
const fatal = new Set(['unauthorized', 'forbidden', 'lab_not_found', 'removed']);

const maxText = 500;

/** A live lab: header, facilitator tools, people and themes, the canvas as lanes of cards, others' pointers. */
export function labScreen(app: AppContext, labId: string): Screen {
  const token = app.tokens.tokenFor(labId);
  const hub = createLabHub(() => token ?? '', labId);
  let session: LabSession;
  const header = new LabHeader(() => app.navigate('/'), () => session.serverNow());
  const lanesEl = h('div', { class: 'lanes' });
  const cursors = new Cursors();
  const readOnly = h('p', { class: 'banner read-only', hidden: true });
  const offlineBanner = h('p', { class: 'banner offline', role: 'status', hidden: true });
  const followBanner = h('p', { class: 'banner follow', hidden: true });
  const followText = h('span', {});
  const followToggle = h('button', { type: 'button' });
  followBanner.append(followText, ' ', followToggle);
  const chooseBanner = h('p', { class: 'banner choosing', role: 'status', hidden: true });
  const chooseText = h('span', {});
  const chooseCancel = h('button', { type: 'button' });
  chooseBanner.append(chooseText, ' ', chooseCancel);
  const reconnect = h('button', { type: 'button', class: 'reconnect', hidden: true });
  const toolsSlot = h('div');
  const tableBar = new TableBar(() => render());
  const people = new PeoplePanel((memberId) => session.submit('member.remove', { memberId }));
  const themes = new ThemesPanel(
    (title) => session.submit('theme.add', { themeId: session.newId('t'), title }),
    (themeId) => session.submit('theme.delete', { themeId }),
  );
  const help = h('p', { id: 'canvas-help', class: 'canvas-help' });
  const canvas = h('section', { class: 'canvas', 'aria-labelledby': 'canvas-heading', 'aria-describedby': 'canvas-help' },
    h('h2', { id: 'canvas-heading', class: 'visually-hidden' }), help, lanesEl, cursors.element);
  const share = new ShareDialog();
  const announcer = new Announcer((n) => t('announceChanges', { n }));
  const element = h('div', { class: 'lab' }, header.element, toolsSlot, readOnly, offlineBanner, reconnect, followBanner, chooseBanner,
    h('div', { class: 'panels' }, people.element, themes.element, tableBar.element), canvas, share.element, announcer.element);

  const lanes = new Map<string, LaneView>();
  const cardViews = new Map<string, CardView>();
  let tools: FacilitatorTools | null = null;
  let choosing: { purpose: 'link' | 'merge'; from: string } | null = null;
  let followLocally = true;
  let offline = !navigator.onLine;
  let previous: CanvasState | null = null;
  let disposed = false;
  let scheduled = false;
  const presence: PresenceMessage = { cursor: null, editing: null, viewport: null };

  session = new LabSession(hub, labId, {
    changed: () => schedule(),
    presence: () => {
      followLeader();
      schedule();
    },
    error: (error) => {
      if (fatal.has(error.code)) leave(error);
      else app.error(error);
    },
    status: (status: ConnectionStatus) => {
      if (disposed) return; // the hub closing after the screen went: nothing to tell the next screen
      app.status(statusKeys[status]);
      reconnect.hidden = status !== 'disconnected' || offline;
      if (status === 'connected') app.error(null);
    },
    removed: (error) => leave(error.code ? error : bilingual('removedFromLab')),
  }, undefined, undefined, localStorage);

  function leave(error: Bilingual): void {
    if (app.tokens.participant(labId)) app.tokens.forgetParticipant(labId);
    app.navigate('/');
    app.error(error);
  }

  async function open(): Promise<void> {
    try {
      if (await session.open() && session.you?.role === 'participant' && session.lab) {
        const saved = app.tokens.participant(labId);
        if (saved) app.tokens.saveParticipant({ ...saved, title: session.lab.title });
      }
    } catch (error) {
      if (disposed || offline) return;
      if (error instanceof HttpError && error.statusCode === 401) leave(bilingual('signInAgain'));
      // A participant's token refused outright: a facilitator removed them.
      else if (error instanceof HttpError && error.statusCode === 403 && app.tokens.participant(labId)) leave(bilingual('removedFromLab'));
      else app.error(failure(error));
    }
  }

  /** Draws once after everything that happened in this turn (a burst of events, presence). */
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!disposed) render();
    });
  }

  function render(): void {
    const state = session.state;
    const you = session.you;
    if (!state || !you) return;
    const focused = document.activeElement;
    announce(session.confirmed ?? state, you.id);
    header.update(state, session.lab, you);
    readOnly.hidden = you.role !== 'trainer';
    setText(readOnly, t('readOnly'));
    setText(reconnect, t('reconnect'));
    offlineBanner.hidden = !offline && session.pendingCount === 0;
    setText(offlineBanner, [offline ? t('offline') : '', session.pendingCount ? t('pendingCount', { n: session.pendingCount }) : ''].filter(Boolean).join(' '));
    if (runsLab(you.role)) {
      if (!tools) {
        tools = new FacilitatorTools(you.id, labId, {
          submit: (type, payload) => void session.submit(type, payload),
          split: (n) => split(n),
          share: () => { if (session.lab) share.show(session.lab); },
        });
        toolsSlot.replaceChildren(tools.element);
      }
      tools.update(state, session.lab?.title ?? state.title);
    }
    renderFollow(state, you.id);
    // Leading "follow me": say where we are looking at once, not only at the next scroll; stop saying it after.
    if ((state.follow === you.id) !== (presence.viewport !== null)) {
      presence.viewport = state.follow === you.id ? viewport() : null;
      session.presence({ ...presence });
    }
    renderChoosing(state);
    people.update(state, you.id, you.role, session.peers);
    themes.update(state, allowed(state, you.role, 'themes'), (author) => runsLab(you.role) || (you.role === 'participant' && author === you.id && !state.locked));
    tableBar.update(state, you.id, you.role);
    setText(canvas.querySelector('#canvas-heading') ?? help, t('canvas'));
    setText(help, t('canvasHelp'));
    renderLanes(state, you.id, you.role);
    cursors.update(session.peers, Date.now(), lanesEl.scrollLeft);
    // A card that moved was taken out and put back: give its button the focus back.
    if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused) focused.focus();
  }

  function renderLanes(state: CanvasState, me: string, role: string): void {
    const ids = state.lanes.map((l) => l.id);
    if (ids.join('\n') !== [...lanes.keys()].join('\n')) {
      lanes.clear();
      for (const lane of state.lanes) lanes.set(lane.id, new LaneView(lane, addCard));
      lanesEl.replaceChildren(...[...lanes.values()].map((v) => v.element));
    }
    const shown = Object.values(state.cards).filter((c) => tableBar.shows(c));
    const editors = new Map<string, string[]>();
    for (const peer of session.peers.values()) {
      if (peer.editing) editors.set(peer.editing, [...(editors.get(peer.editing) ?? []), peer.displayName]);
    }
    const views = (card: Card): CardView => {
      let view = cardViews.get(card.id);
      if (!view) {
        view = new CardView(card, (v, event) => startDrag(v.element, event, (lane, index) => dropCard(v.cardId, lane, index)));
        cardViews.set(card.id, view);
      }
      return view;
    };
    for (const id of cardViews.keys()) if (!state.cards[id]) cardViews.delete(id);
    for (const lane of state.lanes) {
      lanes.get(lane.id)?.update(lane, laneCards(shown, lane.id), views, {
        state, confirmed: session.confirmed ?? state, me, role, choosing, actions,
        canAdd: allowed(state, role, 'cards', lane.id),
        may: (card, action) => mayOnCard(state, role, me, card, action),
        editors: (cardId) => editors.get(cardId) ?? [],
        add: addCard,
      });
    }
  }

  function renderFollow(state: CanvasState, me: string): void {
    const leader = state.follow && state.follow !== me ? state.members[state.follow] : undefined;
    followBanner.hidden = !leader;
    if (!leader) return;
    setText(followText, followLocally ? t('following', { name: leader.displayName }) : '');
    setText(followToggle, followLocally ? t('stopFollowing') : t('resumeFollowing', { name: leader.displayName }));
    followToggle.setAttribute('aria-pressed', String(!followLocally));
  }

  function renderChoosing(state: CanvasState): void {
    const from = choosing ? state.cards[choosing.from] : undefined;
    if (choosing && !from) choosing = null;
    chooseBanner.hidden = !choosing;
    if (!choosing || !from) return;
    setText(chooseText, t(choosing.purpose === 'link' ? 'linking' : 'merging', { text: from.text || t('faceDown') }));
    setText(chooseCancel, t('stopChoosing'));
  }

  /** Says what others changed, in moderation: new cards, phase, lock. */
  function announce(confirmed: CanvasState, me: string): void {
    const before = previous;
    previous = confirmed;
    if (!before || before === confirmed) return;
    if (before.phase !== confirmed.phase) {
      const phase = confirmed.phases.find((p) => p.id === confirmed.phase);
      if (phase) announcer.say(t('announcePhase', { phase: localName(phase) }));
    }
    if (before.locked !== confirmed.locked) announcer.say(t(confirmed.locked ? 'announceLocked' : 'announceUnlocked'));
    for (const card of Object.values(confirmed.cards)) {
      if (before.cards[card.id] || card.author === me) continue;
      const lane = confirmed.lanes.find((l) => l.id === card.lane);
      announcer.say(t('announceCard', { lane: lane ? localName(lane) : card.lane, text: card.text || t('faceDown') }));
    }
  }

  /** Refuses before sending what the server would refuse anyway, keeping the text where the person typed it. */
  function check(text: string | null, capability: 'cards' | 'comments' | null, lane?: string): boolean {
    const state = session.state;
    const you = session.you;
    if (!state || !you) return false;
    if (text !== null && text.length > maxText) {
      app.error(bilingual('textTooLong', { max: maxText, n: text.length }));
      return false;
    }
    if (capability && !allowed(state, you.role, capability, lane)) {
      app.error(bilingual(state.locked ? 'canvasLocked' : 'phaseForbids'));
      return false;
    }
    return true;
  }

  function addCard(lane: string, text: string): boolean {
    const state = session.state;
    if (!state || !check(text, 'cards', lane)) return false;
    session.submit('card.add', { cardId: session.newId('c'), lane, text, colour: null, x: 0, y: yForNew(state, lane) });
    return true;
  }

  function dropCard(cardId: string, lane: string, index: number): void {
    const state = session.state;
    const card = state?.cards[cardId];
    if (!state || !card) return;
    const others = laneCards(Object.values(state.cards), lane).filter((c) => c.id !== cardId);
    session.submit('card.move', { cardId, lane: lane === card.lane ? null : lane, x: card.x, y: yAt(others, index) });
  }

  function setEditing(cardId: string | null): void {
    presence.editing = cardId;
    session.presence({ ...presence });
  }

  const actions: CardActions = {
    vote: (cardId, cast) => void session.submit(cast ? 'vote.cast' : 'vote.retract', { cardId }),
    react: (cardId, kind, add) => void session.submit(add ? 'reaction.add' : 'reaction.remove', { cardId, kind }),
    edit: (cardId, text) => {
      if (!check(text, null)) return false;
      if (session.state?.cards[cardId]?.text !== text) session.submit('card.edit', { cardId, text });
      return true;
    },
    editing: setEditing,
    step: (cardId, direction) => {
      const state = session.state;
      const card = state?.cards[cardId];
      const to = state && card ? step(state, cardId, direction) : null;
      if (!card || !to || !state) return;
      session.submit('card.move', { cardId, lane: to.lane, x: card.x, y: to.y });
      const laneId = to.lane ?? card.lane;
      const lane = state.lanes.find((l) => l.id === laneId);
      const after = session.state ? laneCards(Object.values(session.state.cards), laneId).findIndex((c) => c.id === cardId) + 1 : 0;
      app.status('moved', { lane: lane ? localName(lane) : laneId, n: after });
    },
    setTheme: (cardId, themeId) => void session.submit('card.theme', { cardId, themeId }),
    remove: (cardId) => void session.submit('card.delete', { cardId }),
    choose: (cardId, purpose) => {
      choosing = { purpose, from: cardId };
      render();
      chooseCancel.focus();
    },
    chosen: (cardId) => {
      const from = choosing;
      choosing = null;
      if (!from) return;
      if (from.purpose === 'link') session.submit('link.add', { linkId: session.newId('l'), from: from.from, to: cardId });
      else session.submit('card.merge', { cardId: from.from, intoId: cardId, text: null });
      render();
    },
    unlink: (linkId) => void session.submit('link.delete', { linkId }),
    comment: (cardId, text) => {
      if (!check(text, 'comments')) return false;
      session.submit('comment.add', { commentId: session.newId('m'), cardId, text });
      return true;
    },
    uncomment: (commentId) => void session.submit('comment.delete', { commentId }),
  };

  /** Seats the participants online at `n` tables, in turn. */
  function split(n: number): void {
    const state = session.state;
    if (!state || !(n >= 2 && n <= 20)) return;
    const participants = Object.values(state.members).filter((m) => m.role === 'participant' && m.present && !m.removed)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const groups = Array.from({ length: n }, (_, i) => ({ groupId: session.newId('g'), name: t('tableName', { n: i + 1 }), members: [] as string[] }));
    participants.forEach((m, i) => groups[i % n]?.members.push(m.id));
    session.submit('groups.split', { groups });
  }

  /** "Follow me": the leader's viewport, as scroll offsets over the lanes and the page. */
  function viewport(): Viewport {
    return { x: lanesEl.scrollLeft, y: Math.max(0, window.scrollY - canvas.offsetTop), width: lanesEl.clientWidth, height: window.innerHeight };
  }

  function followLeader(): void {
    const state = session.state;
    const leader = state?.follow && state.follow !== session.you?.id ? session.peers.get(state.follow) : undefined;
    if (!followLocally || !leader?.viewport) return;
    lanesEl.scrollLeft = leader.viewport.x;
    window.scrollTo({ top: leader.viewport.y + canvas.offsetTop });
  }

  function sendViewport(): void {
    if (session.state?.follow !== session.you?.id || !session.you) return;
    presence.viewport = viewport();
    session.presence({ ...presence });
  }

  function onPointer(event: PointerEvent): void {
    const box = canvas.getBoundingClientRect();
    presence.cursor = { x: Math.round(event.clientX - box.left + lanesEl.scrollLeft), y: Math.round(event.clientY - box.top) };
    session.presence({ ...presence });
  }

  const goOffline = (): void => {
    offline = true;
    void session.offline();
    render();
  };
  const goOnline = (): void => {
    offline = false;
    render();
    void open();
  };
  const tick = setInterval(() => {
    header.tick();
    if (session.peers.size) cursors.update(session.peers, Date.now(), lanesEl.scrollLeft);
  }, 1000);

  canvas.addEventListener('pointermove', onPointer);
  canvas.addEventListener('pointerleave', () => {
    presence.cursor = null;
    session.presence({ ...presence });
  });
  lanesEl.addEventListener('scroll', sendViewport, { passive: true });
  window.addEventListener('scroll', sendViewport, { passive: true });
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  followToggle.addEventListener('click', () => {
    followLocally = !followLocally;
    followLeader();
    render();
  });
  chooseCancel.addEventListener('click', () => {
    const from = choosing?.from;
    choosing = null;
    render();
    cardViews.get(from ?? '')?.element.querySelector<HTMLElement>('.menu-toggle')?.focus();
  });
  reconnect.addEventListener('click', () => void open());
  if (token) void open();
  else queueMicrotask(() => leave(bilingual('signInAgain')));

  return {
    element,
    relocalize: () => render(),
    dispose: () => {
      disposed = true;
      clearInterval(tick);
      announcer.dispose();
      window.removeEventListener('scroll', sendViewport);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      void session.close().catch(() => undefined);
    },
  };
}
