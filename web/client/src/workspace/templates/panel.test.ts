// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/rest';
import { settle, testContext } from '../testContext';
import type { ProgrammeDetail } from '../types';
import { templatesPanel } from './panel';
import type { TemplateDefinition, TemplateView } from './types';

const detail = (canManage: boolean): ProgrammeDetail => ({
  programme: {
    id: 'prg-1',
    title: 'Abitare',
    fund: 'fse_plus',
    cup: '',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    ownerBody: 'Regione',
    archived: false,
    createdAt: '2026-01-01T00:00:00Z',
  },
  canManage,
  percorsi: [],
  edizioni: [],
  labs: [],
  incontri: [],
  staff: [],
});

const column = (key: string, name: string, kind: 'need' | 'resource' | 'action' | 'other') => ({
  key,
  name,
  nameEn: '',
  kind,
  prompt: null,
  promptEn: null,
});

const builtIn: TemplateView = {
  key: 'stakeholder-communityholder',
  programmeId: null,
  name: 'Stakeholder → Communityholder',
  nameEn: 'Stakeholder → Communityholder',
  builtIn: true,
  version: null,
  versions: [],
  definition: {
    name: 'Stakeholder → Communityholder',
    nameEn: '',
    columns: [column('stakeholder', 'Stakeholder', 'need'), column('communityholder', 'Communityholder', 'resource')],
    rows: [1, 2, 3, 4].map((n) => ({ key: String(n), name: `Riga ${n}`, nameEn: '' })),
    phases: [],
    voteBudget: 5,
  },
};

const own = (definition: TemplateDefinition, version: number): TemplateView => ({
  key: 'tpl-1',
  programmeId: 'prg-1',
  name: definition.name,
  nameEn: definition.nameEn,
  builtIn: false,
  version,
  versions: [{ version, authorName: 'Anna Rossi', createdAt: '2026-02-01T10:00:00Z' }],
  definition,
});

const buttons = (root: HTMLElement): string[] => [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');

function type(root: HTMLElement, label: string, value: string, index = 0): void {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.firstChild?.textContent === label);
  const control = root.querySelector<HTMLInputElement>(`#${labels[index]!.htmlFor}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input'));
}

describe('templates panel', () => {
  it('lists each template with its shape, and offers no tools to who cannot manage the programme', async () => {
    const panel = templatesPanel(testContext({ templates: async () => [builtIn] }), detail(false));
    await settle();
    expect(panel.querySelector('.tpl-summary')?.textContent).toBe('Matrice: 4 righe × 2 colonne · 5 voti a persona');
    expect(panel.querySelector('.tpl-entry .ws-badge')?.textContent).toBe('modello predefinito');
    expect(buttons(panel)).toEqual(['Anteprima']);
  });

  it('creates a template from the editor, and shows a refusal in the form without closing it', async () => {
    let saved: TemplateView[] = [];
    const sent: TemplateDefinition[] = [];
    let refuse = true;
    const panel = templatesPanel(
      testContext({
        templates: async () => [builtIn, ...saved],
        createTemplate: async (_programme, definition) => {
          sent.push(definition);
          if (refuse) {
            refuse = false;
            throw new ApiError(400, 'template_name_missing', {
              message: 'Colonna 1: Manca un nome.',
              messageEn: 'Column 1: A name is missing.',
            });
          }
          saved = [own(definition, 1)];
          return saved[0]!;
        },
      }),
      detail(true),
    );
    document.body.append(panel);
    await settle();
    [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Nuovo modello')!.click();
    const form = panel.querySelector<HTMLFormElement>('form.tpl-editor')!;
    expect(form.querySelector('h3')?.textContent).toBe('Nuovo modello di lavoro');
    type(form, 'Nome', 'Casa');
    [...form.querySelectorAll('button')].find((b) => b.textContent === 'Aggiungi colonna')!.click();

    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Colonna 1: Manca un nome.');
    expect(panel.querySelector('form.tpl-editor')).toBe(form);

    type(form, 'Nome', 'Bisogni della casa', 1);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(sent.map((d) => [d.name, d.columns.map((c) => c.name)])).toEqual([
      ['Casa', ['']],
      ['Casa', ['Bisogni della casa']],
    ]);
    expect(panel.querySelector('form.tpl-editor')).toBeNull();
    const entry = panel.querySelector('[data-template="tpl-1"]')!;
    expect(entry.querySelector('.ws-badge')?.textContent).toBe('versione 1');
    expect(entry.querySelector('.tpl-summary')?.textContent).toBe('1 colonna · 5 voti a persona');
    expect(document.activeElement).toBe(entry.querySelector('button'));
    panel.remove();
  });
});
