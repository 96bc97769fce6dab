import { arrangeLanes } from '../canvas/matrix';
import type { Card, CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import { h } from '../ui/dom';
import { onBehalfName } from '../lab/onBehalf';
import { bandOf } from '../lab/themeBand';
import { totalVotes } from './diff';

/** Whose contributions to show up: one person (`member`) or everyone of one organisation. */
export type Highlight = { kind: 'member'; id: string } | { kind: 'organisation'; name: string } | null;

export interface CanvasViewOptions {
  highlight: Highlight;
  /** Organisation of each person, for people the state no longer lists. */
  organisations: ReadonlyMap<string, string>;
  /** Cards the current step changed. */
  touched: ReadonlySet<string>;
}

export function highlighted(card: Card, state: CanvasState, options: CanvasViewOptions): boolean {
  const h = options.highlight;
  if (!h) return false;
  // A card written per conto di someone is theirs (and their ente's), as the cohesion measures count it.
  const behalf = card.onBehalfOf;
  if (h.kind === 'member') return behalf?.kind === 'member' ? behalf.id === h.id : card.author === h.id;
  const organisation = behalf
    ? (behalf.organisation ?? '')
    : (state.members[card.author]?.organisation ?? options.organisations.get(card.author) ?? '');
  return organisation !== '' && organisation === h.name;
}

/**
 * The canvas at one moment, read-only, in lanes like the live view: rebuilt for each moment shown (nothing in it
 * takes focus, so nothing is lost). Returns the number of cards highlighted.
 */
export function renderCanvas(container: HTMLElement, state: CanvasState, options: CanvasViewOptions): number {
  const byLane = new Map<string, Card[]>(state.lanes.map((lane) => [lane.id, []]));
  for (const card of Object.values(state.cards)) byLane.get(card.lane)?.push(card);
  const links = new Map<string, number>();
  for (const link of Object.values(state.links)) {
    links.set(link.from, (links.get(link.from) ?? 0) + 1);
    links.set(link.to, (links.get(link.to) ?? 0) + 1);
  }
  let count = 0;
  const lanes = new Map(
    state.lanes.map((lane) => {
      const cards = (byLane.get(lane.id) ?? []).sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
      const headingId = `replay-lane-${lane.id}`;
      const items = cards.map((card) => {
        const on = highlighted(card, state, options);
        if (on) count++;
        const member = state.members[card.author];
        const by = member
          ? member.organisation
            ? `${member.displayName} · ${member.organisation}`
            : member.displayName
          : card.author;
        const behalf = onBehalfName(card);
        const who = behalf ? `${by} · ${t('onBehalfOf', { name: behalf })}` : by;
        const votes = totalVotes(card);
        const theme = card.themeId ? state.themes[card.themeId] : undefined;
        const linked = links.get(card.id) ?? 0;
        const facts = [
          votes === 1 ? t('voteCountOne') : t('voteCount', { n: votes }),
          linked === 1 ? t('replayLinksOne') : linked ? t('replayLinks', { n: linked }) : '',
          theme ? t('replayTheme', { title: theme.title }) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        const flags = [on ? t('replayHighlighted') : '', options.touched.has(card.id) ? t('replayChangedNow') : '']
          .filter(Boolean)
          .join(', ');
        const classes = [
          'card',
          'replay-card',
          on ? 'is-highlighted' : '',
          options.highlight && !on ? 'is-dimmed' : '',
          options.touched.has(card.id) ? 'is-touched' : '',
        ];
        return h(
          'li',
          {
            class: classes.filter(Boolean).join(' '),
            'data-card-id': card.id,
            'data-colour': card.colour,
            'data-band': bandOf(state, card.themeId),
          },
          h('p', { class: 'card-text' }, card.text),
          h('p', { class: 'card-meta' }, t('cardAuthor', { name: who })),
          h('p', { class: 'card-meta replay-card-facts' }, facts),
          flags ? h('p', { class: 'replay-card-flags' }, flags) : null,
        );
      });
      return [
        lane.id,
        h(
          'section',
          { class: 'lane replay-lane', 'aria-labelledby': headingId, 'data-lane': lane.id },
          lane.cell ? h('p', { class: 'lane-row' }, localName({ name: lane.cell.row, nameEn: lane.cell.rowEn })) : null,
          h(
            'header',
            { class: 'lane-header' },
            h('h3', { id: headingId }, localName(lane)),
            h(
              'span',
              { class: 'lane-count' },
              cards.length === 1 ? t('cardsInLaneOne') : t('cardsInLane', { n: cards.length }),
            ),
          ),
          h('ul', { class: 'cards' }, ...items),
        ),
      ] as const;
    }),
  );
  // A matrix template replays as a matrix: rows × columns, as the live board draws it.
  container.replaceChildren(...arrangeLanes(container, state.lanes, (id) => lanes.get(id)));
  return count;
}
