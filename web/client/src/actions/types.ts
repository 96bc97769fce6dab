// The "Piano delle azioni" as GET /api/labs/{labId}/actions answers it (docs/protocol.md).

export interface PlannedAction {
  cardId: string;
  text: string;
  status: string;
  deadline: string | null;
  overdue: boolean;
  dueSoon: boolean;
  people: string[];
  enti: string[];
  needs: string[];
  resources: string[];
  contributingEnti: string[];
}

export interface ActionPlan {
  labId: string;
  title: string;
  seq: number;
  today: string;
  actions: PlannedAction[];
}

/** An action of a plan across labs (GET /api/edizioni/{id}/actions), with the lab that took it on. */
export interface ScopedAction {
  labId: string;
  labTitle: string;
  action: PlannedAction;
}

/** The "Piano delle azioni" across the labs of an edizione or programme; with `?open=true` only what is due or overdue. */
export interface ScopeActionPlan {
  scopeId: string;
  title: string;
  today: string;
  actions: ScopedAction[];
}
