import { bilingual, type Bilingual } from '../i18n/i18n';
import type {
  CreateLabRequest,
  JoinRequest,
  JoinResponse,
  Lab,
  LoginRequest,
  LoginResponse,
  PersonalJoinRequest,
  ServerError,
} from './types';

/** A refused REST call, carrying the server's problem details (or a stand-in when there were none). */
export class ApiError extends Error implements ServerError {
  readonly messageEn: string;

  constructor(
    readonly status: number,
    readonly code: string,
    text: Bilingual,
    /** What the problem carried beside its code and messages (`adherent_match` names the person it found). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(text.message);
    this.messageEn = text.messageEn;
    this.name = 'ApiError';
  }
}

type UnauthorizedListener = (token: string, error: ApiError) => void;
let unauthorized: UnauthorizedListener | null = null;

/**
 * Called when a request made with a token answers 401 (`unauthorized`, `token_revoked`): the shell signs the person out
 * and sends them to sign in again, whichever screen made the call.
 */
export function onUnauthorized(listener: UnauthorizedListener | null): void {
  unauthorized = listener;
}

/** Hands a refusal of `token` to the 401 listener before it is thrown. */
export function refused(token: string | null, error: ApiError): ApiError {
  if (token && error.status === 401) unauthorized?.(token, error);
  return error;
}

export interface RestClient {
  login(request: LoginRequest): Promise<LoginResponse>;
  join(request: JoinRequest): Promise<JoinResponse>;
  /** Opens a personal link (`/entra/{token}`): the same person on any device. */
  joinPersonal(request: PersonalJoinRequest): Promise<JoinResponse>;
  labs(token: string): Promise<Lab[]>;
  createLab(token: string, request: CreateLabRequest): Promise<Lab>;
  lab(token: string, labId: string): Promise<Lab>;
}

export function createRestClient(fetchFn: typeof fetch = (input, init) => fetch(input, init)): RestClient {
  async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers['Authorization'] = `Bearer ${token}`;
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
    return (await response.json()) as T;
  }

  return {
    login: (request) => call('POST', '/api/auth/login', null, request),
    join: (request) => call('POST', '/api/join', null, request),
    joinPersonal: (request) => call('POST', '/api/join/personal', null, request),
    labs: (token) => call('GET', '/api/labs', token),
    createLab: (token, request) => call('POST', '/api/labs', token, request),
    lab: (token, labId) => call('GET', `/api/labs/${encodeURIComponent(labId)}`, token),
  };
}

/** The server's error (problem details with a code and both messages), or a generic one for anything else. */
export async function problem(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ServerError> & Record<string, unknown>;
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return new ApiError(
        response.status,
        body.code,
        { message: body.message, messageEn: body.messageEn ?? body.message },
        body,
      );
    }
  } catch {
    // Not problem details (a proxy's error page): fall through to the generic error.
  }
  return new ApiError(
    response.status,
    `http_${response.status}`,
    bilingual('serverError', { status: response.status }),
  );
}

/** A GET with the caller's bearer token: the response when it is ok, else the server's problem (or a network error). */
export async function authorizedGet(
  fetchFn: typeof fetch,
  url: string,
  accept: string,
  token: string,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { Accept: accept, Authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, 'network', bilingual('networkError'));
  }
  if (!response.ok) throw refused(token, await problem(response));
  return response;
}
