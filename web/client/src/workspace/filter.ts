import { fromQuery } from '../app/addressFilter';
import type { Edizione, LabSummary, Percorso, ProgrammeDetail, Sede, Workspace } from './types';

/** What the workspace shows: every field empty shows everything. Dates are `YYYY-MM-DD`. */
export interface WorkspaceFilter {
  text: string;
  percorso: string;
  edizione: string;
  sede: string;
  status: '' | EdizioneStatus;
  date: string;
}

export type EdizioneStatus = 'planned' | 'running' | 'finished' | 'archived';

export const noFilter: WorkspaceFilter = { text: '', percorso: '', edizione: '', sede: '', status: '', date: '' };

export interface EdizioneView {
  edizione: Edizione;
  sede: Sede | undefined;
  status: EdizioneStatus;
  labs: LabSummary[];
}
export interface PercorsoView {
  percorso: Percorso;
  edizioni: EdizioneView[];
}
export interface ProgrammeView {
  detail: ProgrammeDetail;
  percorsi: PercorsoView[];
}
export interface WorkspaceView {
  programmes: ProgrammeView[];
  standaloneLabs: LabSummary[];
  filtered: boolean;
}

/** An edizione is archived with its percorso or programme, else planned, running or finished by its dates against today. */
export function edizioneStatus(edizione: Edizione, today: string, archivedAbove = false): EdizioneStatus {
  if (edizione.archived || archivedAbove) return 'archived';
  if (today < edizione.startDate) return 'planned';
  if (today > edizione.endDate) return 'finished';
  return 'running';
}

const statuses: readonly string[] = ['planned', 'running', 'finished', 'archived'] satisfies EdizioneStatus[];

/** The workspace filter an address names (`/staff?percorso=…&status=running`); anything not understood is left out. */
export function filterFromAddress(search: string): WorkspaceFilter {
  return fromQuery(search, noFilter, {
    status: (v) => statuses.includes(v),
    date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  });
}

export function isFiltered(filter: WorkspaceFilter): boolean {
  return Object.values(filter).some((value) => value !== '');
}

/** Folds case and accents, so that "citta" finds "Città". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The part of the workspace the filter lets through, in the workspace's order. Unfiltered, everything is there, empty
 * percorsi included (so that one can add edizioni to them); filtered, only the branches with something that matches.
 * The text matches any name on the way down (programme, percorso, edizione, sede, lab title or theme).
 */
export function filterWorkspace(workspace: Workspace, filter: WorkspaceFilter): WorkspaceView {
  const filtered = isFiltered(filter);
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const matches = (...names: string[]): boolean => {
    const haystack = fold(names.join(' '));
    return words.every((word) => haystack.includes(word));
  };
  const sedi = new Map(workspace.sedi.map((s) => [s.id, s]));

  const programmes: ProgrammeView[] = [];
  for (const detail of workspace.programmes) {
    const { programme } = detail;
    const incontriDays = new Map<string, Set<string>>();
    for (const incontro of detail.incontri) {
      const days = incontriDays.get(incontro.labId) ?? new Set<string>();
      days.add(incontro.date);
      incontriDays.set(incontro.labId, days);
    }
    const percorsi: PercorsoView[] = [];
    for (const percorso of detail.percorsi) {
      if (filter.percorso && filter.percorso !== percorso.id) continue;
      const edizioni: EdizioneView[] = [];
      for (const edizione of detail.edizioni.filter((e) => e.percorsoId === percorso.id)) {
        const sede = sedi.get(edizione.sedeId);
        const status = edizioneStatus(edizione, workspace.date, programme.archived || percorso.archived);
        const allLabs = detail.labs.filter((l) => l.edizioneId === edizione.id);
        if (filter.edizione && filter.edizione !== edizione.id) continue;
        if (filter.sede && filter.sede !== edizione.sedeId) continue;
        if (filter.status && filter.status !== status) continue;
        if (
          filter.date &&
          !(edizione.startDate <= filter.date && filter.date <= edizione.endDate) &&
          !allLabs.some((l) => incontriDays.get(l.id)?.has(filter.date))
        )
          continue;
        const path = [programme.title, percorso.title, edizione.title, sede?.name ?? '', sede?.province ?? ''];
        if (matches(...path)) {
          edizioni.push({ edizione, sede, status, labs: allLabs });
        } else {
          const labs = allLabs.filter((l) => matches(...path, l.title, l.theme));
          if (labs.length > 0) edizioni.push({ edizione, sede, status, labs });
        }
      }
      if (edizioni.length > 0 || !filtered) percorsi.push({ percorso, edizioni });
    }
    if (
      percorsi.length > 0 ||
      !filtered ||
      (words.length > 0 &&
        !filter.percorso &&
        !filter.edizione &&
        !filter.sede &&
        !filter.status &&
        !filter.date &&
        matches(programme.title))
    ) {
      programmes.push({ detail, percorsi });
    }
  }

  const structural = filter.percorso || filter.edizione || filter.sede || filter.date;
  const standaloneLabs = structural
    ? []
    : workspace.standaloneLabs.filter((lab) => {
        if (filter.status === 'planned' || filter.status === 'archived') return false;
        if (filter.status === 'running' && lab.closed) return false;
        if (filter.status === 'finished' && !lab.closed) return false;
        return matches(lab.title, lab.theme);
      });
  return { programmes, standaloneLabs, filtered };
}
