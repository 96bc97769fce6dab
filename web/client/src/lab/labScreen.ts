import { HttpError } from '@microsoft/signalr';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import type { CanvasState } from '../canvas/types';
import { cohesionApi } from '../cohesion/cohesionApi';
import { bilingual, localName, t, type Bilingual } from '../i18n/i18n';
import type { ShareDialog } from '../share/shareDialog';
import { createLabHub } from '../transport/hub';
import type { ConnectionStatus } from '../transport/protocol';
import { Announcer } from '../ui/announcer';
import { h } from '../ui/dom';
import { BoardView } from './boardView';
import { BoardZoom } from './boardZoom';
import { Cursors } from './cursors';
import { startDrag } from './drag';
import { FacilitatorTools } from './facilitatorTools';
import { LabController } from './labController';
import { LabHeader } from './labHeader';
import { LaneTabs } from './laneTabs';
import { noticeFor, stillHolds, type LabNotice } from './notice';
import { loadOnBehalfChoices, writesOnBehalf, type OnBehalfChoices } from './onBehalf';
import { myDataButton } from './myData';
import { runsLab } from './permissions';
import { PhaseGuide } from './phaseGuide';
import { PressHold } from './pressHold';
import { changesToAnnounce, editorsByCard } from './roomAnnounce';
import { RoomBanners } from './roomBanners';
import { RoomCanvas } from './roomCanvas';
import { roomCardActions } from './roomCardActions';
import { RoomPanels } from './roomPanels';
import { RoomPresence } from './roomPresence';
import { LabSession } from './session';
import { shortcutOf } from './shortcuts';
import { keepClearOfStickyBar } from './stickyInset';
import { UndoBar } from './undoBar';

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
  const banners = new RoomBanners(
    () => void open(),
    () => {
      presence.followLocally = !presence.followLocally;
      followLeader();
      render();
    },
    stopChoosing,
  );
  const toolsSlot = h('div');
  const shareSlot = h('div');
  const panels = new RoomPanels(
    controller,
    () => cohesionApi(labId, token ?? '').actions(),
    (error) => app.error(failure(error)),
    () => render(),
  );
  const guide = new PhaseGuide((phase) => controller.lab({ type: 'lab.phase', payload: { phase } }));
  const undoBar = new UndoBar(undo, redo);
  let choosing: { purpose: 'link' | 'merge'; from: string } | null = null;

  const actions = roomCardActions(controller, {
    editing: (cardId) => presence.editing(cardId),
    moved: (laneId, n) => {
      const lane = session.state?.lanes.find((l) => l.id === laneId);
      app.status('moved', { lane: lane ? localName(lane) : laneId, n });
    },
    choose: (cardId, purpose) => {
      choosing = { purpose, from: cardId };
      render();
      banners.chooseCancel.focus();
    },
    chosen: () => {
      const first = choosing;
      choosing = null;
      render();
      return first;
    },
  });
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
  const leading = (): boolean => !!session.you && session.state?.follow === session.you.id;
  const viewportEl = zoom.viewport;
  const tabs = new LaneTabs(lanesEl, () => render());
  // Phase, lock, timer, connection and the lane tabs: kept in sight (sticky) on a phone while the lane scrolls.
  const statusBar = h('div', { class: 'room-status' }, header.status, tabs.element);
  // What gets the focus while the page is scrolled (the facilitator's "Fase" select) lands below that bar, not under it.
  const stopKeepingClear = keepClearOfStickyBar(statusBar);
  const room = new RoomCanvas([undoBar.element, zoom.toolbar], viewportEl, cursors.element);
  const canvas = room.element;
  // Others' changes wait while a pointer is pressed on the board, so that what is under it stays there until the click.
  const hold = new PressHold(canvas, () => render());
  const announcer = new Announcer((n) => t('announceChanges', { n }));
  const element = h(
    'div',
    { class: 'lab' },
    room.skip,
    header.element,
    statusBar,
    header.badges,
    guide.element,
    toolsSlot,
    ...banners.elements,
    panels.element,
    canvas,
    shareSlot,
    announcer.element,
  );

  const presence = new RoomPresence((message) => session.presence(message), {
    canvas,
    lanes: lanesEl,
    viewport: viewportEl,
    scale: () => zoom.scale,
  });
  let tools: FacilitatorTools | null = null;
  let share: ShareDialog | null = null;
  let offline = !navigator.onLine;
  let connection: ConnectionStatus = 'connecting';
  let previous: CanvasState | null = null;
  let disposed = false;
  let scheduled = false;

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
        banners.connection(status, offline);
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
    const confirmed = session.confirmed ?? state;
    for (const message of changesToAnnounce(previous, confirmed, you.id)) announcer.say(message);
    previous = confirmed;
    header.update(state, session.lab, you);
    header.connected(connection, offline);
    const leader = state.follow && state.follow !== you.id ? state.members[state.follow] : undefined;
    if (choosing && !state.cards[choosing.from]) choosing = null;
    const from = choosing ? state.cards[choosing.from] : undefined;
    banners.update({
      role: you.role,
      offline,
      connection,
      pendingCount: session.pendingCount,
      leader: leader?.displayName ?? null,
      followLocally: presence.followLocally,
      choosing: choosing && from ? { purpose: choosing.purpose, text: from.text || t('faceDown') } : null,
    });
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
    presence.lead(state.follow === you.id);
    guide.update(state, runsLab(you.role));
    panels.update(state, you, session.peers);
    room.update(state, you.role);
    zoom.update(state);
    undoBar.update(you.role, controller.canUndo, controller.canRedo);
    askOnBehalf(you.role, Object.keys(state.members).length);
    board.render({
      onBehalf,
      state,
      confirmed,
      me: you.id,
      role: you.role,
      choosing,
      editors: editorsByCard(session.peers.values()),
      shows: (c) => panels.tables.shows(c),
      showsKey: panels.tables.showing,
      filter: panels.find.current,
    });
    tabs.update(state, board.shown);
    cursors.update(session.peers, Date.now(), presence.origin());
    // A card that moved was taken out and put back: give its button the focus back.
    if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused) focused.focus();
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

  function stopChoosing(): void {
    const from = choosing?.from;
    choosing = null;
    render();
    board
      .card(from ?? '')
      ?.element.querySelector<HTMLElement>('.menu-toggle')
      ?.focus();
  }

  function followLeader(): void {
    const state = session.state;
    const leader = state?.follow && state.follow !== session.you?.id ? session.peers.get(state.follow) : undefined;
    presence.follow(leader?.viewport);
  }

  function sendViewport(): void {
    presence.moved(leading());
  }

  /** Zoom keys on the board; Ctrl+Z / Ctrl+Y (Cmd on a Mac) outside text fields, where they undo typing as usual. */
  function onKey(event: KeyboardEvent): void {
    const shortcut =
      event.target instanceof Node && canvas.contains(event.target) && zoom.key(event) ? 'zoom' : shortcutOf(event);
    if (shortcut === 'undo') undo();
    else if (shortcut === 'redo') redo();
    if (shortcut) event.preventDefault();
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
    if (session.peers.size) cursors.update(session.peers, Date.now(), presence.origin());
  }, 1000);

  canvas.addEventListener('pointermove', (event) => presence.pointer(event));
  canvas.addEventListener('pointerleave', () => presence.pointerLeft());
  document.addEventListener('keydown', onKey);
  viewportEl.addEventListener('scroll', sendViewport, { passive: true });
  window.addEventListener('scroll', sendViewport, { passive: true });
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (token) void open();
  else queueMicrotask(() => leave(bilingual('signInAgain')));

  return {
    element,
    relocalize: () => {
      panels.relocalize();
      render();
    },
    dispose: () => {
      disposed = true;
      panels.dispose();
      clearInterval(tick);
      announcer.dispose();
      board.dispose();
      tools?.dispose();
      zoom.dispose();
      hold.dispose();
      stopKeepingClear();
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', sendViewport);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      void session.close().catch(() => undefined);
    },
  };
}
