import { language } from '../i18n/i18n';

// This screen's own words, Italian first: kept here so that the shared table stays small.
const words = {
  heading: ['Coesione e azioni', 'Cohesion and actions'],
  loading: ['Caricamento delle misure…', 'Loading the measures…'],
  forbidden: ['Non hai accesso a questo laboratorio.', 'You have no access to this lab.'],
  back: ['Indietro', 'Back'],
  figures: ['Le misure del laboratorio', 'The lab’s measures'],
  participation: ['Partecipazione (presenti / adesioni)', 'Participation (present / enrolled)'],
  massa: ['Massa interattiva', 'Interacting mass'],
  massaValue: ['{people} persone, {enti} enti', '{people} people, {enti} organisations'],
  interactions: ['Interazioni (di cui anonime)', 'Interactions (anonymous)'],
  crossSector: ['Tra settori diversi', 'Across sectors'],
  crossEnte: ['Tra enti diversi', 'Across organisations'],
  continuity: [
    'Continuità (enti presenti in almeno {k} incontri)',
    'Continuity (organisations at {k} or more meetings)',
  ],
  contributions: ['Contributi (di cui anonimi)', 'Contributions (anonymous)'],
  network: ['Rete delle interazioni', 'Network of interactions'],
  networkEnti: ['Enti', 'Organisations'],
  networkPeople: ['Persone', 'People'],
  networkEmpty: ['Ancora nessuna interazione tra partecipanti.', 'No interactions between participants yet.'],
  networkSummary: [
    '{nodes} nodi, {edges} legami; spessore = numero di interazioni',
    '{nodes} nodes, {edges} ties; thickness = number of interactions',
  ],
  edgeTable: ['Legami (tabella)', 'Ties (table)'],
  from: ['Da', 'From'],
  to: ['A', 'To'],
  weight: ['Interazioni', 'Interactions'],
  meetings: ['Andamento per incontro', 'Trend by meeting'],
  meeting: ['Incontro', 'Meeting'],
  present: ['Presenti', 'Present'],
  enti: ['Indice communityholder per ente', 'Communityholder index by organisation'],
  ente: ['Ente', 'Organisation'],
  index: ['Indice', 'Index'],
  trend: ['Andamento', 'Trend'],
  noEnti: [
    'Ancora nessun ente: nessun partecipante con un’organizzazione ha scritto schede.',
    'No organisations yet: no participant with an organisation has written cards.',
  ],
  exports: ['Esporta', 'Export'],
  edgeCsv: ['Rete (CSV)', 'Network (CSV)'],
  gexf: ['Rete per Gephi (GEXF)', 'Network for Gephi (GEXF)'],
  plan: ['Piano delle azioni (Markdown)', 'Action plan (Markdown)'],
  summaryNote: [
    'I partecipanti vedono solo le misure complessive del laboratorio.',
    'Participants see only the lab’s overall measures.',
  ],
  sector_ente_pubblico: ['Ente pubblico', 'Public body'],
  sector_terzo_settore: ['Terzo settore', 'Third sector'],
  sector_cittadino: ['Cittadino', 'Citizen'],
  sector_altro: ['Altro', 'Other'],
  openActions: ['Azioni aperte', 'Open actions'],
  noOpenActions: ['Nessuna azione aperta.', 'No open actions.'],
  overdue: ['Scaduta', 'Overdue'],
  dueSoon: ['In scadenza', 'Due soon'],
  deadline: ['Scadenza', 'Deadline'],
  owners: ['Responsabili', 'Owners'],
  answers: ['Risponde a', 'Answers'],
  status_da_avviare: ['Da avviare', 'Not started'],
  status_in_corso: ['In corso', 'Under way'],
  status_fatto: ['Fatto', 'Done'],
  status_bloccato: ['Bloccato', 'Blocked'],
  none: ['—', '—'],
  measuresAt: ['Misure al passo {seq}', 'Measures at step {seq}'],
  measuresLoading: ['Calcolo delle misure…', 'Computing the measures…'],
  documents: ['Documenti per i finanziatori', 'Documents for funders'],
  verbaleDocx: ['Verbale dell’ultimo incontro (DOCX)', 'Minutes of the last meeting (DOCX)'],
  verbalePdf: ['Verbale dell’ultimo incontro (PDF)', 'Minutes of the last meeting (PDF)'],
  relazioneDocx: ['Relazione del laboratorio (DOCX)', 'Lab report (DOCX)'],
  relazionePdf: ['Relazione del laboratorio (PDF)', 'Lab report (PDF)'],
} as const;

export type Word = keyof typeof words;

/** The word in the chosen language, `{name}` placeholders filled in. */
export function say(key: Word, values: Record<string, string | number> = {}): string {
  const text: string = words[key][language() === 'it' ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function sectorName(sector: string): string {
  const key = `sector_${sector}`;
  return key in words ? say(key as Word) : sector;
}

/** A share as a percentage in the chosen language; a dash when not measurable. */
export function percent(share: number | null): string {
  return share === null
    ? '—'
    : new Intl.NumberFormat(language() === 'it' ? 'it-IT' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 0,
      }).format(share);
}
