// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { settle, testContext } from './testContext';
import { adesioniPanel } from './adesioniPanel';
import type { Adherent, LabSummary } from './types';

const lab: LabSummary = {
  id: 'lab-1',
  title: 'Abitare',
  theme: '',
  programmeId: null,
  edizioneId: null,
  closed: false,
  enrolled: 1,
  createdAt: '2026-01-01T00:00:00Z',
  role: 'facilitator',
};
const person = (over: Partial<Adherent> = {}): Adherent => ({
  id: 'a-1',
  memberId: 'p-1',
  displayName: 'Lucia Bianchi',
  organisation: 'Comune di Prato',
  sector: 'ente_pubblico',
  email: 'lucia@example.org',
  kind: 'aderente',
  hasLink: true,
  linkRevoked: false,
  mergedInto: null,
  createdAt: '2026-01-01T00:00:00Z',
  erased: false,
  ...over,
});

describe('adesioni panel', () => {
  it('erases a person after the confirmation and shows the pseudonym', async () => {
    let people = [person()];
    const erased: string[] = [];
    const panel = adesioniPanel(
      testContext({
        adesioni: async () => people,
        erase: async (_labId, id) => {
          erased.push(id);
          people = [
            person({
              displayName: 'Partecipante 1',
              organisation: '',
              email: null,
              hasLink: false,
              linkRevoked: true,
              erased: true,
            }),
          ];
          return { pseudonym: 'Partecipante 1' };
        },
      }),
      lab,
      true,
    );
    await settle();
    expect(panel.querySelector('.ws-adesione-name')?.textContent).toBe('Lucia Bianchi');

    panel.querySelector<HTMLButtonElement>('button[aria-label="Cancella i dati di Lucia Bianchi"]')!.click();
    const confirm = panel.querySelector('.ws-confirm');
    expect(confirm?.textContent).toContain('Non si può annullare.');
    expect(erased).toEqual([]);
    [...confirm!.querySelectorAll('button')].find((b) => b.textContent === 'Sì, cancella i dati')!.click();
    await settle();

    expect(erased).toEqual(['a-1']);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Dati cancellati: ora è Partecipante 1.');
    expect(panel.querySelector('.ws-adesione-name')?.textContent).toBe('Partecipante 1');
    expect(panel.querySelector('.ws-badge')?.textContent).toBe('dati cancellati');
    expect(panel.querySelector('button[aria-label^="Cancella i dati"]')).toBeNull();
  });

  it('offers no erasure to who only reads the list', async () => {
    const panel = adesioniPanel(testContext({ adesioni: async () => [person()] }), lab, false);
    await settle();
    expect(panel.querySelector('.ws-adesione-name')?.textContent).toBe('Lucia Bianchi');
    expect(panel.querySelector('button')).toBeNull();
  });
});
