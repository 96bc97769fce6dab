// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer';

describe('announcer (the live region for what others change)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says one message as it is, after a short pause', () => {
    const announcer = new Announcer((n) => `${n} modifiche`, 1000, 5000);
    announcer.say('Nuova scheda in Bisogni');
    expect(announcer.element.textContent).toBe('');
    vi.advanceTimersByTime(1000);
    expect(announcer.element.textContent).toBe('Nuova scheda in Bisogni');
    expect(announcer.element.getAttribute('aria-live')).toBe('polite');
  });

  it('sums up messages that come together instead of reading each', () => {
    const announcer = new Announcer((n) => `${n} modifiche`, 1000, 5000);
    announcer.say('a');
    vi.advanceTimersByTime(500);
    announcer.say('b');
    announcer.say('c');
    vi.advanceTimersByTime(500);
    expect(announcer.element.textContent).toBe('3 modifiche');
  });

  it('clears what it said, so that no stale message stays and the same words later are announced again', () => {
    const announcer = new Announcer((n) => `${n} modifiche`, 1000, 5000);
    announcer.say('La lavagna è bloccata');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(4999);
    expect(announcer.element.textContent).toBe('La lavagna è bloccata');
    vi.advanceTimersByTime(1);
    expect(announcer.element.textContent).toBe('');
    announcer.say('La lavagna è bloccata');
    vi.advanceTimersByTime(1000);
    expect(announcer.element.textContent).toBe('La lavagna è bloccata');
  });

  it('says nothing after it is disposed', () => {
    const announcer = new Announcer((n) => `${n} modifiche`, 1000, 5000);
    announcer.say('a');
    announcer.dispose();
    vi.advanceTimersByTime(10_000);
    expect(announcer.element.textContent).toBe('');
  });
});
