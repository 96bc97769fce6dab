import { arrangeLanes, renameRows } from '../canvas/matrix';
import type { Card, CanvasState } from '../canvas/types';
import { language } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { CardActions } from './cardActions';
import { CanvasIndex } from './canvasIndex';
import { byVotes, matches, type CardFilter } from './cardFilter';
import { LinkLines } from './linkLines';
import { CardView } from './cardView';
import { LaneView } from './laneView';
import type { OnBehalfChoices, OnBehalfTarget } from './onBehalf';
import { allowed, mayOnCard } from './permissions';
import { laneCards } from './positions';

/** What one draw of the board reads besides the canvas. */
export interface BoardInput {
  state: CanvasState;
  confirmed: CanvasState;
  me: string;
  role: string;
  choosing: { purpose: 'link' | 'merge'; from: string } | null;
  /** Who edits which card now (others' presence), by card id. */
  editors: ReadonlyMap<string, string[]>;
  /** Whether a card is shown (the table filter). */
  shows(card: Card): boolean;
  /** Search, ente, sector and theme filter, and whether lanes are sorted by votes. */
  filter: CardFilter;
  /** Whom staff may write a card for ("Per conto di"); null when the caller writes only for themselves. */
  onBehalf: OnBehalfChoices | null;
}

/**
 * The lanes and their cards. Rendering follows the copy-on-write state: the index of links and comments is rebuilt
 * only when they change, a card whose own inputs (its object, its links' cards, the shared frame) are the same
 * objects as last time is not touched, and a lane whose order is unchanged is not reordered. So one event costs a walk
 * over the cards comparing identities, plus the DOM work of what it changed. (Plain DOM with identity checks, not a
 * rendering library: the views already kept their elements for focus, and this needed no new dependency.)
 */
export class BoardView {
  readonly element = h('div', { class: 'lanes' });
  private readonly lanes = new Map<string, LaneView>();
  private readonly cards = new Map<string, CardView>();
  private readonly index = new CanvasIndex();
  private frame: { key: readonly unknown[] } = { key: [] };
  /** The language the matrix's row titles are written in. */
  private language = language();
  private readonly lines = new LinkLines(this.element, (cardId) => this.cards.get(cardId)?.element);
  private linkList: { of: CanvasState['links'] | null; list: CanvasState['links'][string][] } = { of: null, list: [] };
  /** How many cards each lane shows after the last draw (after filters). */
  readonly shown = new Map<string, number>();

  constructor(
    private readonly actions: CardActions,
    private readonly add: (lane: string, text: string, onBehalfOf: OnBehalfTarget | null) => boolean,
    private readonly drag: (view: CardView, event: PointerEvent) => void,
  ) {}

  /** The view of a card, if it is drawn. */
  card(cardId: string): CardView | undefined {
    return this.cards.get(cardId);
  }

  /** The view of a lane. */
  lane(laneId: string): LaneView | undefined {
    return this.lanes.get(laneId);
  }

  render(input: BoardInput): void {
    const { state, role, me } = input;
    if (state.lanes.map((l) => l.id).join('\n') !== [...this.lanes.keys()].join('\n')) {
      this.lanes.clear();
      for (const lane of state.lanes) this.lanes.set(lane.id, new LaneView(lane, this.add));
      // A matrix template's lanes are its cells, row by row: laid out as rows × columns, each row under its title.
      this.element.replaceChildren(
        ...arrangeLanes(this.element, state.lanes, (id) => this.lanes.get(id)?.element),
        this.lines.element,
      );
    }
    if (this.language !== language()) {
      this.language = language();
      renameRows(this.element, state.lanes);
    }
    this.index.update(state);
    const key = [
      role,
      me,
      input.choosing,
      language(),
      state.locked,
      state.phase,
      state.phases,
      state.split,
      state.groups,
      state.themes,
      state.members,
    ];
    if (key.length !== this.frame.key.length || key.some((x, i) => x !== this.frame.key[i])) this.frame = { key };
    for (const id of this.cards.keys()) if (!state.cards[id]) this.cards.delete(id);
    const views = (card: Card): CardView => {
      let view = this.cards.get(card.id);
      if (!view) {
        view = new CardView(card, this.drag);
        this.cards.set(card.id, view);
      }
      return view;
    };
    const shown = Object.values(state.cards).filter((c) => input.shows(c) && matches(state, c, input.filter));
    const byLane = new Map<string, Card[]>();
    for (const card of shown) {
      const list = byLane.get(card.lane);
      if (list) list.push(card);
      else byLane.set(card.lane, [card]);
    }
    this.shown.clear();
    for (const lane of state.lanes) {
      const cards = laneCards(byLane.get(lane.id) ?? [], lane.id);
      this.shown.set(lane.id, cards.length);
      this.lanes.get(lane.id)?.update(lane, input.filter.byVotes ? byVotes(cards) : cards, views, {
        state,
        confirmed: input.confirmed,
        me,
        role,
        choosing: input.choosing,
        actions: this.actions,
        index: this.index,
        frame: this.frame,
        canAdd: allowed(state, role, 'cards', lane.id),
        may: (card, action) => mayOnCard(state, role, me, card, action),
        editors: (cardId) => input.editors.get(cardId) ?? [],
        add: this.add,
        onBehalf: input.onBehalf,
      });
    }
    if (this.linkList.of !== state.links) this.linkList = { of: state.links, list: Object.values(state.links) };
    this.lines.update(this.linkList.list);
  }

  /** Draws the lines again in the next frame (the board was zoomed). */
  redrawLines(): void {
    this.lines.schedule();
  }

  /** Stops drawing the lines (the screen is going). */
  dispose(): void {
    this.lines.dispose();
  }
}
