import { describe, expect, it } from 'vitest';
import { keyFrom, TemplateDraft } from './draft';
import type { TemplateDefinition } from './types';

const saved: TemplateDefinition = {
  name: 'Casa e prossimità',
  nameEn: 'Casa e prossimità',
  voteBudget: 3,
  columns: [
    {
      key: 'bisogni',
      name: 'Bisogni',
      nameEn: 'Needs',
      kind: 'need',
      prompt: 'Che cosa manca?',
      promptEn: 'Che cosa manca?',
    },
    { key: 'impegni', name: 'Impegni', nameEn: 'Impegni', kind: 'action', prompt: null, promptEn: null },
  ],
  rows: [],
  phases: [
    {
      key: 'ascolto',
      name: 'Ascolto',
      nameEn: 'Listening',
      minutes: 20,
      instructions: 'Una scheda per bisogno.',
      instructionsEn: 'Una scheda per bisogno.',
      allows: ['cards', 'comments'],
      columns: ['bisogni'],
      rows: [],
    },
  ],
};

describe('template draft', () => {
  it('gives back a saved definition as it was (English equal to Italian left out)', () => {
    const definition = TemplateDraft.from(saved).toDefinition();

    expect(definition.columns.map((c) => [c.key, c.nameEn, c.promptEn])).toStrictEqual([
      ['bisogni', 'Needs', null],
      ['impegni', '', null],
    ]);
    expect(definition.phases[0]).toStrictEqual({
      key: 'ascolto',
      name: 'Ascolto',
      nameEn: 'Listening',
      minutes: 20,
      instructions: 'Una scheda per bisogno.',
      instructionsEn: null,
      allows: ['cards', 'comments'],
      columns: ['bisogni'],
      rows: [],
    });
    expect(definition.voteBudget).toBe(3);
  });

  it('keys new columns from their names, unique, and keeps saved keys when they move', () => {
    const draft = TemplateDraft.from(saved);
    const added = draft.addColumn();
    added.name = '  Bisogni ';
    const again = draft.addColumn();
    again.name = 'Chi può offrire';
    expect(draft.move('columns', added.uid, -1)).toBe(true);
    expect(draft.move('columns', draft.columns[0]!.uid, -1)).toBe(false);

    expect(draft.toDefinition().columns.map((c) => c.key)).toStrictEqual([
      'bisogni',
      'bisogni-2',
      'impegni',
      'chi-puo-offrire',
    ]);
  });

  it('forgets a removed column in the phases that opened it', () => {
    const draft = TemplateDraft.from(saved);
    draft.remove('columns', draft.columns[0]!.uid);

    expect(draft.toDefinition().phases[0]!.columns).toStrictEqual([]);
    expect(draft.toDefinition().columns.map((c) => c.key)).toStrictEqual(['impegni']);
  });

  it('leaves an empty name without a key, for the server to say what is missing', () => {
    const draft = new TemplateDraft();
    draft.addColumn();

    expect(draft.toDefinition().columns[0]!.key).toBeNull();
  });

  it('makes keys as the server does', () => {
    expect(keyFrom('Criticità: aspetti da cambiare')).toBe('criticita-aspetti-da-cambiare');
    expect(keyFrom('???')).toBe('');
    expect(keyFrom('a'.repeat(40))).toHaveLength(30);
  });
});
