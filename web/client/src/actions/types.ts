// The "Piano delle azioni" as GET /api/labs/{labId}/actions answers it (docs/protocol.md).

export interface PlannedAction {
  cardId: string; text: string; status: string; deadline: string | null; overdue: boolean; dueSoon: boolean;
  people: string[]; enti: string[]; needs: string[]; resources: string[]; contributingEnti: string[];
}

export interface ActionPlan { labId: string; title: string; seq: number; today: string; actions: PlannedAction[] }
