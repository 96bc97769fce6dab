import { describe, expect, it } from 'vitest';
import { chart, hasData, layout } from './barChart';

describe('bar chart layout', () => {
  it('gives the largest value the whole width and the others their share', () => {
    const { groups } = layout(
      [
        { label: 'Firenze', values: [20, 10] },
        { label: 'Pisa', values: [5, 0] },
      ],
      2,
    );
    const room = chart.width - chart.valueRoom;
    expect(groups.map((g) => g.bars.map((b) => b.width))).toEqual([
      [room, room / 2],
      [room / 4, 0],
    ]);
    expect(groups[1]?.bars[1]?.textX).toBe(4);
  });

  it('draws nothing but labels when every value is zero', () => {
    const { groups } = layout([{ label: 'A', values: [0, 0, 0] }], 3);
    expect(groups[0]?.bars.map((b) => b.width)).toEqual([0, 0, 0]);
  });

  it('puts each group under its label and the next group below the last bar', () => {
    const { groups, height } = layout(
      [
        { label: 'A', values: [1] },
        { label: 'B', values: [2] },
      ],
      1,
    );
    const step = chart.labelHeight + chart.barHeight + chart.barGap + chart.groupGap;
    expect(groups[0]?.bars[0]?.y).toBe(chart.labelHeight);
    expect(groups[1]?.bars[0]?.y).toBe(step + chart.labelHeight);
    expect(height).toBe(2 * step);
  });

  it('counts a missing value as zero', () => {
    const { groups } = layout([{ label: 'A', values: [3] }], 2);
    expect(groups[0]?.bars.map((b) => b.value)).toEqual([3, 0]);
  });
});

describe('bar chart without data', () => {
  it('has data only when some value is not zero', () => {
    expect(hasData([])).toBe(false);
    expect(
      hasData([
        { label: 'A', values: [0, 0] },
        { label: 'B', values: [] },
      ]),
    ).toBe(false);
    expect(hasData([{ label: 'A', values: [0, 2] }])).toBe(true);
  });
});
