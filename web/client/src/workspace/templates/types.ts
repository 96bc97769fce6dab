// Programme templates as GET/POST /api/programmes/{id}/templates answer them (docs/protocol.md, "Templates").

import type { LaneKind } from '../../canvas/types';

export type Capability = 'cards' | 'links' | 'votes' | 'comments' | 'themes';

export interface TemplateColumn {
  key: string | null;
  name: string;
  nameEn: string;
  kind: LaneKind;
  prompt: string | null;
  promptEn: string | null;
}

export interface TemplateRow {
  key: string | null;
  name: string;
  nameEn: string;
}

export interface TemplatePhase {
  key: string | null;
  name: string;
  nameEn: string;
  minutes: number | null;
  instructions: string | null;
  instructionsEn: string | null;
  allows: Capability[];
  /** Keys of the columns (and rows) new cards go in during the phase; empty: all. */
  columns: string[];
  rows: string[];
}

/** A template as the editor writes it (and the server stores each version). */
export interface TemplateDefinition {
  name: string;
  nameEn: string;
  columns: TemplateColumn[];
  rows: TemplateRow[];
  phases: TemplatePhase[];
  voteBudget: number | null;
}

export interface TemplateVersion {
  version: number;
  authorName: string;
  createdAt: string;
}

/** A built-in template (read-only, no versions) or a programme's own at one version, with every version saved. */
export interface TemplateView {
  key: string;
  programmeId: string | null;
  name: string;
  nameEn: string;
  builtIn: boolean;
  version: number | null;
  versions: TemplateVersion[];
  definition: TemplateDefinition;
}
