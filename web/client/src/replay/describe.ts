import type { CanvasEvent, CanvasState } from '../canvas/types';
import { localName, t } from '../i18n/i18n';

// One event in words, for the step being shown: "Anna Rossi (Comune di Pisa) ha aggiunto una scheda in Bisogni: «…»".
// `previous` is the canvas just before the event (what a deletion removed is still there), `state` just after it.

/** The author of an event: display name and organisation when the lab knows them, else the id. */
export function authorOf(event: CanvasEvent, state: CanvasState): string {
  const member = state.members[event.author];
  if (!member) return event.author || t('replayUnknownAuthor');
  return member.organisation ? t('replayWho', { name: member.displayName, organisation: member.organisation }) : member.displayName;
}

const maxQuoted = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxQuoted ? `${flat.slice(0, maxQuoted - 1)}…` : flat;
}

export function describeEvent(event: CanvasEvent, previous: CanvasState, state: CanvasState): string {
  const who = authorOf(event, event.type === 'member.leave' ? previous : state);
  const cardText = (id: string): string => {
    const card = state.cards[id] ?? previous.cards[id];
    return card ? quote(card.text) : t('eventCardGone');
  };
  const laneName = (id: string | null | undefined): string => {
    const lane = state.lanes.find((l) => l.id === id) ?? previous.lanes.find((l) => l.id === id);
    return lane ? localName(lane) : (id ?? '');
  };
  const laneOfCard = (id: string): string => laneName((state.cards[id] ?? previous.cards[id])?.lane);
  switch (event.type) {
    case 'card.add':
      return t('eventCardAdd', { who, lane: laneName(event.payload.lane), text: quote(event.payload.text) });
    case 'card.edit':
      return t('eventCardEdit', { who, lane: laneOfCard(event.payload.cardId), text: quote(event.payload.text) });
    case 'card.move':
      return t('eventCardMove', { who, text: cardText(event.payload.cardId), lane: laneOfCard(event.payload.cardId) });
    case 'card.colour':
      return t('eventCardColour', { who, text: cardText(event.payload.cardId) });
    case 'card.theme': {
      const themeId = event.payload.themeId;
      if (themeId === null) return t('eventCardUntheme', { who, text: cardText(event.payload.cardId) });
      const theme = state.themes[themeId] ?? previous.themes[themeId];
      return t('eventCardTheme', { who, text: cardText(event.payload.cardId), theme: theme ? quote(theme.title) : themeId });
    }
    case 'card.delete':
      return t('eventCardDelete', { who, text: cardText(event.payload.cardId), lane: laneOfCard(event.payload.cardId) });
    case 'link.add':
      return t('eventLinkAdd', { who, from: cardText(event.payload.from), to: cardText(event.payload.to) });
    case 'link.delete': {
      const link = previous.links[event.payload.linkId];
      return t('eventLinkDelete', { who, from: link ? cardText(link.from) : '?', to: link ? cardText(link.to) : '?' });
    }
    case 'vote.cast':
      return t('eventVoteCast', { who, text: cardText(event.payload.cardId) });
    case 'vote.retract':
      return t('eventVoteRetract', { who, text: cardText(event.payload.cardId) });
    case 'comment.add':
      return t('eventCommentAdd', { who, card: cardText(event.payload.cardId), text: quote(event.payload.text) });
    case 'comment.delete': {
      const comment = previous.comments[event.payload.commentId];
      return t('eventCommentDelete', { who, card: comment ? cardText(comment.cardId) : '?' });
    }
    case 'theme.add':
      return t('eventThemeAdd', { who, title: quote(event.payload.title) });
    case 'theme.rename': {
      const before = previous.themes[event.payload.themeId];
      return t('eventThemeRename', { who, before: before ? quote(before.title) : '?', title: quote(event.payload.title) });
    }
    case 'theme.delete': {
      const theme = previous.themes[event.payload.themeId];
      return t('eventThemeDelete', { who, title: theme ? quote(theme.title) : event.payload.themeId });
    }
    case 'lab.phase': {
      const phase = state.phases.find((p) => p.id === event.payload.phase);
      return t('eventLabPhase', { who, phase: phase ? localName(phase) : event.payload.phase });
    }
    case 'lab.lock':
      return t(event.payload.locked ? 'eventLabLock' : 'eventLabUnlock', { who });
    case 'lab.voteBudget':
      return t('eventLabVoteBudget', { who, budget: event.payload.budget });
    case 'meeting.open':
      return t('eventMeetingOpen', { who, title: state.meetings.at(-1)?.title ?? event.payload.title ?? '' });
    case 'meeting.close':
      return t('eventMeetingClose', { who, title: previous.meetings.at(-1)?.title ?? '' });
    case 'lab.create':
      return t('eventLabCreate', { title: event.payload.title });
    case 'member.join':
      return t('eventMemberJoin', { who });
    case 'member.leave':
      return t('eventMemberLeave', { who });
    default:
      return t('eventUnknown', { who, type: (event as { type: string }).type });
  }
}

/** The ids of the cards an event touched (for marking them on the canvas). */
export function cardsTouched(event: CanvasEvent | null): string[] {
  if (!event) return [];
  switch (event.type) {
    case 'card.add': case 'card.edit': case 'card.move': case 'card.colour': case 'card.theme': case 'card.delete':
    case 'vote.cast': case 'vote.retract':
      return [event.payload.cardId];
    case 'comment.add':
      return [event.payload.cardId];
    case 'link.add':
      return [event.payload.from, event.payload.to];
    default:
      return [];
  }
}
