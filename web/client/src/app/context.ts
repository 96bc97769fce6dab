import type { RestClient } from '../api/rest';
import type { TokenStore } from '../auth/tokens';
import type { Bilingual } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';

/** What every screen gets from the shell. */
export interface AppContext {
  rest: RestClient;
  tokens: TokenStore;
  navigate(path: string): void;
  error(error: Bilingual | null): void;
  status(key: StringKey | null, values?: Record<string, string | number>): void;
}

/** A screen owns its element until `dispose`; `relocalize` runs after the language changed. */
export interface Screen {
  readonly element: HTMLElement;
  relocalize(): void;
  dispose(): void;
}
