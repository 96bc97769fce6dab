import type { CohesionNetwork, NetworkNode } from './types';

const svgNs = 'http://www.w3.org/2000/svg';

/** Sector colours, distinguishable in greyscale too (also named in each node's title and in the legend). */
export const sectorColours: Record<string, string> = {
  ente_pubblico: '#1f5fa8',
  terzo_settore: '#2e8540',
  cittadino: '#b35900',
  altro: '#6b5b95',
};

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** Nodes on a circle, in the order given (sorted by sector, so sectors sit together). */
export function circleLayout(nodes: readonly NetworkNode[], size: number): Map<string, { x: number; y: number }> {
  const sorted = [...nodes].sort((a, b) => a.sector.localeCompare(b.sector) || a.label.localeCompare(b.label));
  const radius = size / 2 - 40;
  return new Map(
    sorted.map((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, sorted.length) - Math.PI / 2;
      return [node.id, { x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle) }];
    }),
  );
}

/**
 * The network of one kind of node as an SVG of our own: nodes coloured by sector and labelled, edges as thick as
 * their weight. A picture for sighted users; the same ties are in a table beside it.
 */
export function networkSvg(
  network: CohesionNetwork,
  kind: 'person' | 'ente',
  label: string,
  size = 360,
): SVGSVGElement {
  const nodes = network.nodes.filter((n) => n.kind === kind);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = network.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const position = circleLayout(nodes, size);
  const max = Math.max(1, ...edges.map((e) => e.weight));
  const svg = el('svg', { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, class: 'network-svg' });
  for (const edge of edges) {
    const a = position.get(edge.source);
    const b = position.get(edge.target);
    if (!a || !b) continue;
    svg.append(
      el('line', {
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        stroke: '#555',
        'stroke-opacity': 0.6,
        'stroke-width': 1 + (5 * edge.weight) / max,
      }),
    );
  }
  for (const node of nodes) {
    const p = position.get(node.id);
    if (!p) continue;
    const group = el('g', {});
    group.append(
      el('circle', {
        cx: p.x,
        cy: p.y,
        r: kind === 'ente' ? 10 : 7,
        fill: sectorColours[node.sector] ?? '#666',
        stroke: '#fff',
        'stroke-width': 2,
      }),
    );
    // Labels lean towards the middle, so long names on the left and right of the circle stay inside the picture.
    const side = p.x - size / 2;
    const anchor = Math.abs(side) < size * 0.15 ? 'middle' : side < 0 ? 'start' : 'end';
    const text = el('text', {
      x: p.x,
      y: p.y + (p.y > size / 2 ? 22 : -14),
      'text-anchor': anchor,
      'font-size': 11,
      fill: '#111',
    });
    text.textContent = node.label.length > 22 ? `${node.label.slice(0, 21)}…` : node.label;
    group.append(text);
    svg.append(group);
  }
  return svg;
}

/** A small line chart of values in [0, 1] (nulls leave a gap), for trends across incontri. */
export function sparkline(values: readonly (number | null)[], label: string, width = 120, height = 28): SVGSVGElement {
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': label,
    class: 'sparkline',
  });
  // Faint lines at 0 and 100% give a lone point (one incontro so far) a scale to sit on.
  svg.append(
    el('line', { x1: 4, x2: width - 4, y1: height - 4, y2: height - 4, stroke: '#c9ced6', 'stroke-width': 1 }),
    el('line', { x1: 4, x2: width - 4, y1: 4, y2: 4, stroke: '#e3e6ea', 'stroke-width': 1 }),
  );
  const step = values.length > 1 ? (width - 8) / (values.length - 1) : 0;
  let path = '';
  values.forEach((value, i) => {
    if (value === null) return;
    const x = 4 + i * step;
    const y = height - 4 - value * (height - 8);
    path += `${path === '' || values[i - 1] === null ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)} `;
    svg.append(el('circle', { cx: x, cy: y, r: 2.5, fill: '#1f5fa8' }));
  });
  if (path)
    svg.insertBefore(
      el('path', { d: path.trim(), fill: 'none', stroke: '#1f5fa8', 'stroke-width': 1.5 }),
      svg.querySelector('circle'),
    );
  return svg;
}
