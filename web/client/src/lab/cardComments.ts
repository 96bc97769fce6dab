import type { Card } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setAttr, setHidden, setText } from '../ui/dom';
import { authorName, type CardContext } from './cardActions';

/** A card's comments: a disclosure button with the count, the list, and a field to add one. */
export class CardComments {
  readonly toggle = h('button', { type: 'button', class: 'comments-toggle', 'aria-expanded': 'false' });
  readonly element = h('div', { class: 'card-comments', hidden: true });
  private readonly list = h('ul', { class: 'comment-list' });
  private readonly input = h('input', { autocomplete: 'off' });
  private readonly label = h('label', { class: 'visually-hidden' });
  private readonly submit = h('button', { type: 'submit' });
  private readonly form = h('form', { class: 'add-comment' }, this.label, this.input, this.submit);
  private listKey = '';

  constructor(
    private readonly ctx: () => CardContext | null,
    private readonly card: () => Card,
  ) {
    this.element.append(this.list, this.form);
    this.toggle.addEventListener('click', () => {
      const open = this.element.hidden;
      setHidden(this.element, !open);
      setAttr(this.toggle, 'aria-expanded', String(open));
      if (open) this.update();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (text && this.ctx()?.actions.comment(this.card().id, text)) this.input.value = '';
    });
  }

  update(): void {
    const ctx = this.ctx();
    if (!ctx) return;
    const card = this.card();
    const id = `comments-${card.id}`;
    setAttr(this.element, 'id', id);
    setAttr(this.toggle, 'aria-controls', id);
    setAttr(this.input, 'id', `new-comment-${card.id}`);
    setAttr(this.label, 'for', this.input.id);
    const comments = ctx.index.commentsOf(card.id);
    setText(this.toggle, t('comments', { n: comments.length }));
    setAttr(this.toggle, 'aria-label', t('commentsFor', { n: comments.length, text: card.text || t('faceDown') }));
    setHidden(this.toggle, card.hidden && !card.text && comments.length === 0);
    setText(this.label, t('newComment'));
    setText(this.submit, t('addComment'));
    setHidden(this.form, !ctx.may(card, 'comment'));
    if (this.element.hidden) return;
    const mayDelete = (author: string): boolean =>
      ctx.role === 'facilitator' ||
      ctx.role === 'admin' ||
      (ctx.role === 'participant' && author === ctx.me && !ctx.state.locked);
    const key =
      comments.map((c) => `${c.id}\u0000${c.text}\u0000${c.author}\u0000${mayDelete(c.author)}`).join('\u0001') +
      t('deleteComment');
    if (key === this.listKey) return;
    this.listKey = key;
    this.list.replaceChildren(
      ...comments.map((c) =>
        h(
          'li',
          {},
          h('strong', {}, authorName(ctx.state, c.author, t('anonymousAuthor'))),
          ': ',
          c.text,
          mayDelete(c.author)
            ? h(
                'button',
                { type: 'button', class: 'link-button', onclick: () => this.ctx()?.actions.uncomment(c.id) },
                t('deleteComment'),
              )
            : null,
        ),
      ),
    );
  }
}
