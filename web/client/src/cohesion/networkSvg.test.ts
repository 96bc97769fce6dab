import { describe, expect, it } from 'vitest';
import { circleLayout } from './networkSvg';

describe('circleLayout', () => {
  it('puts every node on the circle, sectors together, the first at the top', () => {
    const nodes = [
      { id: 'b', label: 'B', kind: 'person' as const, sector: 'terzo_settore', ente: '' },
      { id: 'a', label: 'A', kind: 'person' as const, sector: 'ente_pubblico', ente: '' },
      { id: 'c', label: 'C', kind: 'person' as const, sector: 'ente_pubblico', ente: '' },
    ];
    const at = circleLayout(nodes, 200);
    expect(at.get('a')).toEqual({ x: 100, y: 40 });
    for (const p of at.values()) expect(Math.round(Math.hypot(p.x - 100, p.y - 100))).toBe(60);
  });
});
