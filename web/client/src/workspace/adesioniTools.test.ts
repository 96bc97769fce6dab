// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/rest';
import { adesioniPanel } from './adesioniPanel';
import { importForm } from './adesioniImport';
import { mergeable, mergeChoice } from './mergeForm';
import { linkState, slug } from './personalLinkPanel';
import { settle, testContext } from './testContext';
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
  email: null,
  kind: 'aderente',
  hasLink: false,
  linkRevoked: false,
  mergedInto: null,
  createdAt: '2026-01-01T00:00:00Z',
  erased: false,
  ...over,
});
const button = (root: ParentNode, name: string): HTMLButtonElement => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('adesioni tools', () => {
  it('names the state of a personal link, and none for an erased person', () => {
    expect(linkState(person({ hasLink: true }))).toBe('link attivo');
    expect(linkState(person({ linkRevoked: true }))).toBe('link revocato');
    expect(linkState(person())).toBeNull();
    expect(linkState(person({ linkRevoked: true, erased: true }))).toBeNull();
  });

  it('offers for a merge only people neither merged nor erased, walk-ins said so', () => {
    const people = [
      person(),
      person({ id: 'a-2', memberId: 'p-2', mergedInto: 'p-1' }),
      person({ id: 'a-3', memberId: 'p-3', erased: true }),
      person({ id: 'a-4', memberId: 'p-4', displayName: 'Ugo Sala', organisation: '', kind: 'non_aderente' }),
    ];
    expect(mergeable(people).map((p) => p.id)).toEqual(['a-1', 'a-4']);
    expect(mergeChoice(people[3]!, 'non aderente')).toBe('Ugo Sala — non aderente');
    expect(mergeChoice(people[0]!, 'non aderente')).toBe('Lucia Bianchi — Comune di Prato');
  });

  it('makes a file name of a person’s name', () => {
    expect(slug('Nicolò  D’Amico')).toBe('nicolo-d-amico');
    expect(slug('…')).toBe('persona');
  });

  it('says an import refused in the form and keeps it open; a good one reports how many', async () => {
    const sent: string[] = [];
    let answer: () => Promise<{ imported: number }> = async () => {
      throw new ApiError(400, 'import_row_invalid', {
        message: 'Riga non valida. Riga 3: e-mail non valida.',
        messageEn: 'Invalid row. Row 3: invalid e-mail.',
      });
    };
    const done: string[] = [];
    const form = importForm(
      testContext({
        importAdesioni: async (_lab, _file, name) => {
          sent.push(name);
          return answer();
        },
      }),
      lab,
      async (n, file) => void done.push(`${n} ${file}`),
      () => undefined,
    );
    document.body.append(form);
    const input = form.querySelector<HTMLInputElement>('input[type="file"]')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Scegli un file CSV o XLSX.');
    expect(sent).toEqual([]);

    Object.defineProperty(input, 'files', { value: [new File(['Nome\n'], 'adesioni.csv')] });
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() =>
      expect(form.querySelector('[role="alert"]')?.textContent).toBe('Riga non valida. Riga 3: e-mail non valida.'),
    );
    expect(done).toEqual([]);

    answer = async () => ({ imported: 3 });
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(done).toEqual(['3 adesioni.csv']));
    expect(sent).toEqual(['adesioni.csv', 'adesioni.csv']);
    form.remove();
  });

  it('issues a personal link with its QR code, then revokes it after the confirmation', async () => {
    const calls: string[] = [];
    const panel = adesioniPanel(
      testContext({
        adesioni: async () => [person()],
        issueLink: async (_lab, id) => {
          calls.push(`issue ${id}`);
          return { link: 'https://example.org/entra/abc', qrCode: '/api/labs/lab-1/adesioni/a-1/qr' };
        },
        file: async (path) => {
          calls.push(`file ${path}`);
          return { blob: new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>']), name: 'qr.svg' };
        },
        revokeLink: async (_lab, id) => void calls.push(`revoke ${id}`),
      }),
      lab,
      true,
    );
    await settle();
    expect(panel.querySelector('.ws-link-state')?.textContent).toBe('');

    button(panel, 'Link personale di Lucia Bianchi').click();
    expect(panel.querySelector('.ws-link')?.textContent).toContain('Nessun link personale.');
    button(panel, 'Crea il link').click();
    await vi.waitFor(() => expect(panel.querySelector<HTMLImageElement>('img.ws-qr')).not.toBeNull());
    expect(calls).toEqual(['issue a-1', 'file /api/labs/lab-1/adesioni/a-1/qr']);
    expect(panel.querySelector<HTMLInputElement>('.ws-link-address')?.value).toBe('https://example.org/entra/abc');
    const qr = panel.querySelector<HTMLImageElement>('img.ws-qr')!;
    expect(qr.alt).toBe('Codice QR del link personale di Lucia Bianchi');
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,%3Csvg/);
    expect(panel.querySelector('.ws-link-state')?.textContent).toBe('link attivo');
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Nuovo link personale per Lucia Bianchi.');

    button(panel, 'Revoca il link personale di Lucia Bianchi').click();
    const confirm = panel.querySelector('.ws-confirm')!;
    expect(confirm.textContent).toContain('Chi lo apre non entrerà più');
    expect(calls).toHaveLength(2);
    button(confirm, 'Sì, revoca').click();
    await vi.waitFor(() => expect(calls).toContain('revoke a-1'));
    await settle();
    expect(panel.querySelector('.ws-link-state')?.textContent).toBe('link revocato');
    expect(panel.querySelector('.ws-link')).toBeNull();
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Link revocato: Lucia Bianchi.');
  });

  it('merges a walk-in into the listed person after the confirmation and shows whom they include', async () => {
    let people = [person(), person({ id: 'a-2', memberId: 'p-2', displayName: 'Lucia Bianchi', kind: 'non_aderente' })];
    const merged: string[] = [];
    const panel = adesioniPanel(
      testContext({
        adesioni: async () => people,
        merge: async (_lab, kept, away) => {
          merged.push(`${away} → ${kept}`);
          people = [people[0]!, { ...people[1]!, mergedInto: 'p-1' }];
        },
      }),
      lab,
      true,
    );
    await settle();
    button(panel, 'Unisci due persone di «Abitare»').click();
    const form = panel.querySelector('form')!;
    expect(form.querySelector<HTMLSelectElement>('select[name="kept"]')?.value).toBe('a-1');
    expect(form.querySelector<HTMLSelectElement>('select[name="merged"]')?.value).toBe('a-2');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const confirm = panel.querySelector('.ws-confirm')!;
    expect(confirm.getAttribute('aria-label')).toBe(
      'Unisci Lucia Bianchi — Comune di Prato — non aderente a Lucia Bianchi — Comune di Prato',
    );
    expect(merged).toEqual([]);
    button(confirm, 'Sì, unisci').click();
    await vi.waitFor(() => expect(panel.querySelectorAll('.ws-adesione')).toHaveLength(1));
    expect(merged).toEqual(['a-2 → a-1']);
    expect(panel.querySelector('.ws-adesione .ws-meta')?.textContent).toBe(
      'Comune di Prato · comprende anche: Lucia Bianchi',
    );
  });

  it('refuses to merge a person with themselves in the form', async () => {
    const panel = adesioniPanel(
      testContext({ adesioni: async () => [person(), person({ id: 'a-2', memberId: 'p-2' })] }),
      lab,
      true,
    );
    await settle();
    button(panel, 'Unisci due persone di «Abitare»').click();
    const form = panel.querySelector('form')!;
    form.querySelector<HTMLSelectElement>('select[name="merged"]')!.value = 'a-1';
    form.querySelector<HTMLSelectElement>('select[name="kept"]')!.value = 'a-1';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Scegli due persone diverse.');
    expect(panel.querySelector('.ws-confirm')).toBeNull();
  });
});
