import type { Card, CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { h } from '../ui/dom';
import { isEmpty, type CanvasDiff } from './diff';

/** The diff between moments `from` and `to` as headed lists, in words. */
export function renderDiff(d: CanvasDiff, a: CanvasState, b: CanvasState, from: number, to: number): HTMLElement {
  const lane = (id: string): string => {
    const found = b.lanes.find((l) => l.id === id) ?? a.lanes.find((l) => l.id === id);
    return found ? localName(found) : id;
  };
  const text = (id: string): string => (b.cards[id] ?? a.cards[id])?.text ?? t('eventCardGone');
  const card = (c: Card): string => t('diffCardInLane', { text: c.text, lane: lane(c.lane) });
  const groups: [StringKey, string, string[]][] = [
    ['diffCardsAdded', 'cards-added', d.cardsAdded.map(card)],
    [
      'diffCardsEdited',
      'cards-edited',
      d.cardsEdited.map((c) => t('diffEdited', { before: c.before.text, after: c.after.text })),
    ],
    [
      'diffCardsMoved',
      'cards-moved',
      d.cardsMoved.map((c) =>
        c.before.lane !== c.after.lane
          ? t('diffMovedLane', { text: c.after.text, from: lane(c.before.lane), to: lane(c.after.lane) })
          : t('diffMovedPosition', { text: c.after.text, lane: lane(c.after.lane) }),
      ),
    ],
    ['diffCardsDeleted', 'cards-deleted', d.cardsDeleted.map(card)],
    ['diffLinksAdded', 'links-added', d.linksAdded.map((l) => t('diffLink', { from: text(l.from), to: text(l.to) }))],
    [
      'diffLinksRemoved',
      'links-removed',
      d.linksRemoved.map((l) => t('diffLink', { from: text(l.from), to: text(l.to) })),
    ],
    [
      'diffVotes',
      'votes',
      d.votesChanged.map((v) => t('diffVote', { text: v.card.text, before: v.before, after: v.after })),
    ],
    [
      'diffCommentsAdded',
      'comments-added',
      d.commentsAdded.map((c) => t('diffComment', { text: c.text, card: text(c.cardId) })),
    ],
    [
      'diffCommentsRemoved',
      'comments-removed',
      d.commentsRemoved.map((c) => t('diffComment', { text: c.text, card: text(c.cardId) })),
    ],
    [
      'diffThemes',
      'themes',
      [
        ...d.themesAdded.map((th) => t('diffThemeAdded', { title: th.title })),
        ...d.themesRenamed.map((r) => t('diffThemeRenamed', { before: r.before.title, after: r.after.title })),
        ...d.themesRemoved.map((th) => t('diffThemeRemoved', { title: th.title })),
      ],
    ],
  ];
  const body: HTMLElement[] = [h('h3', { class: 'replay-diff-heading' }, t('replayDiffHeading', { from, to }))];
  if (isEmpty(d)) body.push(h('p', {}, t('replayDiffNone')));
  for (const [heading, name, items] of groups) {
    if (items.length === 0) continue;
    body.push(
      h(
        'div',
        { class: 'replay-diff-group', 'data-group': name },
        h('h4', {}, `${t(heading)} (${items.length})`),
        h('ul', {}, ...items.map((item) => h('li', {}, item))),
      ),
    );
  }
  return h('div', { class: 'replay-diff-result' }, ...body);
}
