// REST shapes (docs/protocol.md, "REST API").
import type { StaffRole } from '../auth/tokens';
import type { Sector } from '../canvas/types';

/** Every error the server gives, REST or hub: a stable code and the message in both languages. */
export interface ServerError {
  code: string;
  message: string;
  messageEn: string;
}

export interface Lab {
  id: string;
  title: string;
  theme: string;
  mandate?: string;
  percorso: string;
  edizione: string;
  sede: string;
  templateId?: string;
  joinCode: string | null;
  joinLink?: string | null;
  createdAt: string;
  closed: boolean;
  enrolled: number;
}

export interface LoginRequest {
  userName: string;
  password: string;
}
export interface LoginResponse {
  token: string;
  role: StaffRole;
  displayName: string;
  userId: string;
}

/** `privacyVersion`: the version of the privacy notice the person read (GET /api/privacy); the server requires it. */
export interface JoinRequest {
  code: string;
  displayName: string;
  organisation: string;
  sector: Sector;
  privacyVersion?: string;
  enteId?: string;
  /** After `adherent_match`: the person found, confirmed ("sì, sono io"). */
  adherentId?: string;
  /** After `adherent_match`: "no, non sono io" (joins as someone new, a walk-in). */
  newPerson?: boolean;
}
/** `token`: the last part of `/entra/{token}`; `privacyVersion` as for a join with the code. */
export interface PersonalJoinRequest {
  token: string;
  privacyVersion?: string;
}
export interface JoinResponse {
  token: string;
  labId: string;
  participantId: string;
}

export interface CreateLabRequest {
  title: string;
  theme: string;
  mandate: string;
  percorso: string;
  edizione: string;
  sede: string;
  templateId: string;
}
