// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadPrivacyNotice, privacyNoticeView, type PrivacyNotice } from './privacyNotice';

const text = (word: string) => ({
  purpose: `${word} scopo`,
  legalBasis: `${word} base`,
  data: `${word} dati`,
  retention: `${word} conservazione`,
  rights: `${word} diritti`,
});
const notice: PrivacyNotice = {
  version: '2027-01',
  controller: 'Comune di Lucca',
  address: 'Via Santa Giustina 6',
  email: 'privacy@comune.lucca.example',
  dpoEmail: null,
  retentionDays: 180,
  it: text('it'),
  en: text('en'),
};

describe('privacy notice', () => {
  it('reads the notice, and null when the server cannot give it', async () => {
    const ok = (async () => new Response(JSON.stringify(notice), { status: 200 })) as typeof fetch;
    const failing = (async () => new Response('', { status: 503 })) as typeof fetch;
    const offline = (async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    expect(await loadPrivacyNotice(ok)).toEqual(notice);
    expect(await loadPrivacyNotice(failing)).toBeNull();
    expect(await loadPrivacyNotice(offline)).toBeNull();
  });

  it('shows the controller, every section and the version once loaded', async () => {
    const view = privacyNoticeView(Promise.resolve(notice));
    await Promise.resolve();
    await Promise.resolve();
    const shown = view.textContent ?? '';
    expect(view.tagName).toBe('DETAILS');
    expect(view.hasAttribute('open')).toBe(true);
    expect(shown).toContain('Comune di Lucca, Via Santa Giustina 6 — privacy@comune.lucca.example');
    for (const section of Object.values(notice.it)) expect(shown).toContain(section);
    expect(shown).toContain('2027-01');
  });

  it('says when the notice is not available', async () => {
    const view = privacyNoticeView(Promise.resolve(null));
    await Promise.resolve();
    await Promise.resolve();
    expect(view.querySelector('.privacy-body')?.textContent).not.toBe('');
    expect(view.textContent).not.toContain('2027-01');
  });
});
