// The cohesion endpoints' replies (docs/protocol.md, "History and exports"; formulas in docs/cohesion.md).

export interface MeetingCohesion {
  labId: string;
  number: number;
  title: string;
  present: number;
  participationRate: number | null;
  interactivePeople: number;
  interactiveEnti: number;
  interactions: number;
  crossSectorShare: number | null;
  crossEnteShare: number | null;
}

export interface EnteCohesion {
  key: string;
  name: string;
  sector: string;
  people: number;
  meetingsPresent: number;
  needs: number;
  resources: number;
  actions: number;
  communityholderIndex: number | null;
  trend: (number | null)[];
}

export interface CohesionReport {
  labs: string[];
  seq: number;
  adherents: number;
  averagePresent: number;
  participationRate: number | null;
  interactivePeople: number;
  interactiveEnti: number;
  interactions: number;
  anonymousInteractions: number;
  crossSectorInteractions: number;
  crossSectorShare: number | null;
  crossEnteInteractions: number;
  crossEnteShare: number | null;
  continuityK: number;
  continuingEnti: number;
  contributions: number;
  anonymousContributions: number;
  meetings: MeetingCohesion[];
  enti: EnteCohesion[];
}

export interface NetworkNode {
  id: string;
  label: string;
  kind: 'person' | 'ente';
  sector: string;
  ente: string;
}
export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
}
export interface CohesionNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** What staff get. */
export interface CohesionView {
  report: CohesionReport;
  network: CohesionNetwork;
}

/** What participants get: the lab's aggregate only. */
export interface CohesionSummary {
  seq: number;
  meetings: number;
  participationRate: number | null;
  interactivePeople: number;
  interactiveEnti: number;
  interactions: number;
  crossSectorShare: number | null;
  crossEnteShare: number | null;
  continuingEnti: number;
  contributions: number;
}

export function isStaffView(reply: CohesionView | CohesionSummary): reply is CohesionView {
  return 'report' in reply;
}
