import { authorizedGet } from '../api/rest';
import type { ActionPlan } from '../actions/types';
import { fileName } from '../replay/historyApi';
import type { CohesionSummary, CohesionView } from './types';

/** The cohesion and action-plan endpoints of one lab, with the caller's bearer token. */
export interface CohesionApi {
  /** The measures now, or right after event `seq`. */
  cohesion(seq?: number): Promise<CohesionView | CohesionSummary>;
  actions(): Promise<ActionPlan>;
  /** A file from the server (an export) with its suggested name. */
  file(path: string, fallbackName: string): Promise<{ blob: Blob; name: string }>;
}

export function cohesionApi(
  labId: string,
  token: string,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): CohesionApi {
  const base = `/api/labs/${encodeURIComponent(labId)}`;

  const get = (path: string, accept: string): Promise<Response> => authorizedGet(fetchFn, base + path, accept, token);

  return {
    cohesion: async (seq) =>
      (await (await get(seq === undefined ? '/cohesion' : `/cohesion?seq=${seq}`, 'application/json')).json()) as
        CohesionView | CohesionSummary,
    actions: async () => (await (await get('/actions', 'application/json')).json()) as ActionPlan,
    file: async (path, fallbackName) => {
      const response = await get(path, '*/*');
      return {
        blob: await response.blob(),
        name: fileName(response.headers.get('Content-Disposition')) ?? fallbackName,
      };
    },
  };
}
