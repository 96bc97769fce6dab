import { language } from '../i18n/i18n';

// The room's newer words (links drawn as lines, search and sort, lane tabs, summary, phase steps), Italian first:
// kept here so that the shared table stays small and merges stay easy.
const words = {
  colour: ['Colore', 'Colour'],
  colourAuto: ['Colore automatico', 'Automatic colour'],
  themeColour: ['Colore del tema «{title}»', 'Colour of the theme “{title}”'],
  colour_giallo: ['Giallo', 'Yellow'],
  colour_verde: ['Verde', 'Green'],
  colour_azzurro: ['Azzurro', 'Light blue'],
  colour_rosa: ['Rosa', 'Pink'],
  colour_arancio: ['Arancio', 'Orange'],
  colour_viola: ['Viola', 'Purple'],
  colour_grigio: ['Grigio', 'Grey'],
  colour_bianco: ['Bianco', 'White'],
  linkLines: ['Collegamenti tra le schede', 'Links between cards'],
  linkLine: ['Collegamento: «{from}» → «{to}»', 'Link: “{from}” → “{to}”'],
  find: ['Cerca e ordina', 'Search and sort'],
  findActive: ['Cerca e ordina: {n} su {total} schede', 'Search and sort: {n} of {total} cards'],
  search: ['Cerca nel testo', 'Search the text'],
  ente: ['Ente', 'Organisation'],
  sector: ['Settore', 'Sector'],
  theme: ['Tema', 'Theme'],
  any: ['Tutti', 'All'],
  noTheme: ['Senza tema', 'No theme'],
  sortVotes: ['Ordina per voti', 'Sort by votes'],
  clearFilter: ['Mostra tutte', 'Show all'],
  lanesNav: ['Corsie', 'Lanes'],
  laneTab: ['{lane} ({n})', '{lane} ({n})'],
  removeAsk: ['Far uscire {name} dal laboratorio?', 'Take {name} out of the lab?'],
  removeYes: ['Sì, fai uscire', 'Yes, take out'],
  cancel: ['Annulla', 'Cancel'],
  summary: ['Riepilogo', 'Summary'],
  summaryCards: ['Schede per corsia', 'Cards per lane'],
  summaryVotes: ['Voti dati: {n} · persone che hanno votato: {people}', 'Votes cast: {n} · people who voted: {people}'],
  summaryQuiet: ['Non hanno ancora contribuito ({n})', 'Not contributed yet ({n})'],
  summaryAllIn: ['Tutte le persone presenti hanno contribuito.', 'Everyone present has contributed.'],
  steps: ['Fasi del laboratorio', 'The lab’s phases'],
  stepOf: ['Fase {n} di {total}: {phase}', 'Phase {n} of {total}: {phase}'],
  nextStep: ['Passa a: {phase}', 'Go to: {phase}'],
  nextIs: ['Poi: {phase}', 'Next: {phase}'],
  instruction: ['Indicazioni', 'What to do'],
  minutes: ['{n} min', '{n} min'],
  plannedMinutes: ['(tempo previsto: {n} minuti)', '(planned time: {n} minutes)'],
  doCards: ['scrivete schede in {lanes}', 'write cards in {lanes}'],
  doLinks: ['collegate le schede', 'link cards'],
  doVotes: ['votate le priorità', 'vote for priorities'],
  doComments: ['commentate e reagite', 'comment and react'],
  doThemes: ['raggruppate per temi', 'group cards into themes'],
  doNothing: ['ascoltate: in questa fase non si modifica la lavagna', 'listen: the canvas is not edited in this phase'],
  doLocked: ['la lavagna è bloccata: ascoltate chi facilita', 'the canvas is locked: listen to the facilitator'],
  noPhaseYet: [
    'Il laboratorio non è ancora in una fase: chi facilita la aprirà.',
    'The lab is in no phase yet: the facilitator will open one.',
  ],
  and: ['e', 'and'],
  skip: ['Vai alla lavagna', 'Skip to the canvas'],
  replayFollow: ['Segui dal vivo', 'Follow live'],
  rename: ['Rinomina', 'Rename'],
  renameTheme: ['Nuovo nome per il tema «{title}»', 'New name for the theme “{title}”'],
  save: ['Salva', 'Save'],
  copyLink: ['Copia il link', 'Copy the link'],
  copied: ['Link copiato.', 'Link copied.'],
  copyFailed: [
    'Copia non riuscita: seleziona il link e copialo a mano.',
    'Could not copy: select the link and copy it yourself.',
  ],
  projectorLinkHeading: ['Link per il proiettore', 'Projector link'],
  projectorLinkHelp: [
    'Apre la proiezione di questo laboratorio in sola lettura, senza accesso dello staff. Crearne uno nuovo disattiva il precedente.',
    'Opens this lab’s projector view read-only, without a staff sign-in. Making a new one ends the previous one.',
  ],
  projectorLinkMake: ['Crea il link per il proiettore', 'Make the projector link'],
  projectorLinkRevoke: ['Revoca il link', 'Revoke the link'],
  projectorLinkRevoked: ['Link per il proiettore revocato.', 'Projector link revoked.'],
  projectorLinkUntil: ['Valido fino al {date}.', 'Works until {date}.'],
  zoom: ['Zoom della lavagna', 'Canvas zoom'],
  zoomIn: ['Ingrandisci la lavagna', 'Zoom in on the canvas'],
  zoomOut: ['Riduci la lavagna', 'Zoom out of the canvas'],
  zoomReset: ['{percent}: riporta lo zoom al 100%', '{percent}: set the zoom back to 100%'],
  zoomFit: ['Adatta allo schermo', 'Fit to screen'],
  zoomLanes: ['Zoom su:', 'Zoom to:'],
  zoomHelp: [
    'Zoom: tasti + e − sulla lavagna, 0 per il 100%, Ctrl+rotella, due dita sullo schermo touch o i pulsanti − e +; per spostarti trascina lo sfondo.',
    'Zoom: the + and − keys on the canvas, 0 for 100%, Ctrl+wheel, two fingers on a touch screen or the − and + buttons; drag the background to move around.',
  ],
  connection_connecting: ['Connessione…', 'Connecting…'],
  connection_connected: ['In linea', 'Online'],
  connection_reconnecting: ['Riconnessione…', 'Reconnecting…'],
  connection_disconnected: ['Disconnesso', 'Disconnected'],
  connection_offline: ['Senza connessione', 'Offline'],
  toolsCanvas: ['Lavagna', 'Canvas'],
  toolsPeople: ['Partecipanti', 'Participants'],
  toolsMeeting: ['Incontro', 'Meeting'],
  toolsShare: ['Condividi', 'Share'],
  toolsMore: ['Altri strumenti', 'More tools'],
  lockShort: ['Blocca', 'Lock'],
  revealShort: ['Scopri', 'Turn up'],
  timerStartShort: ['Avvia', 'Start'],
  timerStopShort: ['Ferma', 'Stop'],
  meetingOpenShort: ['Apri', 'Open'],
  meetingCloseShort: ['Chiudi', 'Close'],
  lockPrefix: ['Lavagna ', 'Canvas '],
  lockedWord: ['bloccata', 'locked'],
  unlockedWord: ['aperta', 'open'],
  timePrefix: ['Tempo: ', 'Time: '],
  reactionsPick: ['Reazioni', 'Reactions'],
  reactionsPickFor: ['Reagisci alla scheda: {text}', 'React to the card: {text}'],
  projectorLinkEnded: [
    'Il link del proiettore non è più valido (revocato o sostituito): chiedi a chi facilita un link nuovo.',
    'This projector link no longer works (revoked or replaced): ask the facilitator for a new one.',
  ],
  myData: ['Scarica i miei dati', 'Download my data'],
  myDataHint: [
    'Un file JSON con quello che il laboratorio conserva su di te: adesione, presenze e ciò che hai scritto.',
    'A JSON file with what the lab holds about you: enrolment, attendance and what you wrote.',
  ],
} as const;

export type RoomWord = keyof typeof words;

/** Both languages of a word, to show as a notice (as the server's messages are). */
export function both(key: RoomWord): { message: string; messageEn: string } {
  return { message: words[key][0], messageEn: words[key][1] };
}

/** The word in the chosen language, `{name}` placeholders filled in. */
export function say(key: RoomWord, values: Record<string, string | number> = {}): string {
  const text: string = words[key][language() === 'it' ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** "a, b e c" in the chosen language. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${say('and')} ${items.at(-1) ?? ''}`;
}

/** The card palette of the protocol (`card.colour`). */
export const colours = ['giallo', 'verde', 'azzurro', 'rosa', 'arancio', 'viola', 'grigio', 'bianco'] as const;
