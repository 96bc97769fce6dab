import type { LaneKind } from '../../canvas/types';
import type { Capability, TemplateDefinition, TemplatePhase } from './types';

/** Everything a phase may allow, in the order the editor shows them. */
export const capabilities: readonly Capability[] = ['cards', 'links', 'votes', 'comments', 'themes'];

export const laneKinds: readonly LaneKind[] = ['need', 'resource', 'action', 'other'];

/** A column, row or phase being edited: its own id in the editor (phases name columns and rows by it), its saved key if any. */
interface Item {
  uid: number;
  key: string | null;
}

export interface DraftColumn extends Item {
  name: string;
  nameEn: string;
  kind: LaneKind;
  prompt: string;
  promptEn: string;
}

export interface DraftRow extends Item {
  name: string;
  nameEn: string;
}

export interface DraftPhase extends Item {
  name: string;
  nameEn: string;
  minutes: string;
  instructions: string;
  instructionsEn: string;
  allows: Capability[];
  /** The uids of the columns and rows the phase opens; empty: all. */
  columns: number[];
  rows: number[];
}

export type ListName = 'columns' | 'rows' | 'phases';

/**
 * The template editor's state, apart from the page: columns, rows and phases added, removed and moved, and the request
 * it makes. Keys already saved stay (so a new version keeps its lanes' ids); new items get a key from their name, made
 * unique, as the server would make it.
 */
export class TemplateDraft {
  name = '';
  nameEn = '';
  voteBudget = '5';
  columns: DraftColumn[] = [];
  rows: DraftRow[] = [];
  phases: DraftPhase[] = [];
  private next = 0;

  static from(definition: TemplateDefinition): TemplateDraft {
    const d = new TemplateDraft();
    d.name = definition.name;
    d.nameEn = definition.nameEn === definition.name ? '' : definition.nameEn;
    d.voteBudget = definition.voteBudget === null ? '' : String(definition.voteBudget);
    d.columns = definition.columns.map((c) => ({
      uid: d.uid(),
      key: c.key,
      name: c.name,
      nameEn: c.nameEn === c.name ? '' : c.nameEn,
      kind: c.kind,
      prompt: c.prompt ?? '',
      promptEn: c.promptEn === c.prompt ? '' : (c.promptEn ?? ''),
    }));
    d.rows = definition.rows.map((r) => ({
      uid: d.uid(),
      key: r.key,
      name: r.name,
      nameEn: r.nameEn === r.name ? '' : r.nameEn,
    }));
    const uidOf = (items: Item[], key: string): number | undefined => items.find((i) => i.key === key)?.uid;
    d.phases = definition.phases.map((p) => ({
      uid: d.uid(),
      key: p.key,
      name: p.name,
      nameEn: p.nameEn === p.name ? '' : p.nameEn,
      minutes: p.minutes === null ? '' : String(p.minutes),
      instructions: p.instructions ?? '',
      instructionsEn: p.instructionsEn === p.instructions ? '' : (p.instructionsEn ?? ''),
      allows: [...p.allows],
      columns: p.columns.map((k) => uidOf(d.columns, k)).filter((u): u is number => u !== undefined),
      rows: p.rows.map((k) => uidOf(d.rows, k)).filter((u): u is number => u !== undefined),
    }));
    return d;
  }

  /** A copy to start another template from: the same columns, rows, phases and keys under a new name. */
  copyNamed(name: string): TemplateDraft {
    const copy = TemplateDraft.from(this.toDefinition());
    copy.name = name;
    copy.nameEn = '';
    return copy;
  }

  addColumn(): DraftColumn {
    const column: DraftColumn = {
      uid: this.uid(),
      key: null,
      name: '',
      nameEn: '',
      kind: 'other',
      prompt: '',
      promptEn: '',
    };
    this.columns.push(column);
    return column;
  }

  addRow(): DraftRow {
    const row: DraftRow = { uid: this.uid(), key: null, name: '', nameEn: '' };
    this.rows.push(row);
    return row;
  }

  addPhase(): DraftPhase {
    const phase: DraftPhase = {
      uid: this.uid(),
      key: null,
      name: '',
      nameEn: '',
      minutes: '',
      instructions: '',
      instructionsEn: '',
      allows: ['cards', 'links', 'comments'],
      columns: [],
      rows: [],
    };
    this.phases.push(phase);
    return phase;
  }

  /** Removes an item; phases forget a removed column or row. */
  remove(list: ListName, uid: number): void {
    if (list === 'columns') this.columns = this.columns.filter((c) => c.uid !== uid);
    if (list === 'rows') this.rows = this.rows.filter((r) => r.uid !== uid);
    if (list === 'phases') this.phases = this.phases.filter((p) => p.uid !== uid);
    for (const phase of this.phases) {
      phase.columns = phase.columns.filter((u) => u !== uid || list !== 'columns');
      phase.rows = phase.rows.filter((u) => u !== uid || list !== 'rows');
    }
  }

  /** Moves an item one place up (-1) or down (+1); false at either end. */
  move(list: ListName, uid: number, by: -1 | 1): boolean {
    const items: Item[] = this[list];
    const from = items.findIndex((i) => i.uid === uid);
    const to = from + by;
    if (from < 0 || to < 0 || to >= items.length) return false;
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item!);
    return true;
  }

  /** The request to save: texts trimmed, English left empty when the same, keys kept or made from the names. */
  toDefinition(): TemplateDefinition {
    const columnKeys = keysFor(this.columns);
    const rowKeys = keysFor(this.rows);
    const phaseKeys = keysFor(this.phases);
    const opt = (text: string): string | null => text.trim() || null;
    return {
      name: this.name.trim(),
      nameEn: this.nameEn.trim(),
      voteBudget: this.voteBudget.trim() === '' ? null : Number(this.voteBudget),
      columns: this.columns.map((c) => ({
        key: columnKeys.get(c.uid) ?? null,
        name: c.name.trim(),
        nameEn: c.nameEn.trim(),
        kind: c.kind,
        prompt: opt(c.prompt),
        promptEn: opt(c.promptEn),
      })),
      rows: this.rows.map((r) => ({ key: rowKeys.get(r.uid) ?? null, name: r.name.trim(), nameEn: r.nameEn.trim() })),
      phases: this.phases.map((p): TemplatePhase => ({
        key: phaseKeys.get(p.uid) ?? null,
        name: p.name.trim(),
        nameEn: p.nameEn.trim(),
        minutes: p.minutes.trim() === '' ? null : Number(p.minutes),
        instructions: opt(p.instructions),
        instructionsEn: opt(p.instructionsEn),
        allows: capabilities.filter((c) => p.allows.includes(c)),
        columns: p.columns.map((u) => columnKeys.get(u)).filter((k): k is string => !!k),
        rows: p.rows.map((u) => rowKeys.get(u)).filter((k): k is string => !!k),
      })),
    };
  }

  private uid(): number {
    return ++this.next;
  }
}

/** A key as the server makes one from a name: lower case, no accents, words joined by hyphens, at most 30 characters. */
export function keyFrom(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 30).replace(/-+$/, '');
}

/** Saved keys kept; new items keyed from their names, with -2, -3… when a key is taken (an empty name gets none). */
function keysFor(items: readonly (Item & { name: string })[]): Map<number, string> {
  const keys = new Map<number, string>();
  const taken = new Set(items.map((i) => i.key).filter((k): k is string => !!k));
  for (const item of items) {
    if (item.key) {
      keys.set(item.uid, item.key);
      continue;
    }
    const base = keyFrom(item.name);
    if (!base) continue;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base.slice(0, 27)}-${n}`;
    taken.add(key);
    keys.set(item.uid, key);
  }
  return keys;
}
