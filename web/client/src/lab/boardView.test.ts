// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import type { CanvasState } from '../canvas/types';
import { setLanguage } from '../i18n/i18n';
import type { CardActions } from './cardActions';
import { noFilter } from './cardFilter';
import { BoardView } from './boardView';
import type { OnBehalfChoices } from './onBehalf';

const noop = (): never => undefined as never;
const actions = new Proxy({}, { get: () => noop }) as CardActions;

describe('the board', () => {
  let next: ReturnType<typeof eventStream>;
  let state: CanvasState;
  let board: BoardView;
  let confirmed: CanvasState | null = null;
  let onBehalf: OnBehalfChoices | null = null;
  const draw = (): void =>
    board.render({
      state,
      confirmed: confirmed ?? state,
      me: 'p-anna',
      role: 'participant',
      choosing: null,
      editors: new Map(),
      shows: () => true,
      showsKey: 'all',
      filter: noFilter,
      onBehalf,
    });
  const card = (id: string): HTMLElement => board.card(id)?.element as HTMLElement;
  const visible = (el: Element | null): boolean => !!el && !(el as HTMLElement).closest('[hidden]');

  beforeEach(() => {
    setLanguage('it', null);
    confirmed = null;
    onBehalf = null;
    next = eventStream();
    state = fold([
      next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
      next('member.join', member('p-anna'), 'p-anna'),
      next('member.join', member('p-bruno'), 'p-bruno'),
      next('lab.phase', { phase: 'libera' }),
      next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 }, 'p-bruno'),
      next('card.add', { cardId: 'c2', lane: 'bisogni', text: 'Affitti alti', colour: null, x: 0, y: 100 }, 'p-bruno'),
      next('link.add', { linkId: 'l1', from: 'c1', to: 'c2' }, 'p-bruno'),
    ]);
    document.body.replaceChildren();
    board = new BoardView(
      actions,
      () => true,
      () => undefined,
    );
    document.body.append(board.element);
    draw();
  });

  it('keeps no room on a compact card for reactions nobody gave, nor for a vote to take back', () => {
    expect(visible(card('c1').querySelector('.reactions'))).toBe(false);
    expect(visible(card('c1').querySelector('.retract'))).toBe(false);
    // Every kind is offered in the card's panel, words not emoji.
    const picker = card('c1').querySelector('.card-menu .reaction-picker');
    expect(picker?.textContent).toContain('Idea');
    expect(picker?.querySelectorAll('button.reaction')).toHaveLength(5);
  });

  it('shows a reaction on the card once given, with its count, and a vote to take back once cast', () => {
    state = applyEvent(state, next('reaction.add', { cardId: 'c1', kind: 'idea' }, 'p-anna'));
    state = applyEvent(state, next('vote.cast', { cardId: 'c1' }, 'p-anna'));
    draw();
    const given = [...card('c1').querySelectorAll('.reactions button.reaction')].filter((b) => visible(b));
    expect(given.map((b) => b.getAttribute('aria-label'))).toEqual(['Idea: 1']);
    expect(given[0]?.getAttribute('aria-pressed')).toBe('true');
    expect(visible(card('c1').querySelector('.retract'))).toBe(true);
    expect(visible(card('c2').querySelector('.reactions'))).toBe(false);
  });

  it('leaves the DOM of the cards an event did not change untouched, a card linked to the changed one too', () => {
    const observer = new MutationObserver(() => undefined);
    observer.observe(card('c2'), { subtree: true, childList: true, attributes: true, characterData: true });
    state = applyEvent(state, next('vote.cast', { cardId: 'c1' }, 'p-anna'));
    draw();
    const changes = observer.takeRecords();
    observer.disconnect();
    expect(changes.map((r) => `${r.type} ${r.attributeName ?? ''}`)).toEqual([]);
    expect(card('c1').querySelector('.card-votes')?.textContent).toContain('1');
    // What it shows of the linked card, its text, is redrawn when that changes.
    state = applyEvent(state, next('card.edit', { cardId: 'c1', text: 'Anziani soli la sera' }, 'p-bruno'));
    draw();
    expect(card('c2').querySelector('.card-links')?.textContent).toContain('Anziani soli la sera');
  });

  it('writes on the card an event changed only what changed: a vote, its count and the button to take it back', () => {
    const observer = new MutationObserver(() => undefined);
    observer.observe(card('c1'), { subtree: true, childList: true, attributes: true, characterData: true });
    state = applyEvent(state, next('vote.cast', { cardId: 'c1' }, 'p-anna'));
    draw();
    const touched = new Set(
      observer.takeRecords().map((r) => {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        return target?.className ?? '';
      }),
    );
    observer.disconnect();
    expect([...touched].sort()).toEqual(['card-votes', 'retract']);
  });

  it('draws a card as sent once acknowledged, and moves a card that moved', () => {
    confirmed = state;
    state = applyEvent(
      state,
      next('card.add', { cardId: 'c3', lane: 'bisogni', text: 'In arrivo', colour: null, x: 0, y: 50 }, 'p-anna'),
    );
    draw();
    expect(card('c3').classList.contains('pending')).toBe(true);
    confirmed = state;
    draw();
    expect(card('c3').classList.contains('pending')).toBe(false);
    const order = (): string[] =>
      [...board.element.querySelectorAll('li.card')].map((e) => (e as HTMLElement).dataset['cardId'] ?? '');
    expect(order()).toEqual(['c1', 'c3', 'c2']);
    state = applyEvent(state, next('card.move', { cardId: 'c1', lane: null, x: 0, y: 200 }, 'p-anna'));
    confirmed = state;
    draw();
    expect(order()).toEqual(['c3', 'c2', 'c1']);
  });

  it('gives the lanes the "Per conto di" choices once they are loaded, on an otherwise unchanged board', () => {
    const field = (): HTMLElement | null => board.element.querySelector('.lane .on-behalf');
    expect(visible(field())).toBe(false);
    onBehalf = {
      people: [{ memberId: 'p-bruno', displayName: 'Bruno', organisation: 'Auser' }],
      enti: [{ id: 'en-lecco', name: 'Comune di Lecco', typeName: 'Ente pubblico', typeNameEn: 'Public body' }],
    };
    draw();
    expect(visible(field())).toBe(true);
    const values = [...(field()?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(values).toEqual(['', 'member:p-bruno', 'ente:en-lecco']);
  });
});
