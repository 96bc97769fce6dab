// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { settle, testContext } from './testContext';
import { registerPanel } from './registerPanel';
import type { Incontro, MarkRequest, RegisterRow, RegisterView } from './types';

const incontro: Incontro = {
  id: 'inc-1',
  labId: 'lab-1',
  date: '2026-12-02',
  start: '09:00',
  end: '13:00',
  plannedHours: 4,
  mode: 'presenza',
  sedeId: 'firenze',
};

const row = (over: Partial<RegisterRow>): RegisterRow => ({
  memberId: 'p-1',
  displayName: 'Lucia Bianchi',
  organisation: 'Comune di Prato',
  sector: 'ente_pubblico',
  kind: 'aderente',
  online: false,
  suggested: null,
  status: null,
  entry: null,
  exit: null,
  hours: 0,
  markedBy: null,
  markedAt: null,
  ...over,
});

describe('register panel', () => {
  it('pre-fills the suggestion, saves a mark and confirms every suggestion at once', async () => {
    let view: RegisterView = {
      incontro,
      labTitle: 'Abitare',
      open: true,
      timeZone: 'Europe/Rome',
      present: 0,
      enrolled: 2,
      rows: [
        row({ memberId: 'p-1', online: true, suggested: 'presente' }),
        row({ memberId: 'p-2', displayName: 'Ugo Sala', organisation: '', suggested: 'presente' }),
        row({ memberId: 'p-3', displayName: 'Mario Rossi', organisation: 'Auser' }),
      ],
    };
    const sent: [string, MarkRequest][] = [];
    const panel = registerPanel(
      testContext({
        register: async () => view,
        mark: async (_incontro, memberId, request) => {
          sent.push([memberId, request]);
          view = {
            ...view,
            rows: view.rows.map((r) => (r.memberId === memberId ? { ...r, status: request.status } : r)),
          };
          return view.rows.find((r) => r.memberId === memberId)!;
        },
      }),
      incontro,
      true,
    );
    await settle();
    expect(panel.getAttribute('aria-label')).toBe('Registro dell’incontro del 02/12/2026 09:00–13:00');
    const lucia = panel.querySelector<HTMLElement>('[data-member-id="p-1"]')!;
    expect(lucia.textContent).toContain('collegato/a ora');
    expect(lucia.querySelector<HTMLSelectElement>('select[aria-label="Presenza di Lucia Bianchi"]')!.value).toBe(
      'presente',
    );
    const mario = panel.querySelector<HTMLElement>('[data-member-id="p-3"]')!;
    const select = mario.querySelector<HTMLSelectElement>('select')!;
    expect(select.value).toBe('');
    select.value = 'ritardo';
    mario.querySelector<HTMLInputElement>('input[aria-label="Entrata di Mario Rossi"]')!.value = '09:40';
    mario.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(sent).toEqual([['p-3', { status: 'ritardo', entry: '09:40', exit: null }]]);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Mario Rossi: in ritardo');

    [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Conferma i suggerimenti')!.click();
    await settle();
    expect(sent.slice(1).map(([id, r]) => [id, r.status])).toEqual([
      ['p-1', 'presente'],
      ['p-2', 'presente'],
    ]);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Segnate 2 presenze suggerite.');
  });

  it('only reads a register that is not open, or for who does not take the roll call', async () => {
    const view: RegisterView = {
      incontro,
      labTitle: 'Abitare',
      open: false,
      timeZone: 'Europe/Rome',
      present: 1,
      enrolled: 1,
      rows: [row({ status: 'presente', hours: 4 })],
    };
    for (const [v, marks] of [
      [view, true],
      [{ ...view, open: true }, false],
    ] as const) {
      const panel = registerPanel(testContext({ register: async () => v }), incontro, marks);
      await settle();
      expect(panel.querySelector('form')).toBeNull();
      expect(panel.querySelector('.ws-badge')?.textContent).toBe('presente');
      expect(panel.querySelector<HTMLElement>('.ws-note')!.hidden).toBe(v.open);
    }
  });
});
