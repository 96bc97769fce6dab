import type { CanvasEvent, CanvasState, Card } from './types';

// The browser's fold: the same rules as the server's CanvasFold (grains/Canvas), checked against tests/vectors.
// Pure and copy-on-write: the state passed in is never changed, untouched parts are shared with the result, so
// that a view can tell what changed by identity and a rejected optimistic operation is undone by dropping it.

/** The canvas before its first event (what the server's `new CanvasState()` serializes to). */
export function emptyState(): CanvasState {
  return {
    seq: 0, title: '', templateId: '', lanes: [], phases: [], phase: null, locked: false, voteBudget: 0,
    meetings: [], members: {}, cards: {}, links: {}, comments: {}, themes: {}, deleted: [],
  };
}

const contributing = ['card.', 'link.', 'vote.', 'comment.', 'theme.'];

/** The state right after `event`. Events naming something that is not there change nothing but `seq`. */
export function applyEvent(state: CanvasState, event: CanvasEvent): CanvasState {
  const next = { ...change(state, event), seq: event.seq };
  const author = next.members[event.author];
  if (author && contributing.some((prefix) => event.type.startsWith(prefix))) {
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
        id: p.cardId, lane: p.lane, text: p.text, colour: p.colour ?? 'giallo', x: p.x, y: p.y, themeId: null,
        author: e.author, createdAt: e.at, updatedAt: e.at, votes: {},
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
    case 'link.add': {
      const { linkId, from, to } = e.payload;
      return { ...s, links: { ...s.links, [linkId]: { id: linkId, from, to, author: e.author } } };
    }
    case 'link.delete':
      return s.links[e.payload.linkId] ? { ...s, links: without(s.links, [e.payload.linkId]), deleted: [...s.deleted, e.payload.linkId] } : s;
    case 'vote.cast':
    case 'vote.retract': {
      const card = s.cards[e.payload.cardId];
      if (!card) return s;
      const count = (card.votes[e.author] ?? 0) + (e.type === 'vote.cast' ? 1 : -1);
      const votes = count > 0 ? { ...card.votes, [e.author]: count } : without(card.votes, [e.author]);
      return updateCard(s, card.id, { votes });
    }
    case 'comment.add': {
      const { commentId, cardId, text } = e.payload;
      return { ...s, comments: { ...s.comments, [commentId]: { id: commentId, cardId, text, author: e.author, at: e.at } } };
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
      return { ...s, themes: { ...s.themes, [themeId]: { id: themeId, title, author: theme?.author ?? e.author } } };
    }
    case 'theme.delete':
      return deleteTheme(s, e.payload.themeId);
    case 'lab.phase':
      return { ...s, phase: e.payload.phase };
    case 'lab.lock':
      return { ...s, locked: e.payload.locked };
    case 'lab.voteBudget':
      return { ...s, voteBudget: e.payload.budget };
    case 'meeting.open': {
      const number = s.meetings.length + 1;
      const meeting = {
        number, title: e.payload.title ?? `Incontro ${number}`, openedAt: e.at, openedSeq: e.seq, closedAt: null, closedSeq: null,
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
      const contributions = s.members[memberId]?.contributions ?? 0;
      const member = { id: memberId, displayName, organisation, sector, role, present: true, contributions };
      return { ...s, members: { ...s.members, [memberId]: member } };
    }
    case 'member.leave': {
      const member = s.members[e.payload.memberId];
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, present: false } } } : s;
    }
    default:
      // A type this client does not know yet (a newer server): its seq still counts.
      return s;
  }
}

function updateCard(s: CanvasState, cardId: string, fields: Partial<Card>): CanvasState {
  const card = s.cards[cardId];
  return card ? { ...s, cards: { ...s.cards, [cardId]: { ...card, ...fields } } } : s;
}

function deleteCard(s: CanvasState, cardId: string): CanvasState {
  if (!s.cards[cardId]) return s;
  const links = Object.values(s.links).filter((l) => l.from === cardId || l.to === cardId).map((l) => l.id);
  const comments = Object.values(s.comments).filter((c) => c.cardId === cardId).map((c) => c.id);
  return {
    ...s,
    cards: without(s.cards, [cardId]),
    links: links.length ? without(s.links, links) : s.links,
    comments: comments.length ? without(s.comments, comments) : s.comments,
    deleted: [...s.deleted, cardId, ...links, ...comments],
  };
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
