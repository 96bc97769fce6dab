import type { Capability, CanvasState } from '../canvas/types';
import type { Bilingual } from '../i18n/i18n';
import { allowed } from './permissions';

/**
 * A refusal shown to this person, with its cause, so that it goes when the cause goes: "locked" when the canvas is
 * unlocked, "phase" when the phase changes or starts allowing it, "input" and "server" when an operation of theirs
 * goes through.
 */
export interface LabNotice {
  error: Bilingual;
  cause: 'locked' | 'phase' | 'input' | 'server';
  /** For "phase": what was refused, and the phase it was refused in. */
  capability?: Capability;
  lane?: string;
  phase?: string | null;
}

/** The notice for a server refusal of one of this person's operations. */
export function noticeFor(code: string, error: Bilingual, state: CanvasState | null): LabNotice {
  if (code === 'canvas_locked') return { error, cause: 'locked' };
  if (code === 'phase_forbids') return { error, cause: 'phase', phase: state?.phase ?? null };
  return { error, cause: 'server' };
}

/** Whether the notice's cause still holds on this canvas, for this role. */
export function stillHolds(notice: LabNotice, state: CanvasState, role: string): boolean {
  switch (notice.cause) {
    case 'locked':
      return state.locked && role === 'participant';
    case 'phase':
      if (state.phase !== notice.phase) return false;
      return notice.capability ? !allowed(state, role, notice.capability, notice.lane) : true;
    default:
      return true;
  }
}
