import type { ActionStatus, CanvasEvent, CanvasState, EventOf, EventType } from '../canvas/types';
import { localName, t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { say, type RoomWord } from '../lab/roomText';

// One event in words, for the step being shown: "Anna Rossi (Comune di Pisa) ha aggiunto una scheda in Bisogni: «…»".
// `previous` is the canvas just before the event (what a deletion removed is still there), `state` just after it.
// The describers are a record over every event type, so a new type does not compile until it has its sentence.

/** The author of an event: display name and organisation when the lab knows them, else the id. */
export function authorOf(event: CanvasEvent, state: CanvasState): string {
  const member = state.members[event.author];
  if (!member) return event.author || t('replayUnknownAuthor');
  return member.organisation
    ? t('replayWho', { name: member.displayName, organisation: member.organisation })
    : member.displayName;
}

const maxQuoted = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxQuoted ? `${flat.slice(0, maxQuoted - 1)}…` : flat;
}

/** What a describer may read besides its event. */
interface Scene {
  who: string;
  previous: CanvasState;
  state: CanvasState;
  cardText(id: string): string;
  laneName(id: string | null | undefined): string;
  laneOfCard(id: string): string;
  memberName(id: string): string;
}

type Describers = { [T in EventType]: (event: EventOf<T>, scene: Scene) => string };

const reactionKeys: Record<string, StringKey> = {
  accordo: 'reactionAccordo',
  cuore: 'reactionCuore',
  idea: 'reactionIdea',
  dubbio: 'reactionDubbio',
  importante: 'reactionImportante',
};

const actionStatusKeys: Record<ActionStatus, StringKey> = {
  da_avviare: 'actionStatusDaAvviare',
  in_corso: 'actionStatusInCorso',
  fatto: 'actionStatusFatto',
  bloccato: 'actionStatusBloccato',
};

function reactionName(kind: string): string {
  const key = reactionKeys[kind];
  return key ? t(key) : kind;
}

/** 90 → "1 minuto e 30 secondi"-like wording kept short: whole minutes when it divides, else m:ss. */
function duration(seconds: number): string {
  if (seconds % 60 === 0) return seconds === 60 ? t('durationOneMinute') : t('durationMinutes', { n: seconds / 60 });
  const m = Math.floor(seconds / 60);
  return t('durationClock', { time: `${m}:${String(seconds % 60).padStart(2, '0')}` });
}

const describers: Describers = {
  'card.add': (e, s) => {
    const words = t('eventCardAdd', { who: s.who, lane: s.laneName(e.payload.lane), text: quote(e.payload.text) });
    const behalf = e.payload.onBehalfOf;
    if (!behalf) return words;
    const name =
      behalf.kind === 'ente' ? behalf.organisation || t('onBehalfSomeEnte') : behalf.name || t('onBehalfSomeone');
    return `${words} (${t('onBehalfOf', { name })})`;
  },
  'card.edit': (e, s) =>
    t('eventCardEdit', { who: s.who, lane: s.laneOfCard(e.payload.cardId), text: quote(e.payload.text) }),
  'card.move': (e, s) =>
    t('eventCardMove', { who: s.who, text: s.cardText(e.payload.cardId), lane: s.laneOfCard(e.payload.cardId) }),
  'action.owners': (e, s) =>
    t('eventActionOwners', {
      who: s.who,
      text: s.cardText(e.payload.cardId),
      owners: [...e.payload.people.map((id) => s.memberName(id)), ...e.payload.enti].join(', ') || '—',
    }),
  'action.deadline': (e, s) =>
    e.payload.deadline === null
      ? t('eventActionDeadlineCleared', { who: s.who, text: s.cardText(e.payload.cardId) })
      : t('eventActionDeadline', { who: s.who, text: s.cardText(e.payload.cardId), deadline: e.payload.deadline }),
  'action.status': (e, s) =>
    t('eventActionStatus', {
      who: s.who,
      text: s.cardText(e.payload.cardId),
      status: t(actionStatusKeys[e.payload.status]),
    }),
  'card.colour': (e, s) => t('eventCardColour', { who: s.who, text: s.cardText(e.payload.cardId) }),
  'card.theme': (e, s) => {
    const themeId = e.payload.themeId;
    if (themeId === null) return t('eventCardUntheme', { who: s.who, text: s.cardText(e.payload.cardId) });
    const theme = s.state.themes[themeId] ?? s.previous.themes[themeId];
    return t('eventCardTheme', {
      who: s.who,
      text: s.cardText(e.payload.cardId),
      theme: theme ? quote(theme.title) : themeId,
    });
  },
  'card.delete': (e, s) =>
    t('eventCardDelete', { who: s.who, text: s.cardText(e.payload.cardId), lane: s.laneOfCard(e.payload.cardId) }),
  'card.merge': (e, s) =>
    t('eventCardMerge', { who: s.who, text: s.cardText(e.payload.cardId), into: s.cardText(e.payload.intoId) }),
  'link.add': (e, s) =>
    t('eventLinkAdd', { who: s.who, from: s.cardText(e.payload.from), to: s.cardText(e.payload.to) }),
  'link.delete': (e, s) => {
    const link = s.previous.links[e.payload.linkId];
    return t('eventLinkDelete', {
      who: s.who,
      from: link ? s.cardText(link.from) : '?',
      to: link ? s.cardText(link.to) : '?',
    });
  },
  'vote.cast': (e, s) => t('eventVoteCast', { who: s.who, text: s.cardText(e.payload.cardId) }),
  'vote.retract': (e, s) => t('eventVoteRetract', { who: s.who, text: s.cardText(e.payload.cardId) }),
  'reaction.add': (e, s) =>
    t('eventReactionAdd', { who: s.who, text: s.cardText(e.payload.cardId), kind: reactionName(e.payload.kind) }),
  'reaction.remove': (e, s) =>
    t('eventReactionRemove', { who: s.who, text: s.cardText(e.payload.cardId), kind: reactionName(e.payload.kind) }),
  'comment.add': (e, s) =>
    t('eventCommentAdd', { who: s.who, card: s.cardText(e.payload.cardId), text: quote(e.payload.text) }),
  'comment.delete': (e, s) => {
    const comment = s.previous.comments[e.payload.commentId];
    return t('eventCommentDelete', { who: s.who, card: comment ? s.cardText(comment.cardId) : '?' });
  },
  'theme.add': (e, s) => t('eventThemeAdd', { who: s.who, title: quote(e.payload.title) }),
  'theme.rename': (e, s) => {
    const before = s.previous.themes[e.payload.themeId];
    return t('eventThemeRename', {
      who: s.who,
      before: before ? quote(before.title) : '?',
      title: quote(e.payload.title),
    });
  },
  'theme.colour': (e, s) => {
    const theme = s.previous.themes[e.payload.themeId];
    const title = theme ? quote(theme.title) : '?';
    return e.payload.colour === null
      ? t('eventThemeColourAuto', { who: s.who, title })
      : t('eventThemeColour', {
          who: s.who,
          title,
          colour: say(`colour_${e.payload.colour}` as RoomWord).toLowerCase(),
        });
  },
  'theme.delete': (e, s) => {
    const theme = s.previous.themes[e.payload.themeId];
    return t('eventThemeDelete', { who: s.who, title: theme ? quote(theme.title) : e.payload.themeId });
  },
  'lab.timer': (e, s) =>
    e.payload.seconds === null || e.payload.seconds <= 0
      ? t('eventTimerStop', { who: s.who })
      : t('eventTimerStart', { who: s.who, duration: duration(e.payload.seconds) }),
  'lab.private': (e, s) => t(e.payload.enabled ? 'eventPrivateOn' : 'eventPrivateOff', { who: s.who }),
  'lab.reveal': (e, s) => {
    const ids = e.payload.cardIds;
    if (ids === null) return t('eventRevealAll', { who: s.who });
    return ids.length === 1
      ? t('eventRevealOne', { who: s.who, text: s.cardText(ids[0] ?? '') })
      : t('eventRevealSome', { who: s.who, n: ids.length });
  },
  'lab.anonymous': (e, s) => t(e.payload.enabled ? 'eventAnonymousOn' : 'eventAnonymousOff', { who: s.who }),
  'lab.follow': (e, s) => t(e.payload.enabled ? 'eventFollowOn' : 'eventFollowOff', { who: s.who }),
  'groups.split': (e, s) =>
    e.payload.groups.length === 1
      ? t('eventSplitOne', { who: s.who })
      : t('eventSplit', {
          who: s.who,
          n: e.payload.groups.length,
          names: e.payload.groups.map((g) => g.name).join(', '),
        }),
  'groups.reconvene': (_e, s) => t('eventReconvene', { who: s.who }),
  'member.remove': (e, s) => t('eventMemberRemove', { who: s.who, name: s.memberName(e.payload.memberId) }),
  'lab.phase': (e, s) => {
    const phase = s.state.phases.find((p) => p.id === e.payload.phase);
    return t('eventLabPhase', { who: s.who, phase: phase ? localName(phase) : e.payload.phase });
  },
  'lab.lock': (e, s) => t(e.payload.locked ? 'eventLabLock' : 'eventLabUnlock', { who: s.who }),
  'lab.voteBudget': (e, s) =>
    t(e.payload.budget === 1 ? 'eventLabVoteBudgetOne' : 'eventLabVoteBudget', {
      who: s.who,
      budget: e.payload.budget,
    }),
  'meeting.open': (e, s) =>
    t('eventMeetingOpen', { who: s.who, title: s.state.meetings.at(-1)?.title ?? e.payload.title ?? '' }),
  'meeting.close': (_e, s) => t('eventMeetingClose', { who: s.who, title: s.previous.meetings.at(-1)?.title ?? '' }),
  'lab.create': (e) => t('eventLabCreate', { title: e.payload.title }),
  'member.join': (_e, s) => t('eventMemberJoin', { who: s.who }),
  'member.leave': (_e, s) => t('eventMemberLeave', { who: s.who }),
};

export function describeEvent(event: CanvasEvent, previous: CanvasState, state: CanvasState): string {
  const gone = event.type === 'member.leave' || event.type === 'member.remove';
  const scene: Scene = {
    who: authorOf(event, gone ? previous : state),
    previous,
    state,
    cardText: (id) => {
      const card = state.cards[id] ?? previous.cards[id];
      if (!card) return t('eventCardGone');
      return card.text ? quote(card.text) : t('faceDown');
    },
    laneName: (id) => {
      const lane = state.lanes.find((l) => l.id === id) ?? previous.lanes.find((l) => l.id === id);
      return lane ? localName(lane) : (id ?? '');
    },
    laneOfCard: (id) => scene.laneName((state.cards[id] ?? previous.cards[id])?.lane),
    memberName: (id) => (state.members[id] ?? previous.members[id])?.displayName ?? id,
  };
  const describe = describers[event.type] as ((e: CanvasEvent, s: Scene) => string) | undefined;
  return describe
    ? describe(event, scene)
    : t('eventUnknown', { who: scene.who, type: (event as { type: string }).type });
}

/** Every event type the replay can put in words (all of them: the record above is exhaustive). */
export const describedTypes = Object.keys(describers) as EventType[];

/** The ids of the cards an event touched (for marking them on the canvas). */
export function cardsTouched(event: CanvasEvent | null): string[] {
  if (!event) return [];
  switch (event.type) {
    case 'card.add':
    case 'card.edit':
    case 'card.move':
    case 'card.colour':
    case 'card.theme':
    case 'card.delete':
    case 'vote.cast':
    case 'vote.retract':
    case 'reaction.add':
    case 'reaction.remove':
    case 'action.owners':
    case 'action.deadline':
    case 'action.status':
      return [event.payload.cardId];
    case 'card.merge':
      return [event.payload.intoId];
    case 'comment.add':
      return [event.payload.cardId];
    case 'link.add':
      return [event.payload.from, event.payload.to];
    case 'lab.reveal':
      return event.payload.cardIds ?? [];
    default:
      return [];
  }
}
