// Tokens live in localStorage so that a reload, or a phone that slept, gets back in without retyping anything.
// Participants hold one token per lab; staff hold one token for all labs.

/** The account roles of docs/protocol.md (Authentication). */
export type StaffRole = 'admin' | 'coordinator' | 'facilitator' | 'tutor' | 'trainer';

export interface StaffSession {
  token: string;
  role: StaffRole;
  displayName: string;
  userId: string;
}

export interface ParticipantSession {
  token: string;
  labId: string;
  participantId: string;
  title: string;
}

const staffKey = 'laboratori.staff';
const labPrefix = 'laboratori.lab.';

export class TokenStore {
  constructor(private readonly storage: Storage) {}

  staff(): StaffSession | null {
    return this.read<StaffSession>(staffKey);
  }

  saveStaff(session: StaffSession): void {
    this.storage.setItem(staffKey, JSON.stringify(session));
  }

  forgetStaff(): void {
    this.storage.removeItem(staffKey);
  }

  participant(labId: string): ParticipantSession | null {
    return this.read<ParticipantSession>(labPrefix + labId);
  }

  saveParticipant(session: ParticipantSession): void {
    this.storage.setItem(labPrefix + session.labId, JSON.stringify(session));
  }

  forgetParticipant(labId: string): void {
    this.storage.removeItem(labPrefix + labId);
  }

  participantLabs(): ParticipantSession[] {
    const sessions: ParticipantSession[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      const session = key?.startsWith(labPrefix) ? this.read<ParticipantSession>(key) : null;
      if (session) sessions.push(session);
    }
    return sessions;
  }

  /** The token to enter `labId` with: the participant's own for that lab first, else the staff one. */
  tokenFor(labId: string): string | null {
    return this.participant(labId)?.token ?? this.staff()?.token ?? null;
  }

  private read<T>(key: string): T | null {
    try {
      const text = this.storage.getItem(key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      return null;
    }
  }
}
