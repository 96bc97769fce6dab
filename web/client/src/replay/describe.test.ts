import { afterEach, describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import type { CanvasEvent, CanvasState } from '../canvas/types';
import { setLanguage } from '../i18n/i18n';
import { cardsTouched, describedTypes, describeEvent } from './describe';

function lab(): { next: ReturnType<typeof eventStream>; state: CanvasState } {
  const next = eventStream();
  const state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next(
      'member.join',
      {
        memberId: 'p-anna',
        displayName: 'Anna Rossi',
        organisation: 'Comune di Pisa',
        sector: 'ente_pubblico',
        role: 'participant',
      },
      'p-anna',
    ),
    next(
      'member.join',
      {
        memberId: 'staff-f',
        displayName: 'Giulia Facilitatrice',
        organisation: '',
        sector: 'altro',
        role: 'facilitator',
      },
      'staff-f',
    ),
    next('card.add', { cardId: 'c1', lane: 'bisogni', text: 'Anziani soli', colour: null, x: 0, y: 0 }, 'p-anna'),
    next('card.add', { cardId: 'c2', lane: 'risorse', text: 'Centro diurno', colour: null, x: 0, y: 0 }, 'p-anna'),
    next('theme.add', { themeId: 't1', title: 'Casa' }, 'staff-f'),
  ]);
  return { next, state };
}

function say(event: CanvasEvent, before: CanvasState): string {
  return describeEvent(event, before, applyEvent(before, event));
}

afterEach(() => setLanguage('it', null));

describe('describeEvent', () => {
  it('names the author with the organisation, the lane and the text of a new card', () => {
    const { next, state } = lab();
    const add = next(
      'card.add',
      { cardId: 'c3', lane: 'bisogni', text: 'Trasporto per le visite', colour: null, x: 0, y: 0 },
      'p-anna',
    );
    expect(say(add, state)).toBe(
      'Anna Rossi (Comune di Pisa) ha aggiunto una scheda in Bisogni: «Trasporto per le visite»',
    );
    setLanguage('en', null);
    expect(say(add, state)).toBe('Anna Rossi (Comune di Pisa) added a card in Needs: “Trasporto per le visite”');
  });

  it('says whom a card was written for: an ente by name, a person by the name the server filled in', () => {
    const { next, state } = lab();
    const forEnte = next(
      'card.add',
      {
        cardId: 'c3',
        lane: 'risorse',
        text: 'Sala civica',
        colour: null,
        x: 0,
        y: 0,
        onBehalfOf: { kind: 'ente', id: 'en-lecco', organisation: 'Comune di Lecco', sector: 'ente_pubblico' },
      },
      'staff-f',
    );
    expect(say(forEnte, state)).toBe(
      'Giulia Facilitatrice ha aggiunto una scheda in Risorse: «Sala civica» (per conto di Comune di Lecco)',
    );
    const forPerson = next(
      'card.add',
      {
        cardId: 'c4',
        lane: 'bisogni',
        text: 'Orari serali',
        colour: null,
        x: 0,
        y: 0,
        onBehalfOf: { kind: 'member', id: 'p-mario', organisation: '', sector: 'altro', name: 'Mario Rossi' },
      },
      'staff-f',
    );
    setLanguage('en', null);
    expect(say(forPerson, state)).toBe(
      'Giulia Facilitatrice added a card in Needs: “Orari serali” (on behalf of Mario Rossi)',
    );
  });

  it('leaves out an empty organisation', () => {
    const { next, state } = lab();
    expect(say(next('lab.phase', { phase: 'libera' }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha portato il laboratorio alla fase «Lavoro libero»',
    );
  });

  it('quotes what a deletion removed, from the state before it', () => {
    const { next, state } = lab();
    expect(say(next('card.delete', { cardId: 'c1' }, 'p-anna'), state)).toBe(
      'Anna Rossi (Comune di Pisa) ha eliminato la scheda «Anziani soli» da Bisogni',
    );
    expect(say(next('theme.delete', { themeId: 't1' }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha eliminato il tema «Casa»',
    );
  });

  it('describes edits, moves, links, votes, comments and themes', () => {
    const { next, state } = lab();
    const link = next('link.add', { linkId: 'l1', from: 'c2', to: 'c1' }, 'p-anna');
    const linked = applyEvent(state, link);
    expect(say(next('card.edit', { cardId: 'c1', text: 'Anziani soli in casa' }, 'p-anna'), state)).toBe(
      'Anna Rossi (Comune di Pisa) ha modificato una scheda in Bisogni: «Anziani soli in casa»',
    );
    expect(say(next('card.move', { cardId: 'c1', lane: 'azioni', x: 0, y: 0 }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha spostato la scheda «Anziani soli» in Azioni',
    );
    expect(say(link, state)).toBe('Anna Rossi (Comune di Pisa) ha collegato «Centro diurno» a «Anziani soli»');
    expect(say(next('link.delete', { linkId: 'l1' }, 'p-anna'), linked)).toBe(
      'Anna Rossi (Comune di Pisa) ha rimosso il collegamento tra «Centro diurno» e «Anziani soli»',
    );
    expect(say(next('vote.cast', { cardId: 'c2' }, 'p-anna'), state)).toBe(
      'Anna Rossi (Comune di Pisa) ha votato la scheda «Centro diurno»',
    );
    expect(say(next('comment.add', { commentId: 'm1', cardId: 'c2', text: 'Il sabato?' }, 'p-anna'), state)).toBe(
      'Anna Rossi (Comune di Pisa) ha commentato la scheda «Centro diurno»: «Il sabato?»',
    );
    expect(say(next('theme.rename', { themeId: 't1', title: 'Abitare' }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha rinominato il tema «Casa» in «Abitare»',
    );
    expect(say(next('card.theme', { cardId: 'c1', themeId: 't1' }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha messo la scheda «Anziani soli» nel tema «Casa»',
    );
  });

  it('describes the events the server writes and the facilitator tools', () => {
    const { next, state } = lab();
    const open = next('meeting.open', { title: null }, 'staff-f');
    const opened = applyEvent(state, open);
    expect(say(open, state)).toBe('Giulia Facilitatrice ha aperto l’incontro «Incontro 1»');
    expect(say(next('meeting.close', {}, 'staff-f'), opened)).toBe(
      'Giulia Facilitatrice ha chiuso l’incontro «Incontro 1»',
    );
    expect(say(next('lab.lock', { locked: true }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha bloccato la lavagna',
    );
    expect(say(next('member.leave', { memberId: 'p-anna' }, 'p-anna'), state)).toBe(
      'Anna Rossi (Comune di Pisa) ha lasciato il laboratorio',
    );
    expect(
      say(next('lab.create', { title: 'Nuovo', templateId: 't', lanes, phases, voteBudget: 5 }, 'staff-f'), state),
    ).toBe('Laboratorio creato: «Nuovo»');
  });

  it('puts every event type the facilitator tools write into words, never a raw code', () => {
    const { next, state } = lab();
    const cases: [CanvasEvent, string][] = [
      [
        next('card.merge', { cardId: 'c2', intoId: 'c1', text: null }, 'staff-f'),
        'Giulia Facilitatrice ha unito la scheda «Centro diurno» a «Anziani soli»',
      ],
      [
        next('reaction.add', { cardId: 'c1', kind: 'idea' }, 'p-anna'),
        'Anna Rossi (Comune di Pisa) ha reagito alla scheda «Anziani soli»: Idea',
      ],
      [
        next('reaction.remove', { cardId: 'c1', kind: 'accordo' }, 'p-anna'),
        'Anna Rossi (Comune di Pisa) ha tolto la reazione «D’accordo» dalla scheda «Anziani soli»',
      ],
      [next('lab.timer', { seconds: 300 }, 'staff-f'), 'Giulia Facilitatrice ha avviato il timer: 5 minuti'],
      [next('lab.timer', { seconds: 90 }, 'staff-f'), 'Giulia Facilitatrice ha avviato il timer: 1:30 minuti'],
      [next('lab.timer', { seconds: null }, 'staff-f'), 'Giulia Facilitatrice ha fermato il timer'],
      [next('lab.private', { enabled: true }, 'staff-f'), 'Giulia Facilitatrice ha attivato le schede coperte'],
      [next('lab.reveal', { cardIds: null }, 'staff-f'), 'Giulia Facilitatrice ha scoperto tutte le schede coperte'],
      [next('lab.reveal', { cardIds: ['c1', 'c2'] }, 'staff-f'), 'Giulia Facilitatrice ha scoperto 2 schede'],
      [next('lab.anonymous', { enabled: false }, 'staff-f'), 'Giulia Facilitatrice ha disattivato l’anonimato'],
      [
        next('lab.follow', { enabled: true }, 'staff-f'),
        'Giulia Facilitatrice ha chiesto a tutti di seguire la sua vista',
      ],
      [
        next(
          'groups.split',
          {
            groups: [
              { groupId: 'g1', name: 'Tavolo 1', members: [] },
              { groupId: 'g2', name: 'Tavolo 2', members: [] },
            ],
          },
          'staff-f',
        ),
        'Giulia Facilitatrice ha diviso il gruppo in 2 tavoli: Tavolo 1, Tavolo 2',
      ],
      [next('groups.reconvene', {}, 'staff-f'), 'Giulia Facilitatrice ha riunito i tavoli in plenaria'],
      [
        next('member.remove', { memberId: 'p-anna' }, 'staff-f'),
        'Giulia Facilitatrice ha fatto uscire Anna Rossi dal laboratorio',
      ],
      [next('lab.voteBudget', { budget: 1 }, 'staff-f'), 'Giulia Facilitatrice ha fissato a 1 il voto per persona'],
    ];
    for (const [event, text] of cases) expect(say(event, state)).toBe(text);
    setLanguage('en', null);
    expect(say(cases[0]![0], state)).toBe('Giulia Facilitatrice merged the card “Centro diurno” into “Anziani soli”');
    expect(say(cases[11]![0], state)).toBe('Giulia Facilitatrice split the room into 2 tables: Tavolo 1, Tavolo 2');
  });

  it('has a sentence for each of the 38 event types', () => {
    expect(new Set(describedTypes).size).toBe(38);
  });

  it('puts the follow-up of an action into words', () => {
    const { next, state } = lab();
    expect(say(next('action.status', { cardId: 'c1', status: 'in_corso' }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha segnato l’azione «Anziani soli» come «in corso»',
    );
    expect(say(next('action.deadline', { cardId: 'c1', deadline: '2027-03-31' }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha fissato la scadenza dell’azione «Anziani soli»: 2027-03-31',
    );
    expect(say(next('action.deadline', { cardId: 'c1', deadline: null }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha tolto la scadenza dell’azione «Anziani soli»',
    );
    expect(say(next('action.owners', { cardId: 'c1', people: ['p-anna'], enti: [] }, 'staff-f'), state)).toBe(
      'Giulia Facilitatrice ha affidato l’azione «Anziani soli» a: Anna Rossi',
    );
  });

  it('falls back to the author id for someone the lab does not know, and shortens long texts', () => {
    const { next, state } = lab();
    const long = 'x'.repeat(200);
    const text = say(
      next('card.add', { cardId: 'c9', lane: 'bisogni', text: long, colour: null, x: 0, y: 0 }, 'p-ignoto'),
      state,
    );
    expect(text.startsWith('p-ignoto ha aggiunto una scheda in Bisogni: «x')).toBe(true);
    expect(text.endsWith('…»')).toBe(true);
    expect(text.length).toBeLessThan(140);
  });
});

describe('cardsTouched', () => {
  it('names the cards an event changed', () => {
    const { next } = lab();
    expect(cardsTouched(next('link.add', { linkId: 'l1', from: 'c2', to: 'c1' }))).toEqual(['c2', 'c1']);
    expect(cardsTouched(next('vote.cast', { cardId: 'c2' }))).toEqual(['c2']);
    expect(cardsTouched(next('lab.phase', { phase: 'libera' }))).toEqual([]);
    expect(cardsTouched(null)).toEqual([]);
  });
});
