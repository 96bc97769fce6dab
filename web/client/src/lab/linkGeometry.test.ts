import { describe, expect, it } from 'vitest';
import { connector } from './linkGeometry';

describe('link line geometry', () => {
  it('joins cards in different lanes from the facing sides, whichever is on the left', () => {
    const left = { left: 0, top: 0, width: 100, height: 40 };
    const right = { left: 200, top: 100, width: 100, height: 60 };
    expect(connector(left, right).start).toEqual([100, 20]);
    expect(connector(left, right).end).toEqual([200, 130]);
    expect(connector(right, left).start).toEqual([200, 130]);
    expect(connector(right, left).end).toEqual([100, 20]);
  });

  it('joins cards of one lane on their right sides, with a loop outside the lane', () => {
    const top = { left: 10, top: 0, width: 100, height: 40 };
    const below = { left: 10, top: 200, width: 100, height: 40 };
    const line = connector(top, below);
    expect(line.start).toEqual([110, 20]);
    expect(line.end).toEqual([110, 220]);
    expect(line.d).toBe('M110 20 C163 20 163 220 110 220');
  });
});
