// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import { PressHold } from './pressHold';
import { bandOf } from './themeBand';
import { inverse } from './undo';
import { anchoredScroll, clampZoom, fitZoom, stepZoom, zoomLimits } from './zoomMath';

describe('zoom arithmetic', () => {
  it('keeps the zoom within its limits and comes back to the same value step by step', () => {
    expect(clampZoom(5)).toBe(zoomLimits.max);
    expect(clampZoom(0.01)).toBe(zoomLimits.min);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(stepZoom(1, 1), -1)).toBe(1);
    expect(stepZoom(stepZoom(1, -1), 1)).toBe(1);
  });

  it('fits a board in a window, never blowing a small one up', () => {
    expect(fitZoom(2000, 1000, 1000, 1000)).toBe(0.5);
    expect(fitZoom(1000, 3000, 1000, 900)).toBe(0.3);
    expect(fitZoom(500, 400, 1000, 900)).toBe(1);
    expect(fitZoom(0, 0, 1000, 900)).toBe(1);
  });

  it('keeps the point under the pointer where it is', () => {
    // The board's pixel 600 is under the pointer at 400 with scroll 200: after zooming to 2 it is at 1200.
    expect(anchoredScroll(200, 400, 1, 2)).toBe(800);
    expect(anchoredScroll(800, 400, 2, 1)).toBe(200);
    expect(anchoredScroll(0, 100, 1, 0.5)).toBe(0);
  });
});

describe('press hold', () => {
  const press = (el: Element, type: string): void => {
    el.dispatchEvent(new PointerEvent(type, { bubbles: true, isPrimary: true, pointerId: 1 }));
  };

  it('holds the draws asked for while a pointer is pressed and draws once after the release', async () => {
    const region = document.createElement('div');
    document.body.append(region);
    let draws = 0;
    const hold = new PressHold(region, () => draws++);
    expect(hold.holds()).toBe(false);
    press(region, 'pointerdown');
    expect(hold.holds()).toBe(true);
    expect(hold.holds()).toBe(true);
    expect(region.getAttribute('aria-busy')).toBe('true');
    press(region, 'pointerup');
    // Not in the same turn as the release: the click that follows it must still find the old layout.
    expect(draws).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(draws).toBe(1);
    expect(region.hasAttribute('aria-busy')).toBe(false);
    expect(hold.holds()).toBe(false);
    hold.dispose();
  });

  it('draws nothing at the release when nothing arrived meanwhile, and gives up holding after the longest press', async () => {
    const region = document.createElement('div');
    document.body.append(region);
    let draws = 0;
    const hold = new PressHold(region, () => draws++, 10);
    press(region, 'pointerdown');
    press(document.body, 'pointerup');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(draws).toBe(0);
    press(region, 'pointerdown');
    expect(hold.holds()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(draws).toBe(1);
    expect(hold.holds()).toBe(false);
    hold.dispose();
  });
});

describe('theme colours', () => {
  it('a chosen colour replaces the automatic band, null gives it back, and undo restores the one before', () => {
    const next = eventStream();
    let state = fold([
      next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
      next('theme.add', { themeId: 't1', title: 'Casa' }),
      next('theme.add', { themeId: 't2', title: 'Lavoro' }),
    ]);
    expect([bandOf(state, 't1'), bandOf(state, 't2'), bandOf(state, null)]).toEqual(['0', '1', null]);
    const before = state;
    state = applyEvent(state, next('theme.colour', { themeId: 't2', colour: 'viola' }));
    expect(bandOf(state, 't2')).toBe('viola');
    expect(state.themes['t2']).toEqual({
      id: 't2',
      title: 'Lavoro',
      author: 'staff-f',
      anonymous: false,
      colour: 'viola',
    });
    expect(inverse({ type: 'theme.colour', payload: { themeId: 't2', colour: 'viola' } }, before)?.undo).toEqual({
      type: 'theme.colour',
      payload: { themeId: 't2', colour: null },
    });
    state = applyEvent(state, next('theme.colour', { themeId: 't2', colour: null }));
    expect(state.themes['t2']).toStrictEqual({ id: 't2', title: 'Lavoro', author: 'staff-f', anonymous: false });
    expect(bandOf(state, 't2')).toBe('1');
  });
});
