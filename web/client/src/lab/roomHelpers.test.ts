import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import { setLanguage } from '../i18n/i18n';
import { byVotes, matches, noFilter } from './cardFilter';
import { phaseGuidance, phaseInstruction, phaseStep, roomSummary } from './roomSummary';

function canvas(): { next: ReturnType<typeof eventStream>; state: ReturnType<typeof fold> } {
  const next = eventStream();
  const state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next('member.join', member('p-anna')),
    next('member.join', { ...member('p-bruno'), organisation: 'Cooperativa Il Ponte', sector: 'terzo_settore' }),
    next('member.join', member('p-carla')),
    next(
      'card.add',
      { cardId: 'c1', lane: 'bisogni', text: 'Più trasporti per le visite', colour: null, x: 0, y: 0 },
      'p-anna',
    ),
    next(
      'card.add',
      { cardId: 'c2', lane: 'risorse', text: 'Volontari con l’auto', colour: null, x: 0, y: 0 },
      'p-bruno',
    ),
    next(
      'card.add',
      { cardId: 'c3', lane: 'bisogni', text: 'Città più accessibile', colour: null, x: 0, y: 100 },
      'p-bruno',
    ),
    next('theme.add', { themeId: 't1', title: 'Mobilità' }),
    next('card.theme', { cardId: 'c1', themeId: 't1' }),
    next('vote.cast', { cardId: 'c3' }, 'p-anna'),
    next('vote.cast', { cardId: 'c3' }, 'p-bruno'),
    next('vote.cast', { cardId: 'c2' }, 'p-anna'),
  ]);
  return { next, state };
}

describe('card filter', () => {
  const { state } = canvas();
  const shown = (f: Partial<typeof noFilter>): string[] =>
    Object.values(state.cards)
      .filter((c) => matches(state, c, { ...noFilter, ...f }))
      .map((c) => c.id)
      .sort();

  it('finds words in any case and without accents', () => {
    expect(shown({ text: 'citta ACCESS' })).toEqual(['c3']);
    expect(shown({ text: 'più' })).toEqual(['c1', 'c3']);
  });

  it('filters by the author’s ente and sector, and by theme or no theme', () => {
    expect(shown({ ente: 'Cooperativa Il Ponte' })).toEqual(['c2', 'c3']);
    expect(shown({ sector: 'ente_pubblico' })).toEqual(['c1']);
    expect(shown({ theme: 't1' })).toEqual(['c1']);
    expect(shown({ theme: '-' })).toEqual(['c2', 'c3']);
    expect(shown({})).toEqual(['c1', 'c2', 'c3']);
  });

  it('sorts by votes, most first, keeping the lane order among equals', () => {
    const lane = [state.cards['c1']!, state.cards['c3']!];
    expect(byVotes(lane).map((c) => c.id)).toEqual(['c3', 'c1']);
    expect(byVotes([state.cards['c1']!]).map((c) => c.id)).toEqual(['c1']);
  });
});

describe('room summary', () => {
  it('names who is present and has not contributed, counts cards per lane and votes', () => {
    setLanguage('it', null);
    const { state } = canvas();
    const summary = roomSummary(state);
    expect(summary.quiet.map((m) => m.displayName)).toEqual(['carla']);
    expect(summary.lanes).toEqual([
      { id: 'bisogni', name: 'Bisogni', cards: 2 },
      { id: 'risorse', name: 'Risorse', cards: 1 },
      { id: 'azioni', name: 'Azioni', cards: 0 },
    ]);
    expect([summary.votes, summary.voters]).toEqual([3, 2]);
  });
});

describe('phase instruction', () => {
  it('says what the phase allows, in words, and that the lock stops it', () => {
    setLanguage('it', null);
    const { next, state } = canvas();
    expect(phaseInstruction({ ...state, phase: null })).toBe(
      'Il laboratorio non è ancora in una fase: chi facilita la aprirà.',
    );
    expect(phaseStep({ ...state, phase: null }).next?.id).toBe('apertura');
    expect(phaseStep(state)).toEqual({ index: 0, total: 2, next: state.phases[1] });
    const open = applyEvent(state, next('lab.phase', { phase: 'libera' }));
    expect(phaseInstruction(open)).toBe(
      'Scrivete schede in Bisogni, Risorse e Azioni, collegate le schede, votate le priorità, commentate e reagite e raggruppate per temi.',
    );
    expect(phaseStep(open)).toEqual({ index: 1, total: 2, next: null });
    expect(phaseInstruction(applyEvent(open, next('lab.lock', { locked: true })))).toBe(
      'La lavagna è bloccata: ascoltate chi facilita.',
    );
    const opening = applyEvent(state, next('lab.phase', { phase: 'apertura' }));
    expect(phaseInstruction(opening)).toBe('Commentate e reagite.');
    setLanguage('en', null);
    expect(phaseInstruction(opening)).toBe('Comment and react.');
    setLanguage('it', null);
  });
});

describe('phase guidance', () => {
  it("says a programme template's instructions with the planned time, in the chosen language", () => {
    const phase = {
      id: 'ascolto',
      name: 'Ascolto',
      nameEn: 'Listening',
      allows: ['cards'],
      lanes: [],
      minutes: 20,
      instructions: 'Una scheda per bisogno.',
      instructionsEn: 'One card per need.',
    };
    setLanguage('it', null);
    expect(phaseGuidance(phase)).toBe('Una scheda per bisogno. (tempo previsto: 20 minuti)');
    expect(phaseGuidance({ id: 'voto', name: 'Voto', nameEn: 'Voting', allows: [], lanes: [] })).toBe('');
    setLanguage('en', null);
    expect(phaseGuidance(phase)).toBe('One card per need. (planned time: 20 minutes)');
    setLanguage('it', null);
  });
});
