// The coordinator dashboard on the wire (docs/protocol.md, "Dashboard").

/** Narrows the dashboard; an empty value means "all". */
export interface DashboardFilter {
  percorso: string;
  edizione: string;
  sede: string;
  zone: string;
}

export interface EditionRow {
  edizioneId: string;
  edizione: string;
  percorso: string;
  sede: string;
  zone: string;
  status: 'planned' | 'running' | 'finished';
  incontriHeld: number;
  hoursDelivered: number;
  enrolled: number;
  present: number;
  reachedThreshold: number;
}

export interface GroupRow {
  name: string;
  editions: number;
  enrolled: number;
  present: number;
  reachedThreshold: number;
  hoursDelivered: number;
}

export interface LabActivityRow {
  labId: string;
  title: string;
  edizione: string;
  sede: string;
  enrolled: number;
  present: number;
  cards: number;
  links: number;
  votes: number;
}

export interface DashboardView {
  programmeId: string;
  title: string;
  date: string;
  editionsPlanned: number;
  editionsRunning: number;
  editionsFinished: number;
  incontriHeld: number;
  hoursDelivered: number;
  enrolled: number;
  present: number;
  reachedThreshold: number;
  editions: EditionRow[];
  percorsi: GroupRow[];
  zones: GroupRow[];
  sectors: GroupRow[];
  organisations: GroupRow[];
  labs: LabActivityRow[];
}

/** The tables the server exports as CSV, by their name in the URL. */
export type DashboardTable = 'edizioni' | 'percorsi' | 'zone' | 'settori' | 'organizzazioni' | 'laboratori';
