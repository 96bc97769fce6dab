import { describe, expect, it } from 'vitest';
import { PresenceFilter } from './presenceFilter';

describe('PresenceFilter', () => {
  it('passes a pointer that moved and holds back one that did not', () => {
    const filter = new PresenceFilter();
    expect(filter.pass('lab-a', { cursor: { x: 10, y: 20 }, editing: null })).toBe(true);
    expect(filter.pass('lab-a', { cursor: { x: 10, y: 20 }, editing: null })).toBe(false);
    expect(filter.pass('lab-a', { cursor: { x: 11, y: 20 }, editing: null })).toBe(true);
  });

  it('passes an editing marker or a viewport that changed alone', () => {
    const filter = new PresenceFilter();
    filter.pass('lab-a', { cursor: { x: 10, y: 20 }, editing: null, viewport: null });
    expect(filter.pass('lab-a', { cursor: { x: 10, y: 20 }, editing: 'c-1', viewport: null })).toBe(true);
    expect(
      filter.pass('lab-a', {
        cursor: { x: 10, y: 20 },
        editing: 'c-1',
        viewport: { x: 0, y: 0, width: 800, height: 600 },
      }),
    ).toBe(true);
    expect(
      filter.pass('lab-a', {
        cursor: { x: 10, y: 20 },
        editing: 'c-1',
        viewport: { x: 0, y: 0, width: 800, height: 600 },
      }),
    ).toBe(false);
  });

  it('treats a missing viewport as none, and a pointer that left as news', () => {
    const filter = new PresenceFilter();
    filter.pass('lab-a', { cursor: { x: 1, y: 2 }, editing: null, viewport: null });
    expect(filter.pass('lab-a', { cursor: { x: 1, y: 2 }, editing: null })).toBe(false);
    expect(filter.pass('lab-a', { cursor: null, editing: null })).toBe(true);
    expect(filter.pass('lab-a', { cursor: null, editing: null })).toBe(false);
  });

  it('keeps labs apart and starts again after clear', () => {
    const filter = new PresenceFilter();
    filter.pass('lab-a', { cursor: { x: 1, y: 2 }, editing: null });
    expect(filter.pass('lab-b', { cursor: { x: 1, y: 2 }, editing: null })).toBe(true);
    filter.clear();
    expect(filter.pass('lab-a', { cursor: { x: 1, y: 2 }, editing: null })).toBe(true);
  });
});
