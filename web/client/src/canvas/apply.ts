import type { ActionFollowUp, CanvasEvent, CanvasState, Card } from './types';

// The browser's fold: the same rules as the server's CanvasFold (grains/Canvas), checked against tests/vectors.
// Pure and copy-on-write: the state passed in is never changed, untouched parts are shared with the result, so
// that a view can tell what changed by identity and a rejected optimistic operation is undone by dropping it.

/** The canvas before its first event (what the server's `new CanvasState()` serializes to). */
export function emptyState(): CanvasState {
  return {
    seq: 0,
    title: '',
    templateId: '',
    lanes: [],
    phases: [],
    phase: null,
    locked: false,
    voteBudget: 0,
    private: false,
    anonymous: false,
    timer: null,
    follow: null,
    split: false,
    groups: [],
    meetings: [],
    members: {},
    cards: {},
    links: {},
    comments: {},
    themes: {},
    deleted: [],
  };
}

/**
 * A state from the server with every field this client knows, defaults filled in for those an older server (or an
 * older snapshot) leaves out, so that the views never meet an undefined list or map.
 */
export function normalize(state: CanvasState): CanvasState {
  const s: CanvasState = { ...emptyState(), ...state };
  const each = <T extends object>(map: Record<string, T>, defaults: Partial<T>): Record<string, T> =>
    Object.fromEntries(Object.entries(map).map(([id, item]) => [id, { ...defaults, ...item }]));
  return {
    ...s,
    members: each(s.members, { removed: false }),
    cards: each(s.cards, { hidden: false, anonymous: false, groupId: null, reactions: {} }),
    links: each(s.links, { anonymous: false }),
    comments: each(s.comments, { anonymous: false }),
    themes: each(s.themes, { anonymous: false }),
  };
}

const contributing = ['card.', 'link.', 'comment.', 'theme.'];

/** Whether the event counts as its author's contribution: what they wrote under their name (not votes, not anonymously). */
function contributes(event: CanvasEvent): boolean {
  return (
    event.type !== 'card.merge' &&
    contributing.some((prefix) => event.type.startsWith(prefix)) &&
    !('anonymous' in event.payload && event.payload.anonymous === true)
  );
}

/** The state right after `event`. Events naming something that is not there change nothing but `seq`. */
export function applyEvent(state: CanvasState, event: CanvasEvent): CanvasState {
  const next = { ...change(state, event), seq: event.seq };
  const author = next.members[event.author];
  if (author && contributes(event)) {
    next.members = { ...next.members, [author.id]: { ...author, contributions: author.contributions + 1 } };
  }
  return next;
}

/** The state after all `events`, from `start` (the empty canvas by default). */
export function fold(events: readonly CanvasEvent[], start: CanvasState = emptyState()): CanvasState {
  return events.reduce(applyEvent, start);
}

function change(s: CanvasState, e: CanvasEvent): CanvasState {
  switch (e.type) {
    case 'card.add': {
      const p = e.payload;
      const card: Card = {
        id: p.cardId,
        lane: p.lane,
        text: p.text,
        colour: p.colour ?? 'giallo',
        x: p.x,
        y: p.y,
        themeId: null,
        author: e.author,
        createdAt: e.at,
        updatedAt: e.at,
        hidden: p.hidden ?? false,
        anonymous: p.anonymous ?? false,
        groupId: p.groupId ?? null,
        votes: {},
        reactions: {},
        // As the event has it (the server's copy names a person from the roster), as the server's fold records it.
        ...(p.onBehalfOf ? { onBehalfOf: { ...p.onBehalfOf } } : {}),
      };
      return { ...s, cards: { ...s.cards, [card.id]: card } };
    }
    case 'card.edit':
      return updateCard(s, e.payload.cardId, { text: e.payload.text, updatedAt: e.at });
    case 'card.move': {
      const { cardId, lane, x, y } = e.payload;
      return updateCard(s, cardId, lane === null ? { x, y, updatedAt: e.at } : { lane, x, y, updatedAt: e.at });
    }
    case 'card.colour':
      return updateCard(s, e.payload.cardId, { colour: e.payload.colour, updatedAt: e.at });
    case 'card.theme':
      return updateCard(s, e.payload.cardId, { themeId: e.payload.themeId });
    case 'card.delete':
      return deleteCard(s, e.payload.cardId);
    case 'card.merge':
      return mergeCards(s, e.payload.cardId, e.payload.intoId, e.payload.text, e.payload.droppedLinks ?? [], e.at);
    case 'link.add': {
      const { linkId, from, to } = e.payload;
      return {
        ...s,
        links: {
          ...s.links,
          [linkId]: { id: linkId, from, to, author: e.author, anonymous: e.payload.anonymous ?? false },
        },
      };
    }
    case 'link.delete':
      return s.links[e.payload.linkId]
        ? { ...s, links: without(s.links, [e.payload.linkId]), deleted: [...s.deleted, e.payload.linkId] }
        : s;
    case 'vote.cast':
    case 'vote.retract': {
      const card = s.cards[e.payload.cardId];
      if (!card) return s;
      return updateCard(s, card.id, { votes: counted(card.votes, e.author, e.type === 'vote.cast' ? 1 : -1) });
    }
    case 'reaction.add':
    case 'reaction.remove': {
      const card = s.cards[e.payload.cardId];
      if (!card) return s;
      const { kind } = e.payload;
      const by = counted(card.reactions[kind] ?? {}, e.author, e.type === 'reaction.add' ? 1 : -1);
      return updateCard(s, card.id, {
        reactions: Object.keys(by).length ? { ...card.reactions, [kind]: by } : without(card.reactions, [kind]),
      });
    }
    case 'comment.add': {
      const { commentId, cardId, text } = e.payload;
      const comment = {
        id: commentId,
        cardId,
        text,
        author: e.author,
        anonymous: e.payload.anonymous ?? false,
        at: e.at,
      };
      return { ...s, comments: { ...s.comments, [commentId]: comment } };
    }
    case 'comment.delete':
      return s.comments[e.payload.commentId]
        ? { ...s, comments: without(s.comments, [e.payload.commentId]), deleted: [...s.deleted, e.payload.commentId] }
        : s;
    case 'theme.add':
    case 'theme.rename': {
      const { themeId, title } = e.payload;
      const theme = s.themes[themeId];
      if (e.type === 'theme.rename' && !theme) return s;
      const added = {
        id: themeId,
        title,
        author: e.author,
        anonymous: e.type === 'theme.add' && e.payload.anonymous === true,
      };
      return { ...s, themes: { ...s.themes, [themeId]: theme ? { ...theme, title } : added } };
    }
    case 'theme.colour': {
      const theme = s.themes[e.payload.themeId];
      if (!theme) return s;
      // No colour is no key at all (as the server writes it), not a key holding undefined.
      const { id, title, author, anonymous } = theme;
      const next =
        e.payload.colour === null ? { id, title, author, anonymous } : { ...theme, colour: e.payload.colour };
      return { ...s, themes: { ...s.themes, [theme.id]: next } };
    }
    case 'theme.delete':
      return deleteTheme(s, e.payload.themeId);
    case 'lab.phase':
      return { ...s, phase: e.payload.phase };
    case 'lab.lock':
      return { ...s, locked: e.payload.locked };
    case 'lab.voteBudget':
      return { ...s, voteBudget: e.payload.budget };
    case 'lab.timer': {
      const { seconds, endsAt } = e.payload;
      return { ...s, timer: seconds !== null && endsAt ? { seconds, startedAt: e.at, endsAt } : null };
    }
    case 'lab.private':
      return { ...s, private: e.payload.enabled };
    case 'lab.anonymous':
      return { ...s, anonymous: e.payload.enabled };
    case 'lab.reveal': {
      const cards = { ...s.cards };
      for (const [id, text] of Object.entries(e.payload.cards ?? {})) {
        const card = cards[id];
        if (card) cards[id] = { ...card, hidden: false, text };
      }
      return { ...s, cards };
    }
    case 'lab.follow':
      return { ...s, follow: e.payload.leader ?? null };
    case 'groups.split':
      return {
        ...s,
        split: true,
        groups: e.payload.groups.map((g) => ({ id: g.groupId, name: g.name, members: [...g.members] })),
      };
    case 'groups.reconvene':
      return { ...s, split: false };
    case 'member.remove': {
      const member = s.members[e.payload.memberId];
      return member
        ? { ...s, members: { ...s.members, [member.id]: { ...member, removed: true, present: false } } }
        : s;
    }
    case 'meeting.open': {
      const number = s.meetings.length + 1;
      const meeting = {
        number,
        title: e.payload.title ?? `Incontro ${number}`,
        openedAt: e.at,
        openedSeq: e.seq,
        closedAt: null,
        closedSeq: null,
      };
      return { ...s, meetings: [...s.meetings, meeting] };
    }
    case 'meeting.close': {
      const last = s.meetings.at(-1);
      if (!last || last.closedAt !== null) return s;
      return { ...s, meetings: [...s.meetings.slice(0, -1), { ...last, closedAt: e.at, closedSeq: e.seq }] };
    }
    case 'lab.create': {
      const { title, templateId, lanes, phases, voteBudget } = e.payload;
      return { ...s, title, templateId, lanes, phases, voteBudget, phase: phases[0]?.id ?? null };
    }
    case 'member.join': {
      const { memberId, displayName, organisation, sector, role } = e.payload;
      const known = s.members[memberId];
      // Without a name in the event the member keeps the one they had, or none: as the server's fold does.
      const member = {
        id: memberId,
        displayName: displayName ?? known?.displayName ?? '',
        organisation,
        sector,
        role,
        present: true,
        contributions: known?.contributions ?? 0,
        removed: known?.removed ?? false,
      };
      return { ...s, members: { ...s.members, [memberId]: member } };
    }
    case 'member.leave': {
      const member = s.members[e.payload.memberId];
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, present: false } } } : s;
    }
    case 'action.owners':
      return updateFollowUp(s, e.payload.cardId, { people: [...e.payload.people], enti: [...e.payload.enti] });
    case 'action.deadline':
      return updateFollowUp(s, e.payload.cardId, { deadline: e.payload.deadline });
    case 'action.status':
      return updateFollowUp(s, e.payload.cardId, { status: e.payload.status });
    default:
      // A type this client does not know yet (a newer server): its seq still counts.
      return s;
  }
}

function updateCard(s: CanvasState, cardId: string, fields: Partial<Card>): CanvasState {
  const card = s.cards[cardId];
  return card ? { ...s, cards: { ...s.cards, [cardId]: { ...card, ...fields } } } : s;
}

/** The action card's follow-up with `fields` changed; a card's first follow-up starts from nobody, no deadline, da avviare. */
function updateFollowUp(s: CanvasState, cardId: string, fields: Partial<ActionFollowUp>): CanvasState {
  const card = s.cards[cardId];
  const followUp: ActionFollowUp = card?.followUp ?? { people: [], enti: [], deadline: null, status: 'da_avviare' };
  return card ? updateCard(s, cardId, { followUp: { ...followUp, ...fields } }) : s;
}

function deleteCard(s: CanvasState, cardId: string): CanvasState {
  if (!s.cards[cardId]) return s;
  const links = Object.values(s.links)
    .filter((l) => l.from === cardId || l.to === cardId)
    .map((l) => l.id);
  const comments = Object.values(s.comments)
    .filter((c) => c.cardId === cardId)
    .map((c) => c.id);
  return {
    ...s,
    cards: without(s.cards, [cardId]),
    links: links.length ? without(s.links, links) : s.links,
    comments: comments.length ? without(s.comments, comments) : s.comments,
    deleted: [...s.deleted, cardId, ...links, ...comments],
  };
}

/** `card.merge`: the server's rules (docs/protocol.md, "Merging"); `droppedLinks` comes in the event. */
function mergeCards(
  s: CanvasState,
  cardId: string,
  intoId: string,
  text: string | null,
  droppedLinks: readonly string[],
  at: string,
): CanvasState {
  const card = s.cards[cardId];
  const into = s.cards[intoId];
  if (!card || !into) return s;
  const votes = { ...into.votes };
  for (const [member, count] of Object.entries(card.votes)) votes[member] = (votes[member] ?? 0) + count;
  const reactions = { ...into.reactions };
  for (const [kind, by] of Object.entries(card.reactions)) {
    const merged = { ...(reactions[kind] ?? {}) };
    for (const [member, count] of Object.entries(by)) merged[member] = (merged[member] ?? 0) + count;
    reactions[kind] = merged;
  }
  const comments = { ...s.comments };
  for (const comment of Object.values(s.comments)) {
    if (comment.cardId === cardId) comments[comment.id] = { ...comment, cardId: intoId };
  }
  const links = without(s.links, droppedLinks);
  for (const link of Object.values(links)) {
    if (link.from === cardId || link.to === cardId) {
      links[link.id] = {
        ...link,
        from: link.from === cardId ? intoId : link.from,
        to: link.to === cardId ? intoId : link.to,
      };
    }
  }
  const cards = without(s.cards, [cardId]);
  cards[intoId] = { ...into, text: text ?? into.text, updatedAt: at, votes, reactions };
  return { ...s, cards, comments, links, deleted: [...s.deleted, ...droppedLinks.filter((id) => s.links[id]), cardId] };
}

/** `byMember` with `delta` added to `member`'s count; an entry that reaches 0 goes. */
function counted(byMember: Record<string, number>, member: string, delta: number): Record<string, number> {
  const count = (byMember[member] ?? 0) + delta;
  return count > 0 ? { ...byMember, [member]: count } : without(byMember, [member]);
}

function deleteTheme(s: CanvasState, themeId: string): CanvasState {
  if (!s.themes[themeId]) return s;
  const cards = { ...s.cards };
  for (const card of Object.values(s.cards)) {
    if (card.themeId === themeId) cards[card.id] = { ...card, themeId: null };
  }
  return { ...s, themes: without(s.themes, [themeId]), cards, deleted: [...s.deleted, themeId] };
}

function without<T>(map: Record<string, T>, ids: readonly string[]): Record<string, T> {
  const copy = { ...map };
  for (const id of ids) delete copy[id];
  return copy;
}
