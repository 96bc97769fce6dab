// REST shapes (docs/protocol.md, "REST API").
import type { StaffRole } from '../auth/tokens';
import type { Sector } from '../canvas/types';

/** Every error the server gives, REST or hub: a stable code and the message in both languages. */
export interface ServerError { code: string; message: string; messageEn: string }

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

export interface LoginRequest { userName: string; password: string }
export interface LoginResponse { token: string; role: StaffRole; displayName: string; userId: string }

export interface JoinRequest { code: string; displayName: string; organisation: string; sector: Sector }
export interface JoinResponse { token: string; labId: string; participantId: string }

export interface CreateLabRequest {
  title: string;
  theme: string;
  mandate: string;
  percorso: string;
  edizione: string;
  sede: string;
  templateId: string;
}
