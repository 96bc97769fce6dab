import type { Card } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setAttr, setClass, setHidden, setText } from '../ui/dom';
import { authorName, type CardContext, type CardFrame } from './cardActions';
import { onBehalfName } from './onBehalf';
import { CardComments } from './cardComments';
import { CardMenu } from './cardMenu';
import { CardReactions } from './cardReactions';
import { LongPress } from './longPress';
import { bandOf } from './themeBand';

/**
 * One card, compact: its text, who wrote it, its links, and one row of votes, comments and "Altro" (the panel of the
 * rest: reactions, edit, move, link, theme, colour, merge, delete; a long press opens it on a touch screen). Reactions
 * show on the card only once someone gave one. Kept and updated in place (and moved between lanes whole) so that focus
 * stays on its buttons while the canvas changes around it.
 */
export class CardView {
  readonly element: HTMLLIElement;
  private readonly text = h('p', { class: 'card-text' });
  private readonly meta = h('p', { class: 'card-meta' });
  private readonly links = h('div', { class: 'card-links' });
  private readonly count = h('span', { class: 'card-votes' });
  private readonly castButton = h('button', { type: 'button', class: 'vote' });
  private readonly retractButton = h('button', { type: 'button', class: 'retract' });
  private readonly chooseButton = h('button', { type: 'button', class: 'choose primary' });
  private readonly handle = h('button', { type: 'button', class: 'drag-handle' }, '⠿');
  private readonly comments: CardComments;
  private readonly menu: CardMenu;
  private readonly reactions: CardReactions;
  private card: Card;
  private frame: CardFrame | null = null;
  private pending = false;
  private editors: readonly string[] = [];
  private linksKey = '';
  /** What the last draw read (compared by identity: a draw with the same inputs changes nothing and is skipped). */
  private drawn: {
    card: Card;
    frame: object;
    pending: boolean;
    editors: readonly string[];
    links: readonly unknown[];
    comments: readonly unknown[];
    /** The texts of the cards at the other end of its links, which it shows (undefined: that card is gone). */
    others: readonly (string | undefined)[];
  } | null = null;

  constructor(card: Card, startDrag: (view: CardView, event: PointerEvent) => void) {
    this.card = card;
    const textId = `card-text-${card.id}`;
    this.text.id = textId;
    this.comments = new CardComments(
      () => this.context(),
      () => this.card,
    );
    this.reactions = new CardReactions((kind, add) => this.frame?.actions.react(this.card.id, kind, add));
    this.menu = new CardMenu(
      () => this.context(),
      () => this.card,
      this.reactions.picker,
    );
    this.element = h(
      'li',
      { class: 'card', 'aria-labelledby': textId },
      h('div', { class: 'card-top' }, this.handle, this.text),
      this.meta,
      this.links,
      this.reactions.given,
      h(
        'div',
        { class: 'card-actions' },
        this.count,
        this.castButton,
        this.retractButton,
        this.chooseButton,
        this.comments.toggle,
        this.menu.toggle,
      ),
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
    // A long press on the card (not on one of its buttons) opens its panel, as "Altro" does.
    new LongPress(this.element, () => {
      if (this.menu.toggle.hidden) return;
      this.menu.show(true);
    });
    this.handle.addEventListener('pointerdown', (event) => {
      if (this.frame?.may(this.card, 'move')) startDrag(this, event);
    });
    this.element.addEventListener('keydown', (event) => this.onKey(event));
  }

  get cardId(): string {
    return this.card.id;
  }

  /** Whether the last draw showed the card as still being sent. */
  get isPending(): boolean {
    return this.pending;
  }

  /**
   * Draws the card, unless nothing it shows changed since the last draw: that check allocates nothing, as it runs for
   * every card on every draw (the lane passes one frame to all its cards).
   */
  update(card: Card, frame: CardFrame, pending: boolean, editors: readonly string[]): void {
    this.card = card;
    this.frame = frame;
    this.pending = pending;
    this.editors = editors;
    const links = frame.index.linksOf(card.id);
    const comments = frame.index.commentsOf(card.id);
    if (this.unchanged(card, frame, pending, editors, links, comments)) return;
    const cards = frame.state.cards;
    this.drawn = {
      card,
      frame: frame.frame,
      pending,
      editors,
      links,
      comments,
      others: links.map((l) => cards[l.from === card.id ? l.to : l.from]?.text),
    };
    const ctx: CardContext = { ...frame, pending, editors };
    const { state, me } = ctx;
    const total = Object.values(card.votes).reduce((a, b) => a + b, 0);
    const mine = card.votes[me] ?? 0;
    const faceDown = card.hidden && !card.text;
    const label = faceDown ? t('faceDown') : card.text;
    setAttr(this.element, 'data-colour', card.colour);
    const band = bandOf(state, card.themeId);
    if (band === null) this.element.removeAttribute('data-band');
    else setAttr(this.element, 'data-band', band);
    setClass(this.element, 'pending', ctx.pending);
    setClass(this.element, 'face-down', faceDown);
    setClass(this.element, 'hidden-own', card.hidden && !faceDown);
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
    setAttr(this.castButton, 'aria-label', t('voteFor', { text: label }));
    setAttr(this.castButton, 'aria-disabled', String(!canVote));
    setText(this.retractButton, t('retract'));
    setAttr(this.retractButton, 'aria-label', t('retractFor', { text: label }));
    setAttr(this.retractButton, 'aria-disabled', String(!canVote));
    setHidden(this.castButton, ctx.role === 'trainer');
    // Only with a vote of one's own to take back: no room kept for it otherwise.
    setHidden(this.retractButton, ctx.role === 'trainer' || mine === 0);
    this.reactions.update(card, ctx);

    const choosing = ctx.choosing;
    const chooseAllowed = choosing !== null && choosing.from !== card.id && ctx.may(card, choosing.purpose);
    setHidden(this.chooseButton, !chooseAllowed);
    if (choosing) {
      setText(this.chooseButton, t(choosing.purpose === 'link' ? 'linkHere' : 'mergeHere'));
      setAttr(
        this.chooseButton,
        'aria-label',
        t(choosing.purpose === 'link' ? 'linkHereFor' : 'mergeHereFor', { text: label }),
      );
    }
    setHidden(this.handle, !ctx.may(card, 'move'));
    setAttr(this.handle, 'aria-label', t('dragHandle', { text: label }));
    this.comments.update();
    this.menu.update();
  }

  /** The card's context as the last draw gave it, for its buttons and panels. */
  private context(): CardContext | null {
    return this.frame ? { ...this.frame, pending: this.pending, editors: this.editors } : null;
  }

  private unchanged(
    card: Card,
    frame: CardFrame,
    pending: boolean,
    editors: readonly string[],
    links: readonly { from: string; to: string }[],
    comments: readonly unknown[],
  ): boolean {
    const d = this.drawn;
    if (
      !d ||
      d.card !== card ||
      d.frame !== frame.frame ||
      d.pending !== pending ||
      d.links !== links ||
      d.comments !== comments ||
      d.editors.length !== editors.length
    )
      return false;
    for (let i = 0; i < editors.length; i++) if (editors[i] !== d.editors[i]) return false;
    const cards = frame.state.cards;
    for (let i = 0; i < links.length; i++) {
      const link = links[i];
      // The other card's text, not its object: a vote on it makes a new object, and this card shows only its text.
      if (link && cards[link.from === card.id ? link.to : link.from]?.text !== d.others[i]) return false;
    }
    return true;
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
    setHidden(this.links, linked.length === 0);
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
                    onclick: () => this.frame?.actions.unlink(link.id),
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
    const ctx = this.frame;
    if (!event.altKey || !ctx) return;
    const direction = ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[
      event.key as 'ArrowLeft'
    ];
    if (!direction || !ctx.may(this.card, 'move')) return;
    event.preventDefault();
    ctx.actions.step(this.card.id, direction);
  }

  private act(button: HTMLButtonElement, action: (card: Card, ctx: CardFrame) => void): void {
    if (button.getAttribute('aria-disabled') === 'true' || !this.frame) return;
    action(this.card, this.frame);
  }
}
