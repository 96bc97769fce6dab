import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasEvent, CanvasState } from '../canvas/types';
import type { ClientLimits } from '../transport/protocol';
import { LabController } from './labController';
import type { LabNotice } from './notice';
import type { Intent } from './undo';

const limits: ClientLimits = {
  maxTextLength: 20,
  maxTitleLength: 10,
  maxCards: 1000,
  maxLinks: 3000,
  maxCommentsPerCard: 200,
  maxThemes: 100,
  maxVoteBudget: 50,
  operationsPerSecond: 10,
  operationsBurst: 30,
};

/** A controller over a canvas that applies what it sends at once, as a server that accepts everything would. */
function room(
  phase = 'libera',
  role = 'participant',
): {
  controller: LabController;
  sent: Intent[];
  refused: LabNotice[];
  state(): CanvasState;
  push(e: CanvasEvent): void;
} {
  const next = eventStream();
  let state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next('member.join', member('p-anna'), 'p-anna'),
    next('lab.phase', { phase }),
    next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 }, 'p-anna'),
    next('card.add', { cardId: 'c2', lane: 'risorse', text: 'Centro diurno', colour: null, x: 0, y: 0 }, 'p-anna'),
  ]);
  const sent: Intent[] = [];
  const refused: LabNotice[] = [];
  let id = 0;
  const controller = new LabController({
    state: () => state,
    me: () => ({ id: 'p-anna', role }),
    limits: () => limits,
    submit: (intent) => {
      sent.push(intent);
      state = applyEvent(state, next(intent.type, intent.payload as never, 'p-anna'));
      return `op-${sent.length}`;
    },
    newId: (kind) => `${kind}-new-${++id}`,
    refuse: (notice) => refused.push(notice),
  });
  return {
    controller,
    sent,
    refused,
    state: () => state,
    push: (e) => {
      state = applyEvent(state, e);
    },
  };
}

describe('LabController', () => {
  it('adds a card at the bottom of its lane with a new id', () => {
    const r = room();
    expect(r.controller.addCard('bisogni', 'Trasporto')).toBe(true);
    expect(r.sent).toEqual([
      {
        type: 'card.add',
        payload: { cardId: 'c-new-1', lane: 'bisogni', text: 'Trasporto', colour: null, x: 0, y: 100 },
      },
    ]);
  });

  it('sends whom a card is written for only when there is someone, and undo takes that card back', () => {
    const r = room('libera', 'facilitator');
    expect(r.controller.addCard('risorse', 'Sala civica', null, { kind: 'ente', id: 'en-lecco' })).toBe(true);
    expect(r.sent[0]).toEqual({
      type: 'card.add',
      payload: {
        cardId: 'c-new-1',
        lane: 'risorse',
        text: 'Sala civica',
        colour: null,
        x: 0,
        y: 100,
        onBehalfOf: { kind: 'ente', id: 'en-lecco' },
      },
    });
    expect(r.state().cards['c-new-1']?.onBehalfOf).toEqual({ kind: 'ente', id: 'en-lecco' });
    r.controller.undo();
    expect(r.sent[1]).toEqual({ type: 'card.delete', payload: { cardId: 'c-new-1' } });
  });

  it('refuses a text over the server’s limit before sending, saying the limit', () => {
    const r = room();
    expect(r.controller.addCard('bisogni', 'x'.repeat(21))).toBe(false);
    expect(r.sent).toEqual([]);
    expect(r.refused.map((n) => [n.cause, n.error.message])).toEqual([
      ['input', 'Il testo è troppo lungo: al massimo 20 caratteri (ora 21).'],
    ]);
  });

  it('refuses an addition the phase does not allow, as a notice of the phase', () => {
    const r = room('apertura');
    expect(r.controller.addCard('bisogni', 'Presto')).toBe(false);
    expect(r.refused).toEqual([
      expect.objectContaining({ cause: 'phase', capability: 'cards', phase: 'apertura', lane: 'bisogni' }),
    ]);
  });

  it('moves a card by a keyboard step and says where it went', () => {
    const r = room();
    expect(r.controller.step('c1', 'right')).toEqual({ lane: 'risorse', position: 1 });
    expect(r.sent[0]).toEqual({ type: 'card.move', payload: { cardId: 'c1', lane: 'risorse', x: 0, y: -100 } });
  });

  it('undoes an addition, a move and a vote with the operations that take them back, and redoes them', () => {
    const r = room();
    r.controller.addCard('azioni', 'Navetta');
    r.controller.drop('c1', 'azioni', 0);
    r.controller.vote('c2', true);
    expect(r.controller.canUndo).toBe(true);

    expect([r.controller.undo(), r.controller.undo(), r.controller.undo(), r.controller.undo()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(r.sent.slice(3)).toEqual([
      { type: 'vote.retract', payload: { cardId: 'c2' } },
      { type: 'card.move', payload: { cardId: 'c1', lane: 'bisogni', x: 0, y: 0 } },
      { type: 'card.delete', payload: { cardId: 'c-new-1' } },
    ]);
    expect(r.state().cards['c1']?.lane).toBe('bisogni');
    expect(r.state().cards['c-new-1']).toBeUndefined();

    // Redo makes the card again under a new id (the old one stays taken), and the later steps follow it.
    r.controller.redo();
    r.controller.redo();
    r.controller.redo();
    expect(r.sent.slice(6)).toEqual([
      { type: 'card.add', payload: { cardId: 'c-new-2', lane: 'azioni', text: 'Navetta', colour: null, x: 0, y: 0 } },
      { type: 'card.move', payload: { cardId: 'c1', lane: 'azioni', x: 0, y: -100 } },
      { type: 'vote.cast', payload: { cardId: 'c2' } },
    ]);
    r.controller.undo();
    r.controller.undo();
    r.controller.undo();
    expect(r.sent.at(-1)).toEqual({ type: 'card.delete', payload: { cardId: 'c-new-2' } });
  });

  it('forgets what was undone once something new is done, and never undoes a deletion', () => {
    const r = room();
    r.controller.vote('c1', true);
    r.controller.undo();
    r.controller.edit('c2', 'Centro comunale');
    expect(r.controller.canRedo).toBe(false);
    r.controller.remove('c1');
    r.controller.undo();
    expect(r.sent.at(-1)).toEqual({ type: 'card.edit', payload: { cardId: 'c2', text: 'Centro diurno' } });
  });

  it('brings a removed link back under a new id, and redo removes that one', () => {
    const r = room();
    r.controller.link('c1', 'c2');
    r.controller.unlink('l-new-1');
    r.controller.undo();
    expect(r.sent.at(-1)).toEqual({ type: 'link.add', payload: { linkId: 'l-new-2', from: 'c1', to: 'c2' } });
    r.controller.redo();
    expect(r.sent.at(-1)).toEqual({ type: 'link.delete', payload: { linkId: 'l-new-2' } });
  });

  it('seats the participants online at tables in turn, by name', () => {
    const r = room('libera', 'facilitator');
    r.push(eventStream()('member.join', member('p-bruno'), 'p-bruno'));
    r.controller.split(2, (i) => `Tavolo ${i}`);
    expect(r.sent).toEqual([
      {
        type: 'groups.split',
        payload: {
          groups: [
            { groupId: 'g-new-1', name: 'Tavolo 1', members: ['p-anna'] },
            { groupId: 'g-new-2', name: 'Tavolo 2', members: ['p-bruno'] },
          ],
        },
      },
    ]);
  });
});
