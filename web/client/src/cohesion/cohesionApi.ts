import { ApiError, problem } from '../api/rest';
import type { ActionPlan } from '../actions/types';
import { bilingual } from '../i18n/i18n';
import type { CohesionSummary, CohesionView } from './types';

/** The cohesion and action-plan endpoints of one lab, with the caller's bearer token. */
export interface CohesionApi {
  cohesion(): Promise<CohesionView | CohesionSummary>;
  actions(): Promise<ActionPlan>;
  /** A file from the server (an export) with its suggested name. */
  file(path: string, fallbackName: string): Promise<{ blob: Blob; name: string }>;
}

export function cohesionApi(labId: string, token: string, fetchFn: typeof fetch = (input, init) => fetch(input, init)): CohesionApi {
  const base = `/api/labs/${encodeURIComponent(labId)}`;

  async function get(path: string, accept: string): Promise<Response> {
    let response: Response;
    try {
      response = await fetchFn(base + path, { headers: { Accept: accept, Authorization: `Bearer ${token}` } });
    } catch {
      throw new ApiError(0, 'network', bilingual('networkError'));
    }
    if (!response.ok) throw await problem(response);
    return response;
  }

  return {
    cohesion: async () => (await (await get('/cohesion', 'application/json')).json()) as CohesionView | CohesionSummary,
    actions: async () => (await (await get('/actions', 'application/json')).json()) as ActionPlan,
    file: async (path, fallbackName) => {
      const response = await get(path, '*/*');
      const name = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
      return { blob: await response.blob(), name: name ? decodeURIComponent(name) : fallbackName };
    },
  };
}
