import type { Card, CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';

export interface CardContext {
  state: CanvasState;
  me: string;
  canVote: boolean;
  pending: boolean;
  vote(cardId: string, cast: boolean): void;
}

/** One card in a lane; kept and updated in place so that focus stays on its buttons while votes come in. */
export class CardView {
  readonly element: HTMLLIElement;
  private readonly text = h('p', { class: 'card-text' });
  private readonly meta = h('p', { class: 'card-meta' });
  private readonly count = h('span', { class: 'card-votes' });
  private readonly castButton = h('button', { type: 'button', class: 'vote' });
  private readonly retractButton = h('button', { type: 'button', class: 'retract' });
  private cardId: string;
  private ctx: CardContext | null = null;

  constructor(card: Card) {
    this.cardId = card.id;
    this.element = h('li', { class: 'card' }, this.text, this.meta, h('div', { class: 'card-actions' }, this.count, this.castButton, this.retractButton));
    // aria-disabled rather than disabled: the button keeps focus when voting stops being possible under the user.
    this.castButton.addEventListener('click', () => this.press(this.castButton, true));
    this.retractButton.addEventListener('click', () => this.press(this.retractButton, false));
  }

  update(card: Card, ctx: CardContext): void {
    this.cardId = card.id;
    this.ctx = ctx;
    const total = Object.values(card.votes).reduce((a, b) => a + b, 0);
    const mine = card.votes[ctx.me] ?? 0;
    const author = ctx.state.members[card.author]?.displayName ?? card.author;
    this.element.dataset['colour'] = card.colour;
    this.element.classList.toggle('pending', ctx.pending);
    setText(this.text, card.text);
    setText(this.meta, t('cardAuthor', { name: author }) + (ctx.pending ? ` · ${t('pending')}` : ''));
    setText(this.count, (total === 1 ? t('voteCountOne') : t('voteCount', { n: total })) + (mine ? ` ${t('yourVotes', { n: mine })}` : ''));
    setText(this.castButton, t('vote'));
    this.castButton.setAttribute('aria-label', t('voteFor', { text: card.text }));
    this.castButton.setAttribute('aria-disabled', String(!ctx.canVote));
    setText(this.retractButton, t('retract'));
    this.retractButton.setAttribute('aria-label', t('retractFor', { text: card.text }));
    this.retractButton.setAttribute('aria-disabled', String(!ctx.canVote || mine === 0));
  }

  private press(button: HTMLButtonElement, cast: boolean): void {
    if (button.getAttribute('aria-disabled') === 'true' || !this.ctx) return;
    this.ctx.vote(this.cardId, cast);
  }
}
