import type { AppContext } from '../app/context';
import type { StaffApi } from './staffApi';
import type { Workspace } from './types';

/** What the parts of the workspace share: the shell, the API with the staff token, the data, and how to refresh it. */
export interface WorkspaceContext {
  readonly app: AppContext;
  readonly api: StaffApi;
  workspace(): Workspace;
  /** Reads the workspace again and redraws it; `said` is announced once it is shown. */
  reload(said?: string): Promise<void>;
  announce(text: string): void;
}
