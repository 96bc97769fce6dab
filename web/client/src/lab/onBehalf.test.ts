// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import type { Card } from '../canvas/types';
import { setLanguage } from '../i18n/i18n';
import { entiOf, matches, noFilter } from './cardFilter';
import { fillOnBehalf, onBehalfName, targetOf, targetValue, writesOnBehalf, type OnBehalfChoices } from './onBehalf';

const choices: OnBehalfChoices = {
  people: [{ memberId: 'p-mario', displayName: 'Mario Rossi', organisation: 'Auser' }],
  enti: [{ id: 'en-lecco', name: 'Comune di Lecco', typeName: 'Comune', typeNameEn: 'Municipality' }],
};

const card = (onBehalfOf?: Card['onBehalfOf']): Card => ({
  id: 'c-1',
  lane: 'bisogni',
  text: 'Orari serali',
  colour: 'giallo',
  x: 0,
  y: 0,
  themeId: null,
  author: 'staff-f',
  createdAt: '',
  updatedAt: '',
  hidden: false,
  anonymous: false,
  groupId: null,
  votes: {},
  reactions: {},
  ...(onBehalfOf ? { onBehalfOf } : {}),
});

describe('per conto di', () => {
  it('lets those who run the lab and tutors write for someone, not participants or trainers', () => {
    expect(['facilitator', 'admin', 'tutor', 'participant', 'trainer'].map(writesOnBehalf)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('turns a choice into the target sent with card.add and back', () => {
    expect(targetOf('member:p-mario')).toEqual({ kind: 'member', id: 'p-mario' });
    expect(targetOf('ente:en-lecco')).toEqual({ kind: 'ente', id: 'en-lecco' });
    expect([targetOf(''), targetOf('staff:x'), targetOf('member:')]).toEqual([null, null, null]);
    expect(targetValue({ kind: 'ente', id: 'en-lecco' })).toBe('ente:en-lecco');
    expect(targetValue(null)).toBe('');
  });

  it('offers oneself, the people and the enti, and keeps the choice across refills', () => {
    setLanguage('it', null);
    const select = document.createElement('select');
    fillOnBehalf(select, choices);
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'me stesso/a'],
      ['member:p-mario', 'Mario Rossi (Auser)'],
      ['ente:en-lecco', 'Comune di Lecco (Comune)'],
    ]);
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      'Persone del laboratorio',
      'Enti del programma',
    ]);
    select.value = 'ente:en-lecco';
    fillOnBehalf(select, choices);
    expect(select.value).toBe('ente:en-lecco');
    fillOnBehalf(select, { people: choices.people, enti: [] });
    expect(select.value).toBe('');
  });

  it('names an ente by its name and a person by the name the server filled in from the roster', () => {
    setLanguage('it', null);
    expect(onBehalfName(card())).toBeNull();
    expect(
      onBehalfName(card({ kind: 'ente', id: 'en-lecco', organisation: 'Comune di Lecco', sector: 'ente_pubblico' })),
    ).toBe('Comune di Lecco');
    expect(onBehalfName(card({ kind: 'member', id: 'p-mario', organisation: 'Auser', name: 'Mario Rossi' }))).toBe(
      'Mario Rossi',
    );
    expect(onBehalfName(card({ kind: 'member', id: 'p-mario' }))).toBe('una persona del laboratorio');
  });

  it("files a card written for an ente under that ente in the room's filter", () => {
    const next = eventStream();
    const state = fold([
      next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
      next(
        'card.add',
        {
          cardId: 'c1',
          lane: 'risorse',
          text: 'Sala civica',
          colour: null,
          x: 0,
          y: 0,
          onBehalfOf: { kind: 'ente', id: 'en-1', organisation: 'Comune di Lecco', sector: 'ente_pubblico' },
        },
        'staff-f',
      ),
    ]);
    const c1 = state.cards['c1']!;
    expect(entiOf(state)).toEqual(['Comune di Lecco']);
    expect(matches(state, c1, { ...noFilter, ente: 'Comune di Lecco', sector: 'ente_pubblico' })).toBe(true);
    expect(matches(state, c1, { ...noFilter, sector: 'terzo_settore' })).toBe(false);
  });
});
