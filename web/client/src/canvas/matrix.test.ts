// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { arrangeLanes, matrixOf, renameRows, shortLaneName } from './matrix';
import type { Lane } from './types';

const cell = (id: string, row: number, column: 'Stakeholder' | 'Communityholder'): Lane => ({
  id,
  name: `${column} ${row}`,
  nameEn: `${column} ${row}`,
  cell: { row: `${row}. Riga`, rowEn: `${row}. Row`, column, columnEn: column },
});

const matrix: Lane[] = [
  cell('s1', 1, 'Stakeholder'),
  cell('c1', 1, 'Communityholder'),
  cell('s2', 2, 'Stakeholder'),
  cell('c2', 2, 'Communityholder'),
];
const plain: Lane[] = [
  { id: 'bisogni', name: 'Bisogni', nameEn: 'Needs' },
  { id: 'risorse', name: 'Risorse', nameEn: 'Resources' },
];

describe('matrix templates', () => {
  it('reads the rows and columns of lanes that are all cells, and nothing from plain lanes', () => {
    expect(matrixOf(matrix)).toStrictEqual({
      columns: 2,
      rows: [
        { name: '1. Riga', nameEn: '1. Row', lanes: ['s1', 'c1'] },
        { name: '2. Riga', nameEn: '2. Row', lanes: ['s2', 'c2'] },
      ],
    });
    expect(matrixOf(plain)).toBeNull();
    expect(matrixOf([...plain, cell('s1', 1, 'Stakeholder')])).toBeNull();
    expect(matrixOf([])).toBeNull();
  });

  it('names a cell short by its column and row number', () => {
    expect(shortLaneName(matrix[3]!, matrixOf(matrix))).toBe('Communityholder 2');
    expect(shortLaneName(plain[0]!, null)).toBe('Bisogni');
  });

  it('puts each row title before its cells and marks the container; plain lanes stay as they are', () => {
    const container = document.createElement('div');
    const elements = new Map(matrix.map((l) => [l.id, Object.assign(document.createElement('section'), { id: l.id })]));
    const children = arrangeLanes(container, matrix, (id) => elements.get(id));
    expect(children.map((c) => c.id || c.textContent)).toStrictEqual(['1. Riga', 's1', 'c1', '2. Riga', 's2', 'c2']);
    expect(children[0]?.getAttribute('aria-hidden')).toBe('true');
    expect(container.classList.contains('matrix')).toBe(true);
    expect(container.style.getPropertyValue('--matrix-columns')).toBe('2');
    container.replaceChildren(...children);
    container.querySelector('.matrix-row-title')!.textContent = 'stale';
    renameRows(container, matrix);
    expect(container.querySelector('.matrix-row-title')?.textContent).toBe('1. Riga');

    const plainChildren = arrangeLanes(container, plain, (id) =>
      Object.assign(document.createElement('section'), { id }),
    );
    expect(plainChildren.map((c) => c.id)).toStrictEqual(['bisogni', 'risorse']);
    expect(container.classList.contains('matrix')).toBe(false);
  });
});
