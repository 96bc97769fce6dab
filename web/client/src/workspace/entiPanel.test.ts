// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { settle, testContext } from './testContext';
import { ApiError } from '../api/rest';
import { entiPanel } from './entiPanel';
import type { Ente, EnteRequest, EnteType } from './types';

const types: EnteType[] = [
  { id: 'comune', name: 'Comune', nameEn: 'Municipality', sector: 'ente_pubblico' },
  { id: 'fondazione', name: 'Fondazione', nameEn: 'Foundation', sector: 'terzo_settore' },
];

const ente = (id: string, name: string, type = 'comune', sector = 'ente_pubblico'): Ente => ({
  id,
  programmeId: 'prg-1',
  name,
  type,
  typeName: types.find((k) => k.id === type)!.name,
  typeNameEn: types.find((k) => k.id === type)!.nameEn,
  sector,
});

/** The register's panel always reads the types of ente. */
const context = (api: Parameters<typeof testContext>[0]) => testContext({ enteTypes: async () => types, ...api });

function submit(form: HTMLFormElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values))
    (form.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement).value = value;
  form.dispatchEvent(new Event('submit', { cancelable: true }));
}

describe('register of enti', () => {
  it('adds an ente, says a refusal in the form, and removes one after the confirmation', async () => {
    let enti = [ente('en-1', 'Comune di Lecco')];
    const sent: EnteRequest[] = [];
    const removed: string[] = [];
    const panel = entiPanel(
      context({
        enti: async () => enti,
        addEnte: async (_programme, request) => {
          sent.push(request);
          if (request.name === 'comune di lecco')
            throw new ApiError(409, 'ente_exists', {
              message: 'Questo ente è già nel registro.',
              messageEn: 'This organisation is already in the register.',
            });
          const added = ente('en-2', request.name, request.type, request.sector ?? 'terzo_settore');
          enti = [...enti, added];
          return added;
        },
        removeEnte: async (id) => {
          removed.push(id);
          enti = enti.filter((e) => e.id !== id);
        },
      }),
      'prg-1',
      'Innovazione',
      true,
    );
    document.body.append(panel);
    await settle();
    expect(panel.querySelector('.ws-ente-name')?.textContent).toBe('Comune di Lecco');
    expect(panel.querySelector('.ws-ente .ws-meta')?.textContent).toBe('Comune · Ente pubblico');

    const add = [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Nuovo ente')!;
    expect(add.hidden).toBe(false);
    add.click();
    submit(panel.querySelector('form')!, { name: 'comune di lecco', type: 'comune', sector: '' });
    await settle();
    expect(panel.querySelector('form [role="alert"]')?.textContent).toContain('Questo ente è già nel registro.');
    expect(panel.querySelectorAll('.ws-ente')).toHaveLength(1);

    submit(panel.querySelector('form')!, { name: 'Fondazione Comunitaria', type: 'fondazione', sector: '' });
    await settle();
    expect(sent.at(-1)).toEqual({ name: 'Fondazione Comunitaria', type: 'fondazione', sector: null });
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Aggiunto al registro: Fondazione Comunitaria');
    expect([...panel.querySelectorAll('.ws-ente-name')].map((e) => e.textContent)).toEqual([
      'Comune di Lecco',
      'Fondazione Comunitaria',
    ]);

    panel.querySelector<HTMLButtonElement>('button[aria-label="Rimuovi Comune di Lecco dal registro"]')!.click();
    expect(removed).toEqual([]);
    const confirm = panel.querySelector('.ws-confirm')!;
    [...confirm.querySelectorAll('button')].find((b) => b.textContent === 'Sì, rimuovi')!.click();
    await settle();
    expect(removed).toEqual(['en-1']);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Rimosso dal registro: Comune di Lecco');
    expect([...panel.querySelectorAll('.ws-ente-name')].map((e) => e.textContent)).toEqual(['Fondazione Comunitaria']);
    panel.remove();
  });

  it('shows the register without tools to who only reads it', async () => {
    const panel = entiPanel(context({ enti: async () => [ente('en-1', 'Comune di Lecco')] }), 'prg-1', 'X', false);
    await settle();
    expect(panel.querySelector('.ws-ente-name')?.textContent).toBe('Comune di Lecco');
    expect(panel.querySelector('button')).toBeNull();
  });
});
