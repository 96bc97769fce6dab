// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type RestClient } from '../api/rest';
import type { JoinResponse, PersonalJoinRequest } from '../api/types';
import type { AppContext } from '../app/context';
import { TokenStore } from '../auth/tokens';
import { adherentFound, whoFound } from './adherentQuestion';
import { afterRefusal } from './personalEntry';
import { personalEntryScreen } from './personalEntryScreen';
import type { PrivacyNotice } from './privacyNotice';

const section = { purpose: 'p', legalBasis: 'b', data: 'd', retention: 'r', rights: 'x' };
const notice: PrivacyNotice = {
  version: '2027-01',
  controller: 'Comune di Lucca',
  address: '',
  email: 'privacy@example.org',
  dpoEmail: null,
  retentionDays: 365,
  it: section,
  en: section,
};
const refusal = (status: number, code: string, message: string): ApiError =>
  new ApiError(status, code, { message, messageEn: message });

/** The screen with a fake REST client: `answer` decides each POST /api/join/personal. */
function open(answer: (request: PersonalJoinRequest) => JoinResponse, stored: Record<string, string> = {}) {
  const sent: PersonalJoinRequest[] = [];
  const went: string[] = [];
  const storage = new Map(Object.entries(stored));
  const app = {
    rest: {
      joinPersonal: async (request: PersonalJoinRequest) => {
        sent.push(request);
        return answer(request);
      },
    } as unknown as RestClient,
    tokens: new TokenStore(localStorage),
    navigate: (path: string) => void went.push(path),
    error: () => undefined,
    status: () => undefined,
  } satisfies AppContext;
  const screen = personalEntryScreen(app, 'f'.repeat(32), async () => notice, {
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
  });
  document.body.replaceChildren(screen.element);
  return { screen, sent, went, storage };
}
const joined: JoinResponse = { token: 't', labId: 'lab-1', participantId: 'p-7' };

describe('personal link page', () => {
  it('takes a refusal about the notice for a good link and anything else for the link’s own', () => {
    expect(afterRefusal('privacy_required')).toBe('notice');
    expect(afterRefusal('privacy_outdated')).toBe('notice');
    expect(afterRefusal('personal_link_revoked')).toBe('refused');
    expect(afterRefusal('personal_link_invalid')).toBe('refused');
    expect(afterRefusal('lab_closed')).toBe('refused');
  });

  it('shows the notice for a good link, then joins as the person with the version read', async () => {
    const { sent, went, storage } = open((request) => {
      if (!request.privacyVersion) throw refusal(400, 'privacy_required', 'Prima di entrare leggi l’informativa.');
      return joined;
    });
    await vi.waitFor(() => expect(document.querySelector('.privacy-notice')).not.toBeNull());
    expect(sent).toEqual([{ token: 'f'.repeat(32) }]);
    expect(document.querySelector('[role="alert"]')?.hasAttribute('hidden')).toBe(true);

    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Entra')!.click();
    await vi.waitFor(() => expect(went).toEqual(['/lab/lab-1']));
    expect(sent[1]).toEqual({ token: 'f'.repeat(32), privacyVersion: '2027-01' });
    expect(storage.get('laboratori.privacyAccepted')).toBe('2027-01');
    expect(new TokenStore(localStorage).participant('lab-1')?.participantId).toBe('p-7');
    expect(location.pathname).toBe('/');
  });

  it('goes straight in on a device that read this version of the notice', async () => {
    const { sent, went } = open(() => joined, { 'laboratori.privacyAccepted': '2027-01' });
    await vi.waitFor(() => expect(went).toEqual(['/lab/lab-1']));
    expect(sent).toEqual([{ token: 'f'.repeat(32), privacyVersion: '2027-01' }]);
  });

  it('says why a revoked link does not let anyone in, with no join button', async () => {
    const { went } = open(() => {
      throw refusal(410, 'personal_link_revoked', 'Questo link personale è stato revocato.');
    });
    await vi.waitFor(() =>
      expect(document.querySelector('[role="alert"]')?.textContent).toBe('Questo link personale è stato revocato.'),
    );
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Entra')).toBe(false);
    expect(document.querySelector('a[href="/"]')?.textContent).toBe('Vai alla pagina iniziale');
    expect(went).toEqual([]);
  });
});

describe('sei tu?', () => {
  it('reads the person an adherent_match names, and nothing from other refusals', () => {
    const match = new ApiError(
      409,
      'adherent_match',
      { message: 'Risulti già tra le adesioni.', messageEn: 'Already enrolled.' },
      { adherentId: 'a-1', displayName: 'Mario Rossi', organisation: 'Comune di Lecco' },
    );
    const found = adherentFound(match);
    expect(found).toEqual({ adherentId: 'a-1', displayName: 'Mario Rossi', organisation: 'Comune di Lecco' });
    expect(whoFound(found!)).toBe('Mario Rossi — Comune di Lecco');
    expect(whoFound({ ...found!, organisation: '' })).toBe('Mario Rossi');
    expect(adherentFound(refusal(400, 'text_empty', 'x'))).toBeNull();
    expect(adherentFound(new Error('x'))).toBeNull();
  });
});
