import { arrangeLanes, renameRows } from '../canvas/matrix';
import type { Card, CanvasState } from '../canvas/types';
import { language } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { CardActions } from './cardActions';
import { CanvasIndex } from './canvasIndex';
import { byVotes, filtering, matches, type CardFilter } from './cardFilter';
import { LinkLines } from './linkLines';
import { CardView } from './cardView';
import { LaneView, type LaneContext } from './laneView';
import type { OnBehalfChoices, OnBehalfTarget } from './onBehalf';
import { allowed, mayOnCard } from './permissions';
import { inPlace, sortInPlace } from './positions';

const nobody: readonly string[] = Object.freeze([]);

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
  /** Stands for what `shows` answers (the table shown): when it is the same as last time, so are the answers. */
  showsKey: unknown;
  /** Search, ente, sector and theme filter, and whether lanes are sorted by votes. */
  filter: CardFilter;
  /** Whom staff may write a card for ("Per conto di"); null when the caller writes only for themselves. */
  onBehalf: OnBehalfChoices | null;
}

/**
 * The lanes and their cards. Rendering follows the copy-on-write state: the index of links and comments is rebuilt
 * only when they change, a card whose own inputs (its object, its links' cards, the shared frame) are the same
 * objects as last time is not touched, and a lane whose order is unchanged is not reordered. When an event changed
 * only some cards' contents (a vote, an edit, a reaction: no card added, removed or moved, the frame, filters, links
 * and comments as they were), only those cards and the cards showing their text are drawn: one pass over the cards
 * comparing identities, then the DOM work of what changed. (Plain DOM with identity checks, not a rendering library:
 * the views already kept their elements for focus, and this needed no new dependency.)
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
  /** What the last draw of every card read, for the quick draw of a change to a few; null: draw them all next time. */
  private last: {
    state: CanvasState;
    confirmed: CanvasState;
    filter: CardFilter;
    showsKey: unknown;
    editors: ReadonlyMap<string, string[]>;
    frame: object;
    onBehalf: OnBehalfChoices | null;
  } | null = null;

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
      this.last = null;
    }
    if (this.language !== language()) {
      this.language = language();
      renameRows(this.element, state.lanes);
      this.last = null;
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
    if (this.quick(input)) return;
    for (const id of this.cards.keys()) if (!state.cards[id]) this.cards.delete(id);
    const views = (card: Card): CardView => {
      let view = this.cards.get(card.id);
      if (!view) {
        view = new CardView(card, this.drag);
        this.cards.set(card.id, view);
      }
      return view;
    };
    const narrowed = filtering(input.filter);
    const byLane = new Map<string, Card[]>();
    for (const card of Object.values(state.cards)) {
      if (!input.shows(card) || (narrowed && !matches(state, card, input.filter))) continue;
      const list = byLane.get(card.lane);
      if (list) list.push(card);
      else byLane.set(card.lane, [card]);
    }
    this.shown.clear();
    for (const lane of state.lanes) {
      // Cards come in the order they were written, which is mostly their lane's order: sorted only when not.
      const cards = byLane.get(lane.id) ?? [];
      if (!inPlace(cards)) sortInPlace(cards);
      this.shown.set(lane.id, cards.length);
      const view = this.lanes.get(lane.id);
      view?.update(lane, input.filter.byVotes ? byVotes(cards) : cards, views, this.laneContext(input, lane.id));
    }
    this.last = {
      state,
      confirmed: input.confirmed,
      filter: input.filter,
      showsKey: input.showsKey,
      editors: input.editors,
      frame: this.frame,
      onBehalf: input.onBehalf,
    };
    if (this.linkList.of !== state.links) this.linkList = { of: state.links, list: Object.values(state.links) };
    this.lines.update(this.linkList.list);
  }

  /**
   * Draws only the cards an event changed, and the cards that show their text, when nothing else could have changed
   * (see the class's comment); false when the whole board must be walked.
   */
  private quick(input: BoardInput): boolean {
    const { state, confirmed } = input;
    const last = this.last;
    if (
      !last ||
      last.frame !== this.frame ||
      last.filter !== input.filter ||
      filtering(input.filter) ||
      input.filter.byVotes ||
      last.showsKey !== input.showsKey ||
      // The "Per conto di" choices are drawn by the lanes, which only a whole draw reaches.
      last.onBehalf !== input.onBehalf ||
      state.links !== last.state.links ||
      state.comments !== last.state.comments ||
      !sameEditors(last.editors, input.editors)
    )
      return false;
    const all = state.cards === last.state.cards ? null : Object.values(state.cards);
    if (all && all.length !== this.cards.size) return false;
    const changed: Card[] = [];
    for (const card of all ?? []) {
      const before = last.state.cards[card.id];
      if (before === card) continue;
      if (!before || before.lane !== card.lane || before.y !== card.y || input.shows(before) !== input.shows(card))
        return false;
      changed.push(card);
    }
    // A card that was acknowledged (or refused) meanwhile draws itself again: it says "in invio" while pending.
    if (confirmed.cards !== last.confirmed.cards) {
      for (const [id, view] of this.cards) {
        const card = state.cards[id];
        if (card && view.isPending !== !confirmed.cards[id] && !changed.includes(card)) changed.push(card);
      }
    }
    const contexts = new Map<string, LaneContext>();
    const draw = (card: Card): void => {
      let ctx = contexts.get(card.lane);
      if (!ctx) contexts.set(card.lane, (ctx = this.laneContext(input, card.lane)));
      this.cards.get(card.id)?.update(card, ctx, !confirmed.cards[card.id], ctx.editors(card.id));
    };
    for (const card of changed) {
      draw(card);
      // The cards linked to it show its text: each draws again if that text changed.
      if (card.text === last.state.cards[card.id]?.text) continue;
      for (const link of this.index.linksOf(card.id)) {
        const other = state.cards[link.from === card.id ? link.to : link.from];
        if (other && other !== card) draw(other);
      }
    }
    this.last = { ...last, state, confirmed };
    this.lines.schedule();
    return true;
  }

  /** What every card of a lane draws from in this draw. */
  private laneContext(input: BoardInput, laneId: string): LaneContext {
    const { state, role, me } = input;
    return {
      state,
      confirmed: input.confirmed,
      me,
      role,
      choosing: input.choosing,
      actions: this.actions,
      index: this.index,
      frame: this.frame,
      canAdd: allowed(state, role, 'cards', laneId),
      may: (card, action) => mayOnCard(state, role, me, card, action),
      editors: (cardId) => input.editors.get(cardId) ?? nobody,
      add: this.add,
      onBehalf: input.onBehalf,
    };
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

/** Whether two maps of who edits which card say the same. */
function sameEditors(a: ReadonlyMap<string, string[]>, b: ReadonlyMap<string, string[]>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [cardId, names] of a) {
    const other = b.get(cardId);
    if (!other || other.length !== names.length || names.some((n, i) => n !== other[i])) return false;
  }
  return true;
}
