import type { Card, CanvasState, Lane } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { CardView, type CardContext } from './cardView';

export interface LaneContext extends Omit<CardContext, 'pending'> {
  confirmed: CanvasState;
  canAdd: boolean;
  add(lane: string, text: string): void;
}

/** A lane (column): its heading, its cards in the order they were written, and a field to add one. */
export class LaneView {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly counter = h('span', { class: 'lane-count' });
  private readonly list = h('ul', { class: 'cards' });
  private readonly label: HTMLLabelElement;
  private readonly input: HTMLInputElement;
  private readonly addButton: HTMLButtonElement;
  private readonly views = new Map<string, CardView>();

  constructor(private lane: Lane, add: (lane: string, text: string) => void) {
    const headingId = `lane-${lane.id}`;
    const inputId = `new-card-${lane.id}`;
    this.heading = h('h2', { id: headingId });
    this.label = h('label', { for: inputId, class: 'visually-hidden' });
    this.input = h('input', { id: inputId, name: 'text', required: true, maxlength: 500, autocomplete: 'off' });
    this.addButton = h('button', { type: 'submit' });
    const form = h('form', { class: 'add-card' }, this.label, this.input, this.addButton);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text || this.input.getAttribute('aria-disabled') === 'true') return;
      add(this.lane.id, text);
      this.input.value = '';
    });
    this.element = h('section', { class: 'lane', 'aria-labelledby': headingId }, h('header', { class: 'lane-header' }, this.heading, this.counter), this.list, form);
  }

  update(lane: Lane, cards: Card[], ctx: LaneContext): void {
    this.lane = lane;
    const name = localName(lane);
    setText(this.heading, name);
    setText(this.counter, cards.length === 1 ? t('cardsInLaneOne') : t('cardsInLane', { n: cards.length }));
    setText(this.label, t('newCard', { lane: name }));
    setText(this.addButton, t('addCard'));
    this.input.setAttribute('aria-disabled', String(!ctx.canAdd));
    this.input.readOnly = !ctx.canAdd;
    this.addButton.setAttribute('aria-disabled', String(!ctx.canAdd));

    const keep = new Set(cards.map((c) => c.id));
    for (const [id, view] of this.views) {
      if (!keep.has(id)) {
        view.element.remove();
        this.views.delete(id);
      }
    }
    let cursor = this.list.firstElementChild;
    for (const card of cards) {
      let view = this.views.get(card.id);
      if (!view) {
        view = new CardView(card);
        this.views.set(card.id, view);
      }
      view.update(card, { ...ctx, pending: !ctx.confirmed.cards[card.id] });
      if (view.element !== cursor) this.list.insertBefore(view.element, cursor);
      cursor = view.element.nextElementSibling;
    }
  }
}
