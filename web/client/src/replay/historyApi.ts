import { ApiError, authorizedGet } from '../api/rest';
import type { CanvasEvent, CanvasState } from '../canvas/types';
import { bilingual } from '../i18n/i18n';

// The history endpoints the replay reads (docs/protocol.md, "History and exports"), with the staff bearer token.

export interface TimelineMeeting {
  number: number;
  title: string;
  startSeq: number;
  startAt: string;
  endSeq: number | null;
  endAt: string | null;
}
export interface PhaseChange {
  seq: number;
  at: string;
  phase: string;
}
export interface DensityBucket {
  from: string;
  to: string;
  firstSeq: number;
  lastSeq: number;
  events: number;
}

export interface Timeline {
  lastSeq: number;
  firstAt: string | null;
  lastAt: string | null;
  meetings: TimelineMeeting[];
  phases: PhaseChange[];
  density: DensityBucket[];
}

export interface MemberActivity {
  memberId: string;
  displayName: string;
  organisation: string;
  sector: string;
  role: string;
  eventsByType: Record<string, number>;
  firstAt: string | null;
  lastAt: string | null;
}

export interface EventPage {
  events: CanvasEvent[];
  lastSeq: number;
  hasMore: boolean;
}

/** What the replay needs to step through a lab's history; a fake of it drives the unit tests. */
export interface HistorySource {
  stateAt(seq: number): Promise<CanvasState>;
  eventsAfter(after: number, limit: number): Promise<EventPage>;
}

export type SynthesisFormat = 'md' | 'csv' | 'json' | 'html';

export interface HistoryApi extends HistorySource {
  timeline(buckets: number): Promise<Timeline>;
  activity(): Promise<MemberActivity[]>;
  /** A file from the server (an export), with the name the server suggests or `fallbackName`. */
  file(path: string, fallbackName: string): Promise<{ blob: Blob; name: string }>;
}

export function historyApi(
  labId: string,
  token: string,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): HistoryApi {
  const base = `/api/labs/${encodeURIComponent(labId)}`;

  const get = (path: string, accept: string): Promise<Response> => authorizedGet(fetchFn, base + path, accept, token);

  async function json<T>(path: string): Promise<T> {
    const response = await get(path, 'application/json');
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError(response.status, 'invalid_reply', bilingual('invalidReply'));
    }
  }

  return {
    timeline: (buckets) => json(`/history/timeline?buckets=${buckets}`),
    activity: () => json('/history/activity'),
    stateAt: async (seq) => {
      const answer = await json<{ seq: number; state: CanvasState }>(`/history/state?seq=${seq}`);
      return { ...answer.state, seq: answer.seq };
    },
    eventsAfter: (after, limit) => json(`/events?after=${after}&limit=${limit}`),
    file: async (path, fallbackName) => {
      const response = await get(path, '*/*');
      return {
        blob: await response.blob(),
        name: fileName(response.headers.get('Content-Disposition')) ?? fallbackName,
      };
    },
  };
}

/** The file name in a Content-Disposition header (`filename*=UTF-8''…` first, then `filename=`). */
export function fileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || null;
}
