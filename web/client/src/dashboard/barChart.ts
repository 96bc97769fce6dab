// Grouped horizontal bars in SVG of our own: a label above each group, one bar per series, the value at the bar's end.
// The drawing is a picture of the table beside it (which screen readers read); the picture has a name and a summary.

const svgNs = 'http://www.w3.org/2000/svg';

export interface BarSeries {
  name: string;
  className: string;
}
export interface BarRow {
  label: string;
  values: number[];
}

export interface BarGeometry {
  label: string;
  labelY: number;
  bars: { x: number; y: number; width: number; height: number; value: number; textX: number }[];
}

/** Sizes of the drawing, in its own units (the SVG scales to its box). */
export const chart = { width: 400, labelHeight: 16, barHeight: 12, barGap: 3, groupGap: 10, valueRoom: 44 } as const;

/**
 * Where everything goes: bars proportional to the largest value of all (0 when every value is 0), each group under
 * its label. Pure, so that it can be tested without a DOM.
 */
export function layout(rows: BarRow[], seriesCount: number): { groups: BarGeometry[]; height: number } {
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  const room = chart.width - chart.valueRoom;
  let y = 0;
  const groups = rows.map((row) => {
    const labelY = y + chart.labelHeight - 4;
    y += chart.labelHeight;
    const bars = Array.from({ length: seriesCount }, (_, i) => {
      const value = row.values[i] ?? 0;
      const width = max > 0 ? (value / max) * room : 0;
      const bar = { x: 0, y, width, height: chart.barHeight, value, textX: width + 4 };
      y += chart.barHeight + chart.barGap;
      return bar;
    });
    y += chart.groupGap;
    return { label: row.label, labelY, bars };
  });
  return { groups, height: Math.max(y, 1) };
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Whether there is anything to draw: no rows, or only zeros, would be empty axes. */
export function hasData(rows: BarRow[]): boolean {
  return rows.some((row) => row.values.some((value) => value !== 0));
}

/**
 * A figure with a legend and the chart; `summary` is what a screen reader hears for the picture. With nothing to draw
 * it says `empty` ("no data yet") under its title instead of showing empty axes.
 */
export function barChart(
  title: string,
  summary: string,
  series: BarSeries[],
  rows: BarRow[],
  format: (n: number) => string = String,
  empty = '',
): HTMLElement {
  if (!hasData(rows)) {
    const figure = document.createElement('figure');
    figure.className = 'chart chart-empty';
    const caption = document.createElement('figcaption');
    caption.textContent = title;
    const note = document.createElement('p');
    note.className = 'chart-empty-note';
    note.textContent = empty;
    figure.append(caption, note);
    return figure;
  }
  const { groups, height } = layout(rows, series.length);
  const picture = svg('svg', {
    viewBox: `0 0 ${chart.width} ${height}`,
    class: 'bar-chart',
    role: 'img',
    'aria-label': `${title}. ${summary}`,
  });
  for (const group of groups) {
    picture.append(svg('text', { x: 0, y: group.labelY, class: 'bar-label' }, group.label));
    group.bars.forEach((bar, i) => {
      picture.append(
        svg('rect', {
          x: bar.x,
          y: bar.y,
          width: bar.width.toFixed(1),
          height: bar.height,
          class: `bar ${series[i]?.className ?? ''}`,
          rx: 2,
        }),
      );
      picture.append(
        svg('text', { x: bar.textX.toFixed(1), y: bar.y + bar.height - 2, class: 'bar-value' }, format(bar.value)),
      );
    });
  }
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const legend = document.createElement('ul');
  legend.className = 'chart-legend';
  legend.setAttribute('aria-hidden', 'true');
  for (const s of series) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch ${s.className}`;
    item.append(swatch, s.name);
    legend.append(item);
  }
  figure.append(caption, legend, picture);
  return figure;
}
