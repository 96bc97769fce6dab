import { localName } from '../i18n/i18n';
import type { Lane } from './types';

/** One row of a matrix template: its name and the ids of its cells, left to right. */
export interface MatrixRow {
  name: string;
  nameEn: string;
  lanes: string[];
}

/** A matrix template's shape: how many columns, and its rows in order. */
export interface MatrixShape {
  columns: number;
  rows: MatrixRow[];
}

/**
 * The matrix a lab's lanes make, or null for plain lanes. A matrix template's lanes are its cells, row by row, each
 * with a `cell` (docs/protocol.md); a lab is a matrix when every lane is a cell.
 */
export function matrixOf(lanes: readonly Lane[]): MatrixShape | null {
  if (lanes.length === 0) return null;
  const rows: MatrixRow[] = [];
  const columns = new Set<string>();
  for (const lane of lanes) {
    const cell = lane.cell;
    if (!cell) return null;
    columns.add(cell.column);
    const last = rows.at(-1);
    if (last && last.name === cell.row) last.lanes.push(lane.id);
    else rows.push({ name: cell.row, nameEn: cell.rowEn, lanes: [lane.id] });
  }
  return { columns: columns.size, rows };
}

/** A short name for a cell where space is tight (the phone's lane tabs): its column and row number, "Stakeholder 2". */
export function shortLaneName(lane: Lane, matrix: MatrixShape | null): string {
  if (!lane.cell || !matrix) return localName(lane);
  const row = matrix.rows.findIndex((r) => r.lanes.includes(lane.id));
  return `${localName({ name: lane.cell.column, nameEn: lane.cell.columnEn })} ${row + 1}`;
}

/**
 * Marks a container of lanes as a matrix (CSS lays it out as rows × columns on wide screens) or as plain lanes, and
 * returns its children in order: the lanes' elements, and for a matrix each row's title before the row's cells (drawn
 * across the row; hidden from screen readers, which hear the row in each cell's own label).
 */
export function arrangeLanes(
  container: HTMLElement,
  lanes: readonly Lane[],
  laneElement: (laneId: string) => HTMLElement | undefined,
): HTMLElement[] {
  const matrix = matrixOf(lanes);
  container.classList.toggle('matrix', matrix !== null);
  if (!matrix) {
    container.style.removeProperty('--matrix-columns');
    return lanes.map((l) => laneElement(l.id)).filter((e): e is HTMLElement => e !== undefined);
  }
  container.style.setProperty('--matrix-columns', String(matrix.columns));
  const children: HTMLElement[] = [];
  for (const row of matrix.rows) {
    const title = document.createElement('p');
    title.className = 'matrix-row-title';
    title.setAttribute('aria-hidden', 'true');
    title.textContent = localName(row);
    children.push(title);
    for (const id of row.lanes) {
      const element = laneElement(id);
      if (element) children.push(element);
    }
  }
  return children;
}

/** Writes the row titles again in the current language (arrangeLanes wrote them in the language of that moment). */
export function renameRows(container: HTMLElement, lanes: readonly Lane[]): void {
  const rows = matrixOf(lanes)?.rows ?? [];
  container.querySelectorAll<HTMLElement>(':scope > .matrix-row-title').forEach((title, i) => {
    const row = rows[i];
    if (row && title.textContent !== localName(row)) title.textContent = localName(row);
  });
}
