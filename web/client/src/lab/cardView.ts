import type { Card } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { authorName, reactionKinds, type CardContext } from './cardActions';
import { onBehalfName } from './onBehalf';
import { CardComments } from './cardComments';
import { CardMenu } from './cardMenu';
import { bandOf } from './themeBand';

/**
 * One card: its text, who wrote it, its links, votes, reactions, comments and a menu of the rest. Kept and updated in
 * place (and moved between lanes whole) so that focus stays on its buttons while the canvas changes around it.
 */
export class CardView {
  readonly element: HTMLLIElement;
  private readonly text = h('p', { class: 'card-text' });
  private readonly meta = h('p', { class: 'card-meta' });
  private readonly links = h('div', { class: 'card-links' });
  private readonly count = h('span', { class: 'card-votes' });
  private readonly castButton = h('button', { type: 'button', class: 'vote' });
  private readonly retractButton = h('button', { type: 'button', class: 'retract' });
  private readonly reactionButtons = reactionKinds.map((r) => ({
    ...r,
    button: h('button', { type: 'button', class: 'reaction' }),
  }));
  private readonly chooseButton = h('button', { type: 'button', class: 'choose primary' });
  private readonly handle = h('button', { type: 'button', class: 'drag-handle' }, '⠿');
  private readonly comments: CardComments;
  private readonly menu: CardMenu;
  private card: Card;
  private ctx: CardContext | null = null;
  private linksKey = '';
  /** What the last draw read; a draw with the same inputs (compared by identity) changes nothing and is skipped. */
  private drawn: readonly unknown[] = [];

  constructor(card: Card, startDrag: (view: CardView, event: PointerEvent) => void) {
    this.card = card;
    const textId = `card-text-${card.id}`;
    this.text.id = textId;
    this.comments = new CardComments(
      () => this.ctx,
      () => this.card,
    );
    this.menu = new CardMenu(
      () => this.ctx,
      () => this.card,
    );
    const reactions = h('div', { class: 'reactions', role: 'group' }, ...this.reactionButtons.map((r) => r.button));
    this.element = h(
      'li',
      { class: 'card', 'aria-labelledby': textId },
      h('div', { class: 'card-top' }, this.handle, this.text),
      this.meta,
      this.links,
      h('div', { class: 'card-actions' }, this.count, this.castButton, this.retractButton, this.chooseButton),
      reactions,
      h('div', { class: 'card-tools' }, this.comments.toggle, this.menu.toggle),
      this.menu.element,
      this.comments.element,
    );
    this.element.dataset['cardId'] = card.id;
    // aria-disabled rather than disabled: a button keeps focus when what it does stops being possible under the user.
    this.castButton.addEventListener('click', () =>
      this.act(this.castButton, (c, ctx) => ctx.actions.vote(c.id, true)),
    );
    this.retractButton.addEventListener('click', () =>
      this.act(this.retractButton, (c, ctx) => ctx.actions.vote(c.id, false)),
    );
    this.chooseButton.addEventListener('click', () =>
      this.act(this.chooseButton, (c, ctx) => ctx.actions.chosen(c.id)),
    );
    for (const r of this.reactionButtons) {
      r.button.addEventListener('click', () =>
        this.act(r.button, (c, ctx) =>
          ctx.actions.react(c.id, r.kind, r.button.getAttribute('aria-pressed') !== 'true'),
        ),
      );
    }
    this.handle.addEventListener('pointerdown', (event) => {
      if (this.ctx?.may(this.card, 'move')) startDrag(this, event);
    });
    this.element.addEventListener('keydown', (event) => this.onKey(event));
  }

  get cardId(): string {
    return this.card.id;
  }

  update(card: Card, ctx: CardContext): void {
    this.card = card;
    this.ctx = ctx;
    const links = ctx.index.linksOf(card.id);
    const inputs = [
      card,
      ctx.frame,
      ctx.pending,
      ctx.editors.join('\n'),
      links,
      ctx.index.commentsOf(card.id),
      ...links.map((l) => ctx.state.cards[l.from === card.id ? l.to : l.from]),
    ];
    if (inputs.length === this.drawn.length && inputs.every((x, i) => x === this.drawn[i])) return;
    this.drawn = inputs;
    const { state, me } = ctx;
    const total = Object.values(card.votes).reduce((a, b) => a + b, 0);
    const mine = card.votes[me] ?? 0;
    const faceDown = card.hidden && !card.text;
    const label = faceDown ? t('faceDown') : card.text;
    this.element.dataset['colour'] = card.colour;
    const band = bandOf(state, card.themeId);
    if (band === null) delete this.element.dataset['band'];
    else this.element.dataset['band'] = band;
    this.element.classList.toggle('pending', ctx.pending);
    this.element.classList.toggle('face-down', faceDown);
    this.element.classList.toggle('hidden-own', card.hidden && !faceDown);
    setText(this.text, label);

    const meta = [t('cardAuthor', { name: authorName(state, card.author, t('anonymousAuthor')) })];
    const behalf = onBehalfName(card);
    if (behalf) meta.push(t('onBehalfOf', { name: behalf }));
    if (card.hidden && !faceDown) meta.push(t('faceDownOwn'));
    const group = card.groupId ? state.groups.find((g) => g.id === card.groupId) : undefined;
    if (group) meta.push(t('tableLabel', { name: group.name }));
    const theme = card.themeId ? state.themes[card.themeId] : undefined;
    if (theme) meta.push(t('themeOf', { title: theme.title }));
    for (const name of ctx.editors) meta.push(t('editingBy', { name }));
    if (ctx.pending) meta.push(t('pending'));
    setText(this.meta, meta.join(' · '));

    this.renderLinks(ctx);
    const canVote = ctx.may(card, 'vote');
    setText(
      this.count,
      (total === 1 ? t('voteCountOne') : t('voteCount', { n: total })) +
        (mine ? ` ${t('yourVotes', { n: mine })}` : ''),
    );
    setText(this.castButton, t('vote'));
    this.castButton.setAttribute('aria-label', t('voteFor', { text: label }));
    this.castButton.setAttribute('aria-disabled', String(!canVote));
    setText(this.retractButton, t('retract'));
    this.retractButton.setAttribute('aria-label', t('retractFor', { text: label }));
    this.retractButton.setAttribute('aria-disabled', String(!canVote || mine === 0));
    this.castButton.hidden = this.retractButton.hidden = ctx.role === 'trainer';

    const canReact = ctx.may(card, 'react');
    for (const r of this.reactionButtons) {
      const givers = card.reactions[r.kind] ?? {};
      const n = Object.values(givers).reduce((a, b) => a + b, 0);
      // Words, not emoji alone: a PC without an emoji font would show empty boxes.
      setText(r.button, n ? `${t(r.label)} ${n}` : t(r.label));
      r.button.setAttribute('aria-label', t('reactionCount', { kind: t(r.label), n }));
      r.button.title = t(r.label);
      r.button.setAttribute('aria-pressed', String((givers[me] ?? 0) > 0));
      r.button.setAttribute('aria-disabled', String(!canReact));
      r.button.hidden = !canReact && n === 0;
      r.button.classList.toggle('empty', n === 0);
    }
    this.element.querySelector('.reactions')?.setAttribute('aria-label', t('reactions'));

    const choosing = ctx.choosing;
    const chooseAllowed = choosing !== null && choosing.from !== card.id && ctx.may(card, choosing.purpose);
    this.chooseButton.hidden = !chooseAllowed;
    if (choosing) {
      setText(this.chooseButton, t(choosing.purpose === 'link' ? 'linkHere' : 'mergeHere'));
      this.chooseButton.setAttribute(
        'aria-label',
        t(choosing.purpose === 'link' ? 'linkHereFor' : 'mergeHereFor', { text: label }),
      );
    }
    this.handle.hidden = !ctx.may(card, 'move');
    this.handle.setAttribute('aria-label', t('dragHandle', { text: label }));
    this.comments.update();
    this.menu.update();
  }

  private renderLinks(ctx: CardContext): void {
    const card = this.card;
    const linked = ctx.index
      .linksOf(card.id)
      .map((l) => ({ link: l, other: ctx.state.cards[l.from === card.id ? l.to : l.from] }))
      .filter((x) => x.other !== undefined);
    const canUnlink = (authorId: string): boolean =>
      ctx.role === 'facilitator' ||
      ctx.role === 'admin' ||
      (ctx.role === 'participant' && authorId === ctx.me && !ctx.state.locked);
    const key =
      linked.map((x) => `${x.link.id}\u0000${x.other?.text}\u0000${canUnlink(x.link.author)}`).join('\u0001') +
      t('linkedTo');
    if (key === this.linksKey) return;
    this.linksKey = key;
    this.links.hidden = linked.length === 0;
    this.links.replaceChildren(
      h('span', { class: 'card-links-label' }, t('linkedTo')),
      h(
        'ul',
        {},
        ...linked.map(({ link, other }) => {
          const text = other?.text || t('faceDown');
          return h(
            'li',
            {},
            h('span', {}, text),
            canUnlink(link.author)
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'unlink',
                    'aria-label': t('unlink', { text }),
                    onclick: () => this.ctx?.actions.unlink(link.id),
                  },
                  '×',
                )
              : null,
          );
        }),
      ),
    );
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.altKey || !this.ctx) return;
    const direction = ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[
      event.key as 'ArrowLeft'
    ];
    if (!direction || !this.ctx.may(this.card, 'move')) return;
    event.preventDefault();
    this.ctx.actions.step(this.card.id, direction);
  }

  private act(button: HTMLButtonElement, action: (card: Card, ctx: CardContext) => void): void {
    if (button.getAttribute('aria-disabled') === 'true' || !this.ctx) return;
    action(this.card, this.ctx);
  }
}
