
namespace Laboratori.Contracts;

/// <summary>The stable error codes of the platform, each with its Italian and English message (docs/protocol.md lists them).</summary>
public static class Errors
{
    public static readonly CanvasError BadRequest = new("bad_request", "Richiesta non valida.", "The request is malformed.");
    public static readonly CanvasError UnknownOperation = new("unknown_operation", "Operazione sconosciuta.", "Unknown operation type.");
    public static readonly CanvasError PayloadTooLarge = new("payload_too_large", "Contenuto troppo grande.", "The payload is too large.");
    public static readonly CanvasError BadId = new("bad_id", "Identificativo non valido: da 1 a 64 caratteri tra lettere, cifre, '-' e '_'.", "Invalid id: 1 to 64 letters, digits, '-' or '_'.");
    public static readonly CanvasError IdTaken = new("id_taken", "Questo identificativo è già in uso.", "This id is already in use.");
    public static readonly CanvasError TextEmpty = new("text_empty", "Il testo non può essere vuoto.", "The text cannot be empty.");
    public static readonly CanvasError TextTooLong = new("text_too_long", "Il testo è troppo lungo.", "The text is too long.");
    public static readonly CanvasError LabNotFound = new("lab_not_found", "Laboratorio non trovato.", "Lab not found.");
    public static readonly CanvasError LabExists = new("lab_exists", "Il laboratorio esiste già.", "The lab already exists.");
    public static readonly CanvasError LabClosed = new("lab_closed", "Il laboratorio è chiuso.", "The lab is closed.");
    public static readonly CanvasError NotInLab = new("not_in_lab", "Non sei entrato in questo laboratorio.", "You have not joined this lab.");
    public static readonly CanvasError Unauthorized = new("unauthorized", "Accesso richiesto: entra di nuovo.", "Sign-in required: please join again.");
    public static readonly CanvasError Forbidden = new("forbidden", "Il tuo ruolo non consente questa azione.", "Your role does not allow this.");
    public static readonly CanvasError CanvasLocked = new("canvas_locked", "La lavagna è bloccata dal facilitatore.", "The facilitator has locked the canvas.");
    public static readonly CanvasError PhaseForbids = new("phase_forbids", "Questa azione non è prevista nella fase in corso.", "The current phase does not allow this.");
    public static readonly CanvasError NotOwner = new("not_owner", "Puoi modificare solo i tuoi contributi.", "You can only change your own contributions.");
    public static readonly CanvasError CardNotFound = new("card_not_found", "Scheda non trovata.", "Card not found.");
    public static readonly CanvasError CardDeleted = new("card_deleted", "Questa scheda è stata eliminata.", "This card has been deleted.");
    public static readonly CanvasError LaneUnknown = new("lane_unknown", "Colonna sconosciuta.", "Unknown lane.");
    public static readonly CanvasError ColourUnknown = new("colour_unknown", "Colore non disponibile.", "Unknown colour.");
    public static readonly CanvasError PositionOutOfRange = new("position_out_of_range", "Posizione fuori dalla lavagna.", "Position is off the canvas.");
    public static readonly CanvasError LinkSelf = new("link_self", "Una scheda non può essere collegata a sé stessa.", "A card cannot be linked to itself.");
    public static readonly CanvasError LinkExists = new("link_exists", "Queste schede sono già collegate.", "These cards are already linked.");
    public static readonly CanvasError LinkNotFound = new("link_not_found", "Collegamento non trovato.", "Link not found.");
    public static readonly CanvasError CommentNotFound = new("comment_not_found", "Commento non trovato.", "Comment not found.");
    public static readonly CanvasError ThemeNotFound = new("theme_not_found", "Tema non trovato.", "Theme not found.");
    public static readonly CanvasError PhaseUnknown = new("phase_unknown", "Fase sconosciuta.", "Unknown phase.");
    public static readonly CanvasError MeetingAlreadyOpen = new("meeting_open", "C'è già un incontro aperto.", "A meeting is already open.");
    public static readonly CanvasError NoMeetingOpen = new("no_meeting_open", "Nessun incontro è aperto.", "No meeting is open.");
    public static readonly CanvasError VoteBudgetExhausted = new("vote_budget_exhausted", "Hai usato tutti i tuoi voti.", "You have used all your votes.");
    public static readonly CanvasError NoVoteToRetract = new("no_vote_to_retract", "Non hai voti su questa scheda.", "You have no vote on this card.");
    public static readonly CanvasError BudgetOutOfRange = new("budget_out_of_range", "Numero di voti non consentito.", "Vote budget out of range.");
    public static readonly CanvasError CardHidden = new("card_hidden", "Questa scheda è coperta finché il facilitatore non la rivela.", "This card is hidden until the facilitator reveals it.");
    public static readonly CanvasError OtherGroup = new("other_group", "Questa scheda è di un altro tavolo.", "This card belongs to another table.");
    public static readonly CanvasError MergeSelf = new("merge_self", "Una scheda non può essere unita a sé stessa.", "A card cannot be merged into itself.");
    public static readonly CanvasError ReactionUnknown = new("reaction_unknown", "Reazione sconosciuta.", "Unknown reaction.");
    public static readonly CanvasError ReactionExists = new("reaction_exists", "Hai già questa reazione sulla scheda.", "You already reacted this way to the card.");
    public static readonly CanvasError NoReaction = new("no_reaction", "Non hai questa reazione sulla scheda.", "You have no such reaction on this card.");
    public static readonly CanvasError TimerOutOfRange = new("timer_out_of_range", "Durata del timer non consentita: da 1 secondo a 4 ore.", "Timer length out of range: 1 second to 4 hours.");
    public static readonly CanvasError BadGroups = new("bad_groups", "Tavoli non validi.", "Invalid tables.");
    public static readonly CanvasError NotSplit = new("not_split", "I partecipanti non sono divisi in tavoli.", "The participants are not split into tables.");
    public static readonly CanvasError MemberNotFound = new("member_not_found", "Partecipante non trovato.", "Participant not found.");
    public static readonly CanvasError Removed = new("removed", "Chi facilita ti ha fatto uscire da questo laboratorio.", "The facilitation team removed you from this lab.");
    public static readonly CanvasError LimitCards = new("limit_cards", "La lavagna ha raggiunto il numero massimo di schede.", "The canvas has reached its card limit.");
    public static readonly CanvasError LimitLinks = new("limit_links", "La lavagna ha raggiunto il numero massimo di collegamenti.", "The canvas has reached its link limit.");
    public static readonly CanvasError LimitComments = new("limit_comments", "Questa scheda ha raggiunto il numero massimo di commenti.", "This card has reached its comment limit.");
    public static readonly CanvasError LimitThemes = new("limit_themes", "La lavagna ha raggiunto il numero massimo di temi.", "The canvas has reached its theme limit.");
    public static readonly CanvasError LimitParticipants = new("limit_participants", "Il laboratorio è al completo.", "The lab is full.");
    public static readonly CanvasError RateLimited = new("rate_limited", "Troppe modifiche in poco tempo: riprova tra un istante.", "Too many changes at once: try again in a moment.");
    public static readonly CanvasError QuotaExceeded = new("quota_exceeded", "Limite di utilizzo raggiunto: chiudi altre finestre o riprova più tardi.", "Usage quota reached: close other windows or try again later.");
    public static readonly CanvasError LoginFailed = new("login_failed", "Nome utente o password errati.", "Wrong user name or password.");
    public static readonly CanvasError JoinCodeInvalid = new("join_code_invalid", "Codice di accesso non valido.", "Invalid join code.");
    public static readonly CanvasError SeqOutOfRange = new("seq_out_of_range", "Numero di sequenza fuori intervallo.", "Sequence number out of range.");
    public static readonly CanvasError ImportInvalid = new("import_invalid", "Il file non è un registro valido o è incompleto.", "The file is not a valid event log, or it is truncated.");
    public static readonly CanvasError ImportTooLarge = new("import_too_large", "Il file è troppo grande.", "The file is too large.");
    public static readonly CanvasError ImportVersion = new("import_version", "Il file viene da una versione più recente: aggiorna la piattaforma.", "The file comes from a newer version: upgrade the platform first.");
    public static readonly CanvasError NotAction = new("not_action", "Responsabili, scadenza e stato si danno solo alle schede di azione.", "Owners, deadline and status are for action cards only.");
    public static readonly CanvasError OwnersInvalid = new("owners_invalid", "Responsabili non validi: fino a 20 partecipanti del laboratorio e 20 enti.", "Invalid owners: up to 20 members of the lab and 20 enti.");
    public static readonly CanvasError DeadlineInvalid = new("deadline_invalid", "Scadenza non valida: una data AAAA-MM-GG.", "Invalid deadline: a date YYYY-MM-DD.");
    public static readonly CanvasError StatusUnknown = new("status_unknown", "Stato sconosciuto: da_avviare, in_corso, fatto o bloccato.", "Unknown status: da_avviare, in_corso, fatto or bloccato.");
    public static readonly CanvasError OnBehalfForbidden = new("on_behalf_forbidden", "Solo chi facilita o fa da tutor scrive per conto di altri.", "Only facilitators and tutors write on someone else's behalf.");
    public static readonly CanvasError OnBehalfNotFound = new("on_behalf_not_found", "Persona o ente non trovati: scegli qualcuno dell'elenco del laboratorio o un ente del registro del programma.", "Person or organisation not found: pick someone from the lab's list or an organisation from the programme's register.");
    public static readonly CanvasError OnBehalfErased = new("on_behalf_erased", "Questa persona è stata cancellata: non si scrive più per suo conto.", "This person was erased: nothing more is written on their behalf.");
    public static readonly CanvasError NotFound = new("not_found", "Indirizzo sconosciuto.", "No such address.");
    public static readonly CanvasError MethodNotAllowed = new("method_not_allowed", "Metodo HTTP non consentito a questo indirizzo.", "This HTTP method is not allowed here.");
    public static readonly CanvasError UnsupportedMediaType = new("unsupported_media_type", "Tipo di contenuto non supportato: usa application/json.", "Unsupported content type: use application/json.");
    public static readonly CanvasError Internal = new("internal", "Errore interno: riprova; se si ripete, comunica il riferimento.", "Internal error: try again; if it happens again, report the reference.");
    public static readonly CanvasError Unavailable = new("unavailable", "Servizio momentaneamente non disponibile: nuovo tentativo tra poco.", "Temporarily unavailable: trying again shortly.");

    /// <summary>Every error, for documentation and for clients that want the whole table.</summary>
    public static IReadOnlyList<CanvasError> All { get; } =
        typeof(Errors).GetFields().Where(f => f.FieldType == typeof(CanvasError)).Select(f => (CanvasError)f.GetValue(null)!).ToArray();

    /// <summary>The same error with a more precise message (the code stays the same).</summary>
    public static CanvasError With(this CanvasError error, string detailIt, string detailEn) =>
        error with { Message = $"{error.Message} {detailIt}", MessageEn = $"{error.MessageEn} {detailEn}" };
}
