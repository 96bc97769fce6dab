import { describe, expect, it } from 'vitest';
import { Pinch } from './pinch';
import { zoomLimits } from './zoomMath';

describe('two-finger pinch', () => {
  it('zooms by how much the fingers spread, from the zoom when the second landed, around their midpoint', () => {
    const pinch = new Pinch();
    expect(pinch.down(1, { x: 100, y: 200 }, 0.8)).toBe(false);
    expect(pinch.move(1, { x: 90, y: 200 })).toBeNull();
    expect(pinch.down(2, { x: 190, y: 200 }, 0.8)).toBe(true);
    expect(pinch.active).toBe(true);
    // 100 px apart, then 200: twice the zoom at the start.
    expect(pinch.move(2, { x: 290, y: 200 })).toEqual({ zoom: 1.6, at: { x: 190, y: 200 } });
    // Closing to 50 px apart: half the spread at the start.
    expect(pinch.move(1, { x: 240, y: 200 })).toEqual({ zoom: 0.4, at: { x: 265, y: 200 } });
  });

  it('stays within the limits of the buttons', () => {
    const pinch = new Pinch();
    pinch.down(1, { x: 0, y: 0 }, 1);
    pinch.down(2, { x: 10, y: 0 }, 1);
    expect(pinch.move(2, { x: 500, y: 0 })?.zoom).toBe(zoomLimits.max);
    expect(pinch.move(2, { x: 1, y: 0 })?.zoom).toBe(zoomLimits.min);
  });

  it('ends when a finger lifts or is cancelled, ignores a third, and starts afresh with a new second finger', () => {
    const pinch = new Pinch();
    pinch.down(1, { x: 0, y: 0 }, 1);
    pinch.down(2, { x: 100, y: 0 }, 1);
    expect(pinch.down(3, { x: 50, y: 50 }, 1)).toBe(false);
    expect(pinch.move(3, { x: 500, y: 50 })).toBeNull();
    pinch.up(2);
    expect(pinch.active).toBe(false);
    expect(pinch.move(1, { x: 10, y: 0 })).toBeNull();
    pinch.up(3);
    expect(pinch.down(4, { x: 60, y: 0 }, 1.25)).toBe(true);
    expect(pinch.move(4, { x: 110, y: 0 })?.zoom).toBe(2);
  });

  it('survives two fingers reported at one point', () => {
    const pinch = new Pinch();
    pinch.down(1, { x: 5, y: 5 }, 1);
    pinch.down(2, { x: 5, y: 5 }, 1);
    expect(pinch.move(2, { x: 5.5, y: 5 })?.zoom).toBe(1);
  });
});
