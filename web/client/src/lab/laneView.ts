import type { Card, CanvasState, Lane } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h, setAttr, setClass, setHidden, setText } from '../ui/dom';
import type { CardFrame } from './cardActions';
import type { CardView } from './cardView';
import { fillOnBehalf, targetOf, type OnBehalfChoices, type OnBehalfTarget } from './onBehalf';

export interface LaneContext extends CardFrame {
  confirmed: CanvasState;
  canAdd: boolean;
  /** Who else edits a card now (the same empty list for every card nobody edits). */
  editors(cardId: string): readonly string[];
  /** Adds a card; false when it was refused before sending (the text stays in the field). */
  add(lane: string, text: string, onBehalfOf: OnBehalfTarget | null): boolean;
  /** Whom staff may write for ("Per conto di"); null for those who write only for themselves. */
  onBehalf: OnBehalfChoices | null;
}

/** A lane (column): its heading, its cards top to bottom, and a field to add one. */
export class LaneView {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly counter = h('span', { class: 'lane-count' });
  /** A matrix cell's row, above its name. */
  private readonly row = h('p', { class: 'lane-row', hidden: true });
  /** A programme template's prompt for the lane, under its heading (and describing its new-card field). */
  private readonly prompt: HTMLParagraphElement;
  private readonly list: HTMLUListElement;
  private readonly label: HTMLLabelElement;
  private readonly input: HTMLInputElement;
  private readonly addButton: HTMLButtonElement;
  /** "Per conto di": staff writing a card for someone in the room (a person of the roster or an ente). */
  private readonly behalfText = h('span');
  private readonly behalfLane = h('span', { class: 'visually-hidden' });
  private readonly behalf: HTMLSelectElement;
  private readonly behalfField: HTMLElement;
  private choices: OnBehalfChoices | null = null;
  private readonly form: HTMLFormElement;
  /** The card ids in the list's order after the last draw: when unchanged, the list is left as it is. */
  private order: readonly string[] = [];

  constructor(
    private lane: Lane,
    add: (lane: string, text: string, onBehalfOf: OnBehalfTarget | null) => boolean,
  ) {
    const headingId = `lane-${lane.id}`;
    const inputId = `new-card-${lane.id}`;
    this.heading = h('h2', { id: headingId });
    this.prompt = h('p', { class: 'lane-prompt', id: `lane-prompt-${lane.id}`, hidden: true });
    this.list = h('ul', { class: 'cards', 'aria-labelledby': headingId });
    this.label = h('label', { for: inputId, class: 'visually-hidden' });
    this.input = h('input', { id: inputId, name: 'text', required: true, autocomplete: 'off' });
    this.addButton = h('button', { type: 'submit' });
    const behalfId = `on-behalf-${lane.id}`;
    this.behalf = h('select', { id: behalfId, name: 'onBehalfOf' });
    this.behalfField = h(
      'div',
      { class: 'on-behalf', hidden: true },
      h('label', { for: behalfId }, this.behalfText, this.behalfLane),
      this.behalf,
    );
    this.form = h('form', { class: 'add-card' }, this.label, this.input, this.behalfField, this.addButton);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      const target = this.choices ? targetOf(this.behalf.value) : null;
      // The choice stays for the next card: a facilitator often types several for the same ente in a row.
      if (text && add(this.lane.id, text, target)) this.input.value = '';
    });
    this.element = h(
      'section',
      { class: 'lane', 'aria-labelledby': headingId },
      this.row,
      h('header', { class: 'lane-header' }, this.heading, this.counter),
      this.prompt,
      this.list,
      this.form,
    );
    this.element.dataset['lane'] = lane.id;
  }

  get laneId(): string {
    return this.lane.id;
  }

  /** The card list, where dragged cards are dropped. */
  get cardList(): HTMLUListElement {
    return this.list;
  }

  update(lane: Lane, cards: Card[], views: (card: Card) => CardView, ctx: LaneContext): void {
    this.lane = lane;
    const name = localName(lane);
    setText(this.heading, name);
    setHidden(this.row, !lane.cell);
    if (lane.cell) setText(this.row, localName({ name: lane.cell.row, nameEn: lane.cell.rowEn }));
    const prompt = lane.prompt ? localName({ name: lane.prompt, nameEn: lane.promptEn ?? '' }) : '';
    setHidden(this.prompt, !prompt);
    setText(this.prompt, prompt);
    setText(this.counter, cards.length === 1 ? t('cardsInLaneOne') : t('cardsInLane', { n: cards.length }));
    setText(this.label, t('newCard', { lane: name }));
    setText(this.addButton, t('addCard'));
    setHidden(this.form, ctx.role === 'trainer');
    if (ctx.onBehalf !== this.choices) {
      this.choices = ctx.onBehalf;
      if (ctx.onBehalf) fillOnBehalf(this.behalf, ctx.onBehalf);
      setHidden(this.behalfField, !ctx.onBehalf);
    }
    // Seen: "Per conto di"; heard: which lane's new card it is for.
    setText(this.behalfText, t('onBehalfLabel'));
    setText(this.behalfLane, ` ${t('onBehalfForLane', { lane: name })}`);
    // Left usable when adding is not possible now: trying says why (locked, phase) instead of a silent dead field.
    setClass(this.form, 'unavailable', !ctx.canAdd);
    const described = [prompt ? this.prompt.id : '', ctx.canAdd ? '' : 'canvas-reason'].filter(Boolean).join(' ');
    if (described) setAttr(this.input, 'aria-describedby', described);
    else this.input.removeAttribute('aria-describedby');

    // One frame for every card, and no list built unless the order changed: this runs for every card on every draw.
    let same = cards.length === this.order.length && this.list.childElementCount === cards.length;
    const confirmed = ctx.confirmed.cards;
    for (let i = 0; i < cards.length; i++) {
      const card = cards[i] as Card;
      same &&= card.id === this.order[i];
      views(card).update(card, ctx, !confirmed[card.id], ctx.editors(card.id));
    }
    if (same) return;
    const order = cards.map((c) => c.id);
    this.order = order;
    let cursor = this.list.firstElementChild;
    for (const card of cards) {
      const view = views(card);
      if (view.element !== cursor) this.list.insertBefore(view.element, cursor);
      cursor = view.element.nextElementSibling;
    }
    // What is left after the cursor went to other lanes, or was deleted.
    const here = new Set(order);
    while (cursor) {
      const stale = cursor;
      cursor = cursor.nextElementSibling;
      if (!here.has((stale as HTMLElement).dataset['cardId'] ?? '')) stale.remove();
    }
  }
}
