import type { CanvasEvent, CanvasState, Card, PayloadMap } from './types';

// The browser's fold: the same rules as the server's CanvasFold (grains/Canvas), checked against tests/vectors.
// Pure and copy-on-write: the state passed in is never changed, untouched parts are shared with the result, so
// that a view can tell what changed by identity and a rejected optimistic operation is undone by dropping it.

/** The canvas before its first event (what the server's `new CanvasState()` serializes to). */
export function emptyState(): CanvasState {
  return {
    seq: 0, title: '', templateId: '', lanes: [], phases: [], phase: null, locked: false, voteBudget: 0,
    meetings: [], members: {}, cards: {}, links: {}, comments: {}, themes: {}, deleted: [],
    private: false, anonymous: false, timer: null, follow: null, split: false, groups: [],
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

/** Contributions count what a person wrote (cards, links, comments, themes): not votes, reactions or anonymous work. */
const contributing = ['card.', 'link.', 'comment.', 'theme.'];

/** The state right after `event`. Events naming something that is not there change nothing but `seq`. */
export function applyEvent(state: CanvasState, event: CanvasEvent): CanvasState {
  const next = { ...change(state, event), seq: event.seq };
  const author = next.members[event.author];
  if (author && !state.anonymous && contributing.some((prefix) => event.type.startsWith(prefix))) {
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
      const participant = isParticipant(s, e.author);
      const card: Card = {
        id: p.cardId, lane: p.lane, text: p.text, colour: p.colour ?? 'giallo', x: p.x, y: p.y, themeId: null,
        author: e.author, createdAt: e.at, updatedAt: e.at, votes: {},
        hidden: p.hidden ?? (s.private && participant),
        anonymous: p.anonymous ?? s.anonymous,
        groupId: p.groupId !== undefined ? p.groupId : s.split && participant ? groupOf(s, e.author) : null,
        reactions: {},
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
      return { ...s, links: { ...s.links, [linkId]: { id: linkId, from, to, author: e.author, anonymous: s.anonymous } } };
    }
    case 'link.delete':
      return s.links[e.payload.linkId] ? { ...s, links: without(s.links, [e.payload.linkId]), deleted: [...s.deleted, e.payload.linkId] } : s;
    case 'vote.cast':
    case 'vote.retract': {
      const card = s.cards[e.payload.cardId];
      if (!card) return s;
      return updateCard(s, card.id, { votes: tally(card.votes, e.author, e.type === 'vote.cast' ? 1 : -1) });
    }
    case 'reaction.add':
    case 'reaction.remove': {
      const { cardId, kind } = e.payload;
      const card = s.cards[cardId];
      if (!card) return s;
      const counts = tally(card.reactions[kind] ?? {}, e.author, e.type === 'reaction.add' ? 1 : -1);
      const reactions = Object.keys(counts).length ? { ...card.reactions, [kind]: counts } : without(card.reactions, [kind]);
      return updateCard(s, cardId, { reactions });
    }
    case 'card.merge':
      return mergeCards(s, e.payload, e.at);
    case 'comment.add': {
      const { commentId, cardId, text } = e.payload;
      return { ...s, comments: { ...s.comments, [commentId]: { id: commentId, cardId, text, author: e.author, at: e.at, anonymous: s.anonymous } } };
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
      const next = theme ? { ...theme, title } : { id: themeId, title, author: e.author, anonymous: s.anonymous };
      return { ...s, themes: { ...s.themes, [themeId]: next } };
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
      return { ...s, timer: seconds === null || endsAt === null ? null : { seconds, startedAt: e.at, endsAt } };
    }
    case 'lab.private':
      return { ...s, private: e.payload.enabled };
    case 'lab.anonymous':
      return { ...s, anonymous: e.payload.enabled };
    case 'lab.reveal': {
      const cards = { ...s.cards };
      for (const [cardId, text] of Object.entries(e.payload.cards)) {
        const card = cards[cardId];
        if (card) cards[cardId] = { ...card, text, hidden: false };
      }
      return { ...s, cards };
    }
    case 'lab.follow':
      return { ...s, follow: e.payload.leader };
    case 'groups.split':
      return { ...s, split: true, groups: e.payload.groups.map((g) => ({ id: g.groupId, name: g.name, members: g.members })) };
    case 'groups.reconvene':
      return { ...s, split: false };
    case 'member.remove': {
      const member = s.members[e.payload.memberId];
      return member ? { ...s, members: { ...s.members, [member.id]: { ...member, present: false, removed: true } } } : s;
    }
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
      const known = s.members[memberId];
      const member = { id: memberId, displayName, organisation, sector, role, present: true, contributions: known?.contributions ?? 0, removed: known?.removed ?? false };
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

/** Merges `cardId` into `intoId`: text, votes and reactions add up, comments and links move, the merged card goes. */
function mergeCards(s: CanvasState, p: PayloadMap['card.merge'], at: string): CanvasState {
  const card = s.cards[p.cardId];
  const into = s.cards[p.intoId];
  if (!card || !into) return s;
  const votes = { ...into.votes };
  for (const [member, n] of Object.entries(card.votes)) votes[member] = (votes[member] ?? 0) + n;
  const reactions = { ...into.reactions };
  for (const [kind, counts] of Object.entries(card.reactions)) {
    const sum = { ...reactions[kind] };
    for (const [member, n] of Object.entries(counts)) sum[member] = member === '' ? (sum[member] ?? 0) + n : 1;
    reactions[kind] = sum;
  }
  const text = p.text ?? `${into.text}\n\n${card.text}`;
  const links = without(s.links, p.droppedLinks);
  for (const link of Object.values(links)) {
    if (link.from === card.id || link.to === card.id) {
      links[link.id] = { ...link, from: link.from === card.id ? into.id : link.from, to: link.to === card.id ? into.id : link.to };
    }
  }
  const comments = { ...s.comments };
  for (const comment of Object.values(s.comments)) if (comment.cardId === card.id) comments[comment.id] = { ...comment, cardId: into.id };
  return {
    ...s,
    cards: { ...without(s.cards, [card.id]), [into.id]: { ...into, text, votes, reactions, updatedAt: at } },
    links,
    comments,
    deleted: [...s.deleted, card.id, ...p.droppedLinks.filter((id) => s.links[id])],
  };
}

/** Adds `delta` to `key`'s count, leaving the key out at zero. */
function tally(counts: Record<string, number>, key: string, delta: number): Record<string, number> {
  const n = (counts[key] ?? 0) + delta;
  return n > 0 ? { ...counts, [key]: n } : without(counts, [key]);
}

/** Authors hidden by anonymous mode ("") are participants: staff are never masked from staff. */
function isParticipant(s: CanvasState, memberId: string): boolean {
  return memberId === '' || s.members[memberId]?.role === 'participant';
}

function groupOf(s: CanvasState, memberId: string): string | null {
  return s.groups.find((g) => g.members.includes(memberId))?.id ?? null;
}

function without<T>(map: Record<string, T>, ids: readonly string[]): Record<string, T> {
  const copy = { ...map };
  for (const id of ids) delete copy[id];
  return copy;
}
