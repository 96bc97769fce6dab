import type { StaffRole } from '../auth/tokens';

// Staff accounts on the wire (docs/protocol.md, "Staff accounts").

export interface StaffAccount {
  id: string;
  userName: string;
  displayName: string;
  role: StaffRole;
  disabled: boolean;
  locked: boolean;
  passwordSet: boolean;
  createdAt: string;
}

/** An account with its one-time link to set a password (an invitation or a reset). */
export interface StaffInvite {
  account: StaffAccount;
  link: string;
  expiresAt: string;
}

export interface InviteRequest {
  userName: string;
  displayName: string;
  role: StaffRole;
}
