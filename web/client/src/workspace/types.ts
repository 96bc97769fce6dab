// The programme structure on the wire (docs/protocol.md, "Programmes: percorsi, edizioni, incontri, the workspace").

export type Fund = 'fse_plus' | 'pon' | 'pnrr' | 'piano_di_zona' | 'altro';

export interface Programme {
  id: string;
  title: string;
  fund: Fund;
  cup: string;
  startDate: string;
  endDate: string;
  ownerBody: string;
  archived: boolean;
  createdAt: string;
}

export interface Percorso {
  id: string;
  programmeId: string;
  title: string;
  targetGroup: string;
  plannedHours: number;
  certificateThreshold: number;
  templateId: string;
  archived: boolean;
}

export interface Edizione {
  id: string;
  percorsoId: string;
  programmeId: string;
  title: string;
  sedeId: string;
  startDate: string;
  endDate: string;
  archived: boolean;
}

/** A person in a lab's adesioni (GET /api/labs/{id}/adesioni); an erased one shows only their pseudonym. */
export interface Adherent {
  id: string;
  memberId: string;
  displayName: string;
  organisation: string;
  sector: string;
  email: string | null;
  kind: 'aderente' | 'non_aderente';
  hasLink: boolean;
  linkRevoked: boolean;
  mergedInto: string | null;
  createdAt: string;
  erased: boolean;
}

/** An ente of a programme's register (GET /api/programmes/{id}/enti). */
export interface Ente {
  id: string;
  programmeId: string;
  name: string;
  type: string;
  typeName: string;
  typeNameEn: string;
  sector: string;
}

/** A kind of ente (GET /api/ente-types), with the sector it counts in unless the register says otherwise. */
export interface EnteType {
  id: string;
  name: string;
  nameEn: string;
  sector: string;
}

/** What POST /api/programmes/{id}/enti and PUT /api/enti/{id} take; `sector` null is the type's. */
export interface EnteRequest {
  name: string;
  type: string;
  sector: string | null;
}

export interface Incontro {
  id: string;
  labId: string;
  date: string;
  start: string;
  end: string;
  plannedHours: number;
  mode: 'presenza' | 'remoto' | 'misto';
  sedeId: string;
}

/** One person in an incontro's register (GET /api/incontri/{id}/register); times are Europe/Rome HH:mm. */
export interface RegisterRow {
  memberId: string;
  displayName: string;
  organisation: string;
  sector: string;
  kind: 'aderente' | 'non_aderente';
  online: boolean;
  suggested: string | null;
  status: string | null;
  entry: string | null;
  exit: string | null;
  hours: number;
  markedBy: string | null;
  markedAt: string | null;
}

/** An incontro's register: open while the roll call may be taken (from an hour before to the day after). */
export interface RegisterView {
  incontro: Incontro;
  labTitle: string;
  open: boolean;
  timeZone: string;
  present: number;
  enrolled: number;
  rows: RegisterRow[];
}

/** A roll call mark; entry and exit (HH:mm) only when late or leaving early. */
export interface MarkRequest {
  status: string;
  entry: string | null;
  exit: string | null;
}

export interface Assignment {
  id: string;
  userId: string;
  role: string;
  programmeId: string;
  edizioneId: string;
}

/** A lab as the workspace lists it; `role` is the caller's role in it (`facilitator`: runs it, `trainer`: watches it). */
export interface LabSummary {
  id: string;
  title: string;
  theme: string;
  programmeId: string | null;
  edizioneId: string | null;
  closed: boolean;
  enrolled: number;
  createdAt: string;
  role: string;
}

export interface Sede {
  id: string;
  name: string;
  province: string;
  zone: string;
}

export interface ProgrammeDetail {
  programme: Programme;
  canManage: boolean;
  percorsi: Percorso[];
  edizioni: Edizione[];
  labs: LabSummary[];
  incontri: Incontro[];
  staff: Assignment[];
}

export interface Workspace {
  programmes: ProgrammeDetail[];
  standaloneLabs: LabSummary[];
  today: Incontro[];
  sedi: Sede[];
  /** Today in Europe/Rome, `2026-12-01`. */
  date: string;
}

export interface ProgrammeRequest {
  title: string;
  fund: Fund;
  cup: string;
  startDate: string | null;
  endDate: string | null;
  ownerBody: string;
}
export interface PercorsoRequest {
  title: string;
  targetGroup: string;
  plannedHours: number | null;
  certificateThreshold: number | null;
  templateId: string;
}
export interface EdizioneRequest {
  title: string;
  sedeId: string;
  startDate: string | null;
  endDate: string | null;
}
export interface IncontroRequest {
  date: string | null;
  start: string | null;
  end: string | null;
  plannedHours: number | null;
  mode: string;
  sedeId: string;
}
export interface LabRequest {
  title: string;
  theme: string;
  mandate: string;
  percorso?: string;
  edizione?: string;
  sede?: string;
  templateId?: string;
}
export interface AssignmentRequest {
  userId: string;
  role: string;
  edizioneId: string | null;
}

/** Where archive and delete go: the path segment of each kind. */
export type StructureKind = 'programmes' | 'percorsi' | 'edizioni';
