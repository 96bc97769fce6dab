import { HttpError } from '@microsoft/signalr';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import type { Card, CanvasState } from '../canvas/types';
import { bilingual, t } from '../i18n/i18n';
import { createLabHub } from '../transport/hub';
import type { ConnectionStatus } from '../transport/protocol';
import { h, setText } from '../ui/dom';
import { LabHeader } from './labHeader';
import { LaneView } from './laneView';
import { allowed, runsLab } from './permissions';
import { LabSession } from './session';
import { Toolbar } from './toolbar';

const statusKeys = {
  connecting: 'statusConnecting', connected: 'statusConnected', reconnecting: 'statusReconnecting', disconnected: 'statusDisconnected',
} as const;

/** Errors after which this token will never get in: forget it and go back to the landing page. */
const fatal = new Set(['unauthorized', 'forbidden', 'lab_not_found']);

/** A live lab: header, facilitator toolbar, and the canvas as lanes of cards. */
export function labScreen(app: AppContext, labId: string): Screen {
  const token = app.tokens.tokenFor(labId);
  const header = new LabHeader(() => app.navigate('/'));
  const lanesEl = h('div', { class: 'lanes' });
  const readOnly = h('p', { class: 'read-only', hidden: true });
  const reconnect = h('button', { type: 'button', class: 'reconnect', hidden: true });
  const toolbarSlot = h('div');
  const element = h('div', { class: 'lab' }, header.element, toolbarSlot, readOnly, reconnect, h('section', { class: 'canvas', 'aria-label': t('canvas') }, lanesEl));
  const lanes = new Map<string, LaneView>();
  let toolbar: Toolbar | null = null;
  let disposed = false;

  const hub = createLabHub(() => token ?? '');
  const session = new LabSession(hub, labId, {
    changed: () => render(),
    error: (error) => {
      if (fatal.has(error.code)) leave(error);
      else app.error(error);
    },
    status: (status: ConnectionStatus) => {
      app.status(statusKeys[status]);
      reconnect.hidden = status !== 'disconnected';
    },
  });

  function leave(error: { message: string; messageEn: string }): void {
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
      if (disposed) return;
      if (error instanceof HttpError && error.statusCode === 401) leave(bilingual('signInAgain'));
      else app.error(failure(error));
    }
  }

  function render(): void {
    const state = session.state;
    const you = session.you;
    if (!state || !you) return;
    header.update(state, session.lab, you);
    readOnly.hidden = you.role !== 'trainer';
    setText(readOnly, t('readOnly'));
    setText(reconnect, t('reconnect'));
    if (runsLab(you.role)) {
      if (!toolbar) {
        toolbar = new Toolbar((phase) => session.submit('lab.phase', { phase }), (locked) => session.submit('lab.lock', { locked }));
        toolbarSlot.replaceChildren(toolbar.element);
      }
      toolbar.update(state);
    }
    renderLanes(state, you.id, you.role);
  }

  function renderLanes(state: CanvasState, me: string, role: string): void {
    const ids = state.lanes.map((l) => l.id);
    if (ids.join('\n') !== [...lanes.keys()].join('\n')) {
      lanes.clear();
      for (const lane of state.lanes) lanes.set(lane.id, new LaneView(lane, addCard));
      lanesEl.replaceChildren(...[...lanes.values()].map((v) => v.element));
    }
    const byLane = new Map<string, Card[]>(ids.map((id) => [id, []]));
    for (const card of Object.values(state.cards)) byLane.get(card.lane)?.push(card);
    const canVote = allowed(state, role, 'votes');
    for (const lane of state.lanes) {
      const cards = (byLane.get(lane.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      lanes.get(lane.id)?.update(lane, cards, {
        state, confirmed: session.confirmed ?? state, me, canVote, canAdd: allowed(state, role, 'cards', lane.id), add: addCard, vote,
      });
    }
  }

  function addCard(lane: string, text: string): void {
    const state = session.state;
    if (!state) return;
    const inLane = Object.values(state.cards).filter((c) => c.lane === lane).length;
    session.submit('card.add', { cardId: session.newId('c'), lane, text, colour: null, x: 0, y: Math.min(inLane * 120, 100_000) });
  }

  function vote(cardId: string, cast: boolean): void {
    session.submit(cast ? 'vote.cast' : 'vote.retract', { cardId });
  }

  reconnect.addEventListener('click', () => void open());
  if (token) void open();
  else queueMicrotask(() => leave(bilingual('signInAgain')));

  return {
    element,
    relocalize: () => {
      element.querySelector('.canvas')?.setAttribute('aria-label', t('canvas'));
      render();
    },
    dispose: () => {
      disposed = true;
      void session.close().catch(() => undefined);
    },
  };
}
