import { HttpError } from '@microsoft/signalr';
import { RoomActionsPanel } from '../actions/roomActions';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import type { CanvasState } from '../canvas/types';
import { cohesionApi } from '../cohesion/cohesionApi';
import { bilingual, localName, t, type Bilingual } from '../i18n/i18n';
import type { ShareDialog } from '../share/shareDialog';
import { createLabHub } from '../transport/hub';
import type { ConnectionStatus, PresenceMessage, Viewport } from '../transport/protocol';
import { Announcer } from '../ui/announcer';
import { h, setText } from '../ui/dom';
import { BoardView } from './boardView';
import { BoardZoom } from './boardZoom';
import type { CardActions } from './cardActions';
import { Cursors } from './cursors';
import { startDrag } from './drag';
import { FacilitatorTools } from './facilitatorTools';
import { FindBar } from './findBar';
import { LabController } from './labController';
import { LabHeader } from './labHeader';
import { LaneTabs } from './laneTabs';
import { noticeFor, stillHolds, type LabNotice } from './notice';
import { loadOnBehalfChoices, writesOnBehalf, type OnBehalfChoices } from './onBehalf';
import { allowed, runsLab } from './permissions';
import { myDataButton } from './myData';
import { PeoplePanel } from './peoplePanel';
import { PhaseGuide } from './phaseGuide';
import { PressHold } from './pressHold';
import { say } from './roomText';
import { LabSession } from './session';
import { SummaryPanel } from './summaryPanel';
import { TableBar } from './tableBar';
import { ThemesPanel } from './themesPanel';

const statusKeys = {
  connecting: 'statusConnecting',
  connected: 'statusConnected',
  reconnecting: 'statusReconnecting',
  disconnected: 'statusDisconnected',
} as const;

/** Errors after which this token will never get in: forget it and go back to the landing page. */
const fatal = new Set(['unauthorized', 'forbidden', 'lab_not_found', 'removed']);

/**
 * A live lab: the composition root of the room. The session keeps the canvas in step with the server, the controller
 * turns what the person asks for into operations (and undo), the board draws lanes and cards, and this screen wires
 * them to the header, the facilitator's tools, the panels, presence and the notices.
 */
export function labScreen(app: AppContext, labId: string): Screen {
  const token = app.tokens.tokenFor(labId);
  const hub = createLabHub(() => token ?? '', labId);
  let notice: LabNotice | null = null;
  const controller = new LabController({
    state: () => session.state,
    me: () => session.you,
    limits: () => session.limits,
    submit: (intent) => session.submit(intent.type, intent.payload as never),
    newId: (kind) => session.newId(kind),
    refuse: (refusal) => show(refusal),
  });
  const header = new LabHeader(
    () => app.navigate('/'),
    () => session.serverNow(),
    myDataButton(
      labId,
      () => app.tokens.participant(labId)?.token ?? null,
      (error) => app.error(error),
    ),
  );
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
  const shareSlot = h('div');
  const tableBar = new TableBar(() => render());
  const people = new PeoplePanel((memberId) => controller.removeMember(memberId));
  const roomActions = new RoomActionsPanel(
    () => cohesionApi(labId, token ?? '').actions(),
    (error) => app.error(failure(error)),
  );
  const themes = new ThemesPanel(
    (title) => void controller.addTheme(title),
    (themeId) => controller.deleteTheme(themeId),
    (themeId, title) => controller.renameTheme(themeId, title),
    (themeId, colour) => controller.colourTheme(themeId, colour),
  );
  const find = new FindBar(() => render());
  const summary = new SummaryPanel();
  const guide = new PhaseGuide((phase) => controller.lab({ type: 'lab.phase', payload: { phase } }));
  const undoButton = h('button', { type: 'button', class: 'undo' });
  const redoButton = h('button', { type: 'button', class: 'redo' });
  const canvasTools = h('div', { class: 'canvas-tools', role: 'toolbar' }, undoButton, redoButton);
  const help = h('p', { id: 'canvas-help', class: 'canvas-help' });
  // Why adding is not possible now (lock, phase): shown above the lanes while it holds, tied to every add field.
  const reason = h('p', { id: 'canvas-reason', class: 'banner reason', hidden: true });
  let choosing: { purpose: 'link' | 'merge'; from: string } | null = null;

  const actions: CardActions = {
    vote: (cardId, cast) => controller.vote(cardId, cast),
    react: (cardId, kind, add) => controller.react(cardId, kind, add),
    edit: (cardId, text) => controller.edit(cardId, text),
    editing: setEditing,
    step: (cardId, direction) => {
      const to = controller.step(cardId, direction);
      const lane = to ? session.state?.lanes.find((l) => l.id === to.lane) : undefined;
      if (to) app.status('moved', { lane: lane ? localName(lane) : to.lane, n: to.position });
    },
    setTheme: (cardId, themeId) => controller.setTheme(cardId, themeId),
    colour: (cardId, colour) => controller.colour(cardId, colour),
    remove: (cardId) => controller.remove(cardId),
    choose: (cardId, purpose) => {
      choosing = { purpose, from: cardId };
      render();
      chooseCancel.focus();
    },
    chosen: (cardId) => {
      const from = choosing;
      choosing = null;
      if (!from) return;
      if (from.purpose === 'link') controller.link(from.from, cardId);
      else controller.merge(from.from, cardId);
      render();
    },
    unlink: (linkId) => controller.unlink(linkId),
    comment: (cardId, text) => controller.comment(cardId, text),
    uncomment: (commentId) => controller.uncomment(commentId),
  };
  const board = new BoardView(
    actions,
    (lane, text, onBehalfOf) => controller.addCard(lane, text, null, onBehalfOf),
    (v, event) => startDrag(v.element, event, (lane, index) => controller.drop(v.cardId, lane, index)),
  );
  const lanesEl = board.element;
  const zoom = new BoardZoom(lanesEl, () => {
    board.redrawLines();
    sendViewport();
  });
  const viewportEl = zoom.viewport;
  const tabs = new LaneTabs(lanesEl, () => render());
  // Keyboard users skip the header, the tools and the panels straight to the lanes.
  const skip = h('a', { class: 'skip-link', href: '#canvas' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    canvas.focus();
  });
  // Phase, lock, timer, connection and the lane tabs: kept in sight (sticky) on a phone while the lane scrolls.
  const statusBar = h('div', { class: 'room-status' }, header.badges, tabs.element);
  const canvas = h(
    'section',
    {
      id: 'canvas',
      tabindex: -1,
      class: 'canvas',
      'aria-labelledby': 'canvas-heading',
      'aria-describedby': 'canvas-help',
    },
    h('h2', { id: 'canvas-heading', class: 'visually-hidden' }),
    help,
    reason,
    h('div', { class: 'canvas-bar' }, canvasTools, zoom.toolbar),
    viewportEl,
    cursors.element,
  );
  // Others' changes wait while a pointer is pressed on the board, so that what is under it stays there until the click.
  const hold = new PressHold(canvas, () => render());
  const announcer = new Announcer((n) => t('announceChanges', { n }));
  const element = h(
    'div',
    { class: 'lab' },
    skip,
    header.element,
    statusBar,
    guide.element,
    toolsSlot,
    readOnly,
    offlineBanner,
    reconnect,
    followBanner,
    chooseBanner,
    h(
      'div',
      { class: 'panels' },
      roomActions.element,
      people.element,
      summary.element,
      themes.element,
      find.element,
      tableBar.element,
    ),
    canvas,
    shareSlot,
    announcer.element,
  );

  let tools: FacilitatorTools | null = null;
  let share: ShareDialog | null = null;
  let followLocally = true;
  let offline = !navigator.onLine;
  let connection: ConnectionStatus = 'connecting';
  let previous: CanvasState | null = null;
  let disposed = false;
  let scheduled = false;
  const presence: PresenceMessage = { cursor: null, editing: null, viewport: null };

  const session: LabSession = new LabSession(
    hub,
    labId,
    {
      changed: () => schedule(),
      presence: () => {
        followLeader();
        schedule();
      },
      error: (error) => {
        if (fatal.has(error.code)) leave(error);
        else show(noticeFor(error.code, error, session.state));
      },
      status: (status: ConnectionStatus) => {
        if (disposed) return; // the hub closing after the screen went: nothing to tell the next screen
        app.status(statusKeys[status]);
        connection = status;
        header.connected(status, offline);
        reconnect.hidden = status !== 'disconnected' || offline;
        if (status === 'connected' && notice?.cause === 'server') clearNotice();
      },
      removed: (error) => leave(error.code ? error : bilingual('removedFromLab')),
      // An operation of this person went through: a refusal of their earlier input no longer applies.
      acknowledged: () => {
        if (notice?.cause === 'input' || notice?.cause === 'server') clearNotice();
      },
    },
    undefined,
    undefined,
    localStorage,
  );

  /** Shows a refusal, remembering its cause so that it goes when the cause goes. */
  function show(refusal: LabNotice): void {
    notice = refusal;
    app.error(refusal.error);
  }

  function clearNotice(): void {
    notice = null;
    app.error(null);
  }

  function leave(error: Bilingual): void {
    if (app.tokens.participant(labId)) app.tokens.forgetParticipant(labId);
    app.navigate('/');
    app.error(error);
  }

  async function open(): Promise<void> {
    try {
      if ((await session.open()) && session.you?.role === 'participant' && session.lab) {
        const saved = app.tokens.participant(labId);
        if (saved) app.tokens.saveParticipant({ ...saved, title: session.lab.title });
      }
    } catch (error) {
      if (disposed || offline) return;
      if (error instanceof HttpError && error.statusCode === 401) leave(bilingual('signInAgain'));
      // A participant's token refused outright: a facilitator removed them.
      else if (error instanceof HttpError && error.statusCode === 403 && app.tokens.participant(labId))
        leave(bilingual('removedFromLab'));
      else app.error(failure(error));
    }
  }

  // "Per conto di": whom staff may write for (the roster and the register), asked again when someone new joins the lab.
  let onBehalf: OnBehalfChoices | null = null;
  let onBehalfAsked = -1;
  let onBehalfLoading = false;
  function askOnBehalf(role: string, members: number): void {
    if (!writesOnBehalf(role) || !token || onBehalfLoading || onBehalfAsked === members) return;
    onBehalfAsked = members;
    onBehalfLoading = true;
    loadOnBehalfChoices(labId, token)
      .then((choices) => {
        onBehalf = choices;
        if (!disposed) schedule();
      })
      // Without the list the add box is as it was: cards are written for oneself.
      .catch(() => undefined)
      .finally(() => {
        onBehalfLoading = false;
      });
  }

  /** Draws once after everything that happened in this turn (a burst of events, presence). */
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!disposed && !hold.holds()) render();
    });
  }

  function render(): void {
    const state = session.state;
    const you = session.you;
    if (!state || !you) return;
    const focused = document.activeElement;
    if (notice && !stillHolds(notice, state, you.role)) clearNotice();
    announce(session.confirmed ?? state, you.id);
    header.update(state, session.lab, you);
    header.connected(connection, offline);
    readOnly.hidden = you.role !== 'trainer';
    setText(readOnly, t('readOnly'));
    setText(reconnect, t('reconnect'));
    // Only while changes cannot go out: a banner shown for every operation in flight would push the board down and
    // up under the pointer at each click (the cards say "in invio…" themselves meanwhile).
    offlineBanner.hidden = !offline && (connection === 'connected' || session.pendingCount === 0);
    setText(
      offlineBanner,
      [offline ? t('offline') : '', session.pendingCount ? t('pendingCount', { n: session.pendingCount }) : '']
        .filter(Boolean)
        .join(' '),
    );
    if (runsLab(you.role)) {
      if (!tools) {
        tools = new FacilitatorTools(you.id, labId, {
          submit: (type, payload) => controller.lab({ type, payload } as never),
          split: (n) => controller.split(n, (i) => t('tableName', { n: i })),
          share: () => void openShare(),
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
    roomActions.update(state);
    setText(skip, say('skip'));
    guide.update(state, runsLab(you.role));
    summary.element.hidden = !runsLab(you.role);
    if (runsLab(you.role)) summary.update(state);
    find.update(state);
    people.update(state, you.id, you.role, session.peers);
    themes.update(
      state,
      allowed(state, you.role, 'themes'),
      (author) => runsLab(you.role) || (you.role === 'participant' && author === you.id && !state.locked),
    );
    tableBar.update(state, you.id, you.role);
    setText(canvas.querySelector('#canvas-heading') ?? help, t('canvas'));
    setText(help, `${t('canvasHelp')} ${say('zoomHelp')}`);
    zoom.update(state);
    renderUndo(you.role);
    const blocked = you.role === 'participant' && !state.lanes.some((l) => allowed(state, you.role, 'cards', l.id));
    reason.hidden = !blocked;
    setText(reason, blocked ? t(state.locked ? 'canvasLocked' : 'phaseForbidsCards') : '');
    const editors = new Map<string, string[]>();
    for (const peer of session.peers.values()) {
      if (peer.editing) editors.set(peer.editing, [...(editors.get(peer.editing) ?? []), peer.displayName]);
    }
    askOnBehalf(you.role, Object.keys(state.members).length);
    board.render({
      onBehalf,
      state,
      confirmed: session.confirmed ?? state,
      me: you.id,
      role: you.role,
      choosing,
      editors,
      shows: (c) => tableBar.shows(c),
      filter: find.current,
    });
    tabs.update(state, board.shown);
    cursors.update(session.peers, Date.now(), boardOrigin());
    // A card that moved was taken out and put back: give its button the focus back.
    if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused) focused.focus();
  }

  function renderUndo(role: string): void {
    canvasTools.hidden = role === 'trainer';
    canvasTools.setAttribute('aria-label', t('undo'));
    setText(undoButton, t('undo'));
    undoButton.setAttribute('aria-label', t('undoLabel'));
    undoButton.setAttribute('aria-keyshortcuts', 'Control+Z');
    undoButton.setAttribute('aria-disabled', String(!controller.canUndo));
    setText(redoButton, t('redo'));
    redoButton.setAttribute('aria-label', t('redoLabel'));
    redoButton.setAttribute('aria-keyshortcuts', 'Control+Y');
    redoButton.setAttribute('aria-disabled', String(!controller.canRedo));
  }

  function undo(): void {
    if (!controller.undo()) app.status('nothingToUndo');
    else app.status('undone');
  }

  function redo(): void {
    if (controller.redo()) app.status('redone');
  }

  async function openShare(): Promise<void> {
    if (!session.lab) return;
    // The dialog and its QR code are loaded when first asked for, not with the room.
    if (!share) {
      const { ShareDialog } = await import('../share/shareDialog');
      share = new ShareDialog();
      shareSlot.replaceChildren(share.element);
    }
    share.show(session.lab, app.tokens.staff()?.token ?? null);
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
    if (before.cards === confirmed.cards) return;
    for (const card of Object.values(confirmed.cards)) {
      if (before.cards[card.id] || card.author === me) continue;
      const lane = confirmed.lanes.find((l) => l.id === card.lane);
      announcer.say(t('announceCard', { lane: lane ? localName(lane) : card.lane, text: card.text || t('faceDown') }));
    }
  }

  function setEditing(cardId: string | null): void {
    presence.editing = cardId;
    session.presence({ ...presence });
  }

  /** Where the board's top left corner is over the canvas (the cursors' layer), and its zoom. */
  function boardOrigin(): { x: number; y: number; scale: number } {
    const board = lanesEl.getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    return { x: board.left - box.left, y: board.top - box.top, scale: zoom.scale };
  }

  /** "Follow me": the leader's viewport, as scroll offsets over the lanes (in the board's own pixels) and the page. */
  function viewport(): Viewport {
    return {
      x: Math.round(viewportEl.scrollLeft / zoom.scale),
      y: Math.max(0, window.scrollY - canvas.offsetTop),
      width: viewportEl.clientWidth,
      height: window.innerHeight,
    };
  }

  function followLeader(): void {
    const state = session.state;
    const leader = state?.follow && state.follow !== session.you?.id ? session.peers.get(state.follow) : undefined;
    if (!followLocally || !leader?.viewport) return;
    viewportEl.scrollLeft = leader.viewport.x * zoom.scale;
    window.scrollTo({ top: leader.viewport.y + canvas.offsetTop });
  }

  function sendViewport(): void {
    if (session.state?.follow !== session.you?.id || !session.you) return;
    presence.viewport = viewport();
    session.presence({ ...presence });
  }

  function onPointer(event: PointerEvent): void {
    const box = lanesEl.getBoundingClientRect();
    presence.cursor = {
      x: Math.round((event.clientX - box.left) / zoom.scale),
      y: Math.round((event.clientY - box.top) / zoom.scale),
    };
    session.presence({ ...presence });
  }

  /** Ctrl+Z / Ctrl+Y (Cmd on a Mac) outside text fields, where they undo typing as usual. */
  function onKey(event: KeyboardEvent): void {
    if (event.target instanceof Node && canvas.contains(event.target) && zoom.key(event)) {
      event.preventDefault();
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
    else return;
    event.preventDefault();
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
    if (session.peers.size) cursors.update(session.peers, Date.now(), boardOrigin());
  }, 1000);

  canvas.addEventListener('pointermove', onPointer);
  canvas.addEventListener('pointerleave', () => {
    presence.cursor = null;
    session.presence({ ...presence });
  });
  undoButton.addEventListener('click', () => {
    if (undoButton.getAttribute('aria-disabled') !== 'true') undo();
  });
  redoButton.addEventListener('click', () => {
    if (redoButton.getAttribute('aria-disabled') !== 'true') redo();
  });
  document.addEventListener('keydown', onKey);
  viewportEl.addEventListener('scroll', sendViewport, { passive: true });
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
    board
      .card(from ?? '')
      ?.element.querySelector<HTMLElement>('.menu-toggle')
      ?.focus();
  });
  reconnect.addEventListener('click', () => void open());
  if (token) void open();
  else queueMicrotask(() => leave(bilingual('signInAgain')));

  return {
    element,
    relocalize: () => {
      roomActions.relocalize();
      render();
    },
    dispose: () => {
      disposed = true;
      roomActions.dispose();
      clearInterval(tick);
      announcer.dispose();
      board.dispose();
      zoom.dispose();
      hold.dispose();
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', sendViewport);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      void session.close().catch(() => undefined);
    },
  };
}
