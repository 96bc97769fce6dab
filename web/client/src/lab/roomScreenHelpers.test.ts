import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, member, phases } from '../canvas/testEvents';
import { setLanguage } from '../i18n/i18n';
import { changesToAnnounce, editorsByCard } from './roomAnnounce';
import { offlineNotice } from './roomBanners';
import type { PeerPresence } from './session';
import { shortcutOf, type KeyPress } from './shortcuts';

function canvas(): { next: ReturnType<typeof eventStream>; state: ReturnType<typeof fold> } {
  const next = eventStream();
  const state = fold([
    next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
    next('member.join', member('p-anna'), 'p-anna'),
    next('member.join', member('p-bruno'), 'p-bruno'),
  ]);
  return { next, state };
}

describe('what the live region says', () => {
  it('says nothing for the first state, nor for the same one again', () => {
    setLanguage('it', null);
    const { state } = canvas();
    expect(changesToAnnounce(null, state, 'p-anna')).toEqual([]);
    expect(changesToAnnounce(state, state, 'p-anna')).toEqual([]);
  });

  it('says a new phase, the lock and others’ new cards, not one’s own', () => {
    setLanguage('it', null);
    const { next, state } = canvas();
    let after = applyEvent(state, next('lab.phase', { phase: 'libera' }));
    after = applyEvent(after, next('lab.lock', { locked: true }));
    const card = (id: string, text: string, author: string) =>
      next('card.add', { cardId: id, lane: 'bisogni', text, colour: null, x: 0, y: 0 }, author);
    after = applyEvent(after, card('c1', 'Di Bruno', 'p-bruno'));
    after = applyEvent(after, card('c2', 'Di Anna', 'p-anna'));
    const said = changesToAnnounce(state, after, 'p-anna');
    expect(said).toHaveLength(3);
    expect(said[0]).toContain('Lavoro libero');
    expect(said[2]).toContain('Di Bruno');
    expect(said.join(' ')).not.toContain('Di Anna');
  });

  it('names who edits each card', () => {
    const peer = (memberId: string, displayName: string, editing: string | null): PeerPresence => ({
      memberId,
      displayName,
      editing,
      cursor: null,
      receivedAt: 0,
    });
    const editors = editorsByCard([peer('a', 'Anna', 'c1'), peer('b', 'Bruno', 'c1'), peer('c', 'Carla', null)]);
    expect([...editors]).toEqual([['c1', ['Anna', 'Bruno']]]);
  });
});

describe('the offline banner', () => {
  it('shows only while changes cannot go out', () => {
    setLanguage('it', null);
    expect(offlineNotice(false, 'connected', 3)).toBeNull();
    expect(offlineNotice(false, 'reconnecting', 0)).toBeNull();
    expect(offlineNotice(false, 'reconnecting', 2)).toContain('2');
    expect(offlineNotice(true, 'connected', 0)).not.toBeNull();
  });
});

describe('undo and redo keys', () => {
  const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: true,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: null,
    ...more,
  });

  it('reads Ctrl or Cmd with Z, Y and Shift+Z', () => {
    expect(shortcutOf(press('z'))).toBe('undo');
    expect(shortcutOf(press('Z', { ctrlKey: false, metaKey: true }))).toBe('undo');
    expect(shortcutOf(press('y'))).toBe('redo');
    expect(shortcutOf(press('z', { shiftKey: true }))).toBe('redo');
    expect(shortcutOf(press('z', { ctrlKey: false }))).toBeNull();
    expect(shortcutOf(press('z', { altKey: true }))).toBeNull();
    expect(shortcutOf(press('x'))).toBeNull();
  });

  it('leaves text fields their own undo', () => {
    const field = { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget;
    const area = { tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget;
    expect(shortcutOf(press('z', { target: field }))).toBeNull();
    expect(shortcutOf(press('y', { target: area }))).toBeNull();
    const button = { tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget;
    expect(shortcutOf(press('z', { target: button }))).toBe('undo');
  });
});
