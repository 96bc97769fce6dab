import type { WorkspaceContext } from './context';
import type { StaffApi } from './staffApi';

/** A workspace context for a panel's unit tests: the given API calls, nothing else. */
export function testContext(api: Partial<StaffApi>): WorkspaceContext {
  return {
    app: { error: () => undefined } as unknown as WorkspaceContext['app'],
    api: api as StaffApi,
    workspace: () => {
      throw new Error('not used');
    },
    reload: async () => undefined,
    announce: () => undefined,
  };
}

/** Lets a panel's pending API promises and their follow-ups run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
