import type { ScopeActionPlan } from '../actions/types';
import { toQuery } from '../app/addressFilter';
import { ApiError, problem, refused } from '../api/rest';
import type { Lab } from '../api/types';
import { bilingual } from '../i18n/i18n';
import { fileName } from '../replay/historyApi';
import type { DashboardFilter, DashboardView } from '../dashboard/types';
import type { InviteRequest, StaffAccount, StaffInvite } from '../admin/types';
import type {
  Adherent,
  Assignment,
  AssignmentRequest,
  Edizione,
  EdizioneRequest,
  Ente,
  EnteRequest,
  EnteType,
  Incontro,
  IncontroRequest,
  LabRequest,
  MarkRequest,
  Percorso,
  PercorsoRequest,
  Programme,
  ProgrammeDetail,
  ProgrammeRequest,
  RegisterRow,
  RegisterView,
  Sede,
  StructureKind,
  Workspace,
} from './types';

/** The staff side of the REST API with one account's bearer token: the workspace, the structure, the dashboard, accounts. */
export interface StaffApi {
  workspace(): Promise<Workspace>;
  programme(id: string): Promise<ProgrammeDetail>;
  sedi(): Promise<Sede[]>;
  createProgramme(request: ProgrammeRequest): Promise<Programme>;
  updateProgramme(id: string, request: ProgrammeRequest): Promise<Programme>;
  addPercorso(programmeId: string, request: PercorsoRequest): Promise<Percorso>;
  updatePercorso(id: string, request: PercorsoRequest): Promise<Percorso>;
  addEdizione(percorsoId: string, request: EdizioneRequest): Promise<Edizione>;
  updateEdizione(id: string, request: EdizioneRequest): Promise<Edizione>;
  archive(kind: StructureKind, id: string, archived: boolean): Promise<void>;
  remove(kind: StructureKind, id: string): Promise<void>;
  assign(programmeId: string, request: AssignmentRequest): Promise<Assignment>;
  unassign(programmeId: string, assignmentId: string): Promise<void>;
  lab(labId: string): Promise<Lab>;
  createLab(edizioneId: string | null, request: LabRequest): Promise<Lab>;
  updateLab(labId: string, request: LabRequest): Promise<Lab>;
  placeLab(labId: string, edizioneId: string | null): Promise<void>;
  closeLab(labId: string, closed: boolean): Promise<Lab>;
  incontri(labId: string): Promise<Incontro[]>;
  saveIncontro(labId: string, incontroId: string | null, request: IncontroRequest): Promise<Incontro>;
  deleteIncontro(labId: string, incontroId: string): Promise<void>;
  adesioni(labId: string): Promise<Adherent[]>;
  /** An incontro's register: everyone in the roster, who is online, what the roll call says. */
  register(incontroId: string): Promise<RegisterView>;
  mark(incontroId: string, memberId: string, request: MarkRequest): Promise<RegisterRow>;
  /** Erases a person: their name becomes the pseudonym returned, everywhere. */
  erase(labId: string, adherentId: string): Promise<{ pseudonym: string }>;
  /** The register of enti of a programme, by name. */
  enti(programmeId: string): Promise<Ente[]>;
  enteTypes(): Promise<EnteType[]>;
  addEnte(programmeId: string, request: EnteRequest): Promise<Ente>;
  updateEnte(id: string, request: EnteRequest): Promise<Ente>;
  removeEnte(id: string): Promise<void>;
  dashboard(programmeId: string, filter: DashboardFilter): Promise<DashboardView>;
  /** The actions overdue or due soon (not done) across the labs of an edizione that this account sees. */
  dueActions(edizioneId: string): Promise<ScopeActionPlan>;
  accounts(): Promise<StaffAccount[]>;
  invite(request: InviteRequest): Promise<StaffInvite>;
  reset(accountId: string): Promise<StaffInvite>;
  disable(accountId: string, disabled: boolean): Promise<StaffAccount>;
  deleteAccount(accountId: string): Promise<void>;
  /** A file from the server (an export) with its suggested name. */
  file(path: string, fallbackName: string): Promise<{ blob: Blob; name: string }>;
}

export function staffApi(token: string, fetchFn: typeof fetch = (input, init) => fetch(input, init)): StaffApi {
  async function send(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept, Authorization: `Bearer ${token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchFn(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, 'network', bilingual('networkError'));
    }
    if (!response.ok) throw refused(token, await problem(response));
    return response;
  }
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> =>
    (await (await send(method, path, body)).json()) as T;
  const empty = async (method: string, path: string, body?: unknown): Promise<void> => {
    await send(method, path, body);
  };
  const e = encodeURIComponent;
  const lab = (labId: string): string => `/api/labs/${e(labId)}`;

  return {
    workspace: () => json('GET', '/api/workspace'),
    programme: (id) => json('GET', `/api/programmes/${e(id)}`),
    sedi: () => json('GET', '/api/sedi'),
    createProgramme: (request) => json('POST', '/api/programmes', request),
    updateProgramme: (id, request) => json('PUT', `/api/programmes/${e(id)}`, request),
    addPercorso: (programmeId, request) => json('POST', `/api/programmes/${e(programmeId)}/percorsi`, request),
    updatePercorso: (id, request) => json('PUT', `/api/percorsi/${e(id)}`, request),
    addEdizione: (percorsoId, request) => json('POST', `/api/percorsi/${e(percorsoId)}/edizioni`, request),
    updateEdizione: (id, request) => json('PUT', `/api/edizioni/${e(id)}`, request),
    archive: (kind, id, archived) => empty('POST', `/api/${kind}/${e(id)}/archive`, { archived }),
    remove: (kind, id) => empty('DELETE', `/api/${kind}/${e(id)}`),
    assign: (programmeId, request) => json('POST', `/api/programmes/${e(programmeId)}/staff`, request),
    unassign: (programmeId, assignmentId) =>
      empty('DELETE', `/api/programmes/${e(programmeId)}/staff/${e(assignmentId)}`),
    lab: (labId) => json('GET', lab(labId)),
    createLab: (edizioneId, request) =>
      json('POST', edizioneId ? `/api/edizioni/${e(edizioneId)}/labs` : '/api/labs', request),
    updateLab: (labId, request) => json('PUT', lab(labId), request),
    placeLab: (labId, edizioneId) => empty('PUT', `${lab(labId)}/placement`, { edizioneId }),
    closeLab: (labId, closed) => json('POST', `${lab(labId)}/close`, { closed }),
    incontri: (labId) => json('GET', `${lab(labId)}/incontri`),
    saveIncontro: (labId, incontroId, request) =>
      json(incontroId ? 'PUT' : 'POST', `${lab(labId)}/incontri${incontroId ? `/${e(incontroId)}` : ''}`, request),
    deleteIncontro: (labId, incontroId) => empty('DELETE', `${lab(labId)}/incontri/${e(incontroId)}`),
    adesioni: (labId) => json('GET', `${lab(labId)}/adesioni`),
    register: (incontroId) => json('GET', `/api/incontri/${e(incontroId)}/register`),
    mark: (incontroId, memberId, request) =>
      json('PUT', `/api/incontri/${e(incontroId)}/register/${e(memberId)}`, request),
    erase: (labId, adherentId) => json('POST', `${lab(labId)}/adesioni/${e(adherentId)}/erase`),
    enti: (programmeId) => json('GET', `/api/programmes/${e(programmeId)}/enti`),
    enteTypes: () => json('GET', '/api/ente-types'),
    addEnte: (programmeId, request) => json('POST', `/api/programmes/${e(programmeId)}/enti`, request),
    updateEnte: (id, request) => json('PUT', `/api/enti/${e(id)}`, request),
    removeEnte: (id) => empty('DELETE', `/api/enti/${e(id)}`),
    dashboard: (programmeId, filter) =>
      json('GET', `/api/programmes/${e(programmeId)}/dashboard${dashboardQuery(filter)}`),
    dueActions: (edizioneId) => json('GET', `/api/edizioni/${e(edizioneId)}/actions?open=true`),
    accounts: () => json('GET', '/api/staff'),
    invite: (request) => json('POST', '/api/staff', request),
    reset: (accountId) => json('POST', `/api/staff/${e(accountId)}/reset`),
    disable: (accountId, disabled) => json('POST', `/api/staff/${e(accountId)}/disable`, { disabled }),
    deleteAccount: (accountId) => empty('DELETE', `/api/staff/${e(accountId)}`),
    file: async (path, fallbackName) => {
      const response = await send('GET', path, undefined, '*/*');
      return {
        blob: await response.blob(),
        name: fileName(response.headers.get('Content-Disposition')) ?? fallbackName,
      };
    },
  };
}

/** `?percorso=…&sede=…` with the filters that are set, or nothing. */
export function dashboardQuery(filter: DashboardFilter): string {
  return toQuery(filter);
}
