import { describe, expect, it } from 'vitest';
import { Throttle } from './throttle';

describe('Throttle', () => {
  it('sends the first value at once, then only the newest once per interval', () => {
    let now = 0;
    const sent: number[] = [];
    const timers: { at: number; action: () => void }[] = [];
    const throttle = new Throttle<number>(
      100,
      (v) => sent.push(v),
      () => now,
      (action, ms) => {
        timers.push({ at: now + ms, action });
        return 0 as unknown as ReturnType<typeof setTimeout>;
      },
    );
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    expect(sent).toEqual([1]);
    expect(timers).toHaveLength(1);
    now = 100;
    timers.shift()?.action();
    expect(sent).toEqual([1, 3]);
    now = 150;
    throttle.push(4);
    expect(sent).toEqual([1, 3]);
    now = 200;
    timers.shift()?.action();
    expect(sent).toEqual([1, 3, 4]);
    now = 1000;
    throttle.push(5);
    expect(sent).toEqual([1, 3, 4, 5]);
  });
});
