using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>The stable error codes of staff accounts and tokens, with their HTTP status (docs/protocol.md lists them).</summary>
public static class AccountErrors
{
    public static readonly CanvasError TokenRevoked = new("token_revoked", "Sessione non più valida: accedi di nuovo.", "This session is no longer valid: sign in again.");
    public static readonly CanvasError AccountLocked = new("account_locked", "Troppi tentativi errati: account bloccato per qualche minuto.", "Too many wrong attempts: the account is locked for a few minutes.");
    public static readonly CanvasError UserNameTaken = new("user_name_taken", "Questo nome utente è già in uso.", "This user name is already taken.");
    public static readonly CanvasError UserNameInvalid = new("user_name_invalid", "Nome utente non valido: da 3 a 64 caratteri tra lettere, cifre, '-', '.', '_' e '@'.", "Invalid user name: 3 to 64 letters, digits, '-', '.', '_' or '@'.");
    public static readonly CanvasError WeakPassword = new("weak_password", "Password troppo debole: almeno 10 caratteri, non uguale al nome utente.", "Password too weak: at least 10 characters, not the user name.");
    public static readonly CanvasError InviteInvalid = new("invite_invalid", "Il link è scaduto o è già stato usato: chiedine uno nuovo.", "The link has expired or was already used: ask for a new one.");
    public static readonly CanvasError AccountNotFound = new("account_not_found", "Account non trovato.", "Account not found.");
    public static readonly CanvasError RoleUnknown = new("role_unknown", "Ruolo sconosciuto.", "Unknown role.");
    public static readonly CanvasError LastAdmin = new("last_admin", "Serve almeno un amministratore attivo.", "At least one active admin is needed.");

    /// <summary>Every account error, for documentation.</summary>
    public static IReadOnlyList<CanvasError> All { get; } =
        typeof(AccountErrors).GetFields().Where(f => f.FieldType == typeof(CanvasError)).Select(f => (CanvasError)f.GetValue(null)!).ToArray();

    /// <summary>The HTTP status of an account error code, or null for codes that are not account errors.</summary>
    public static int? StatusFor(string code) => code switch
    {
        "token_revoked" => StatusCodes.Status401Unauthorized,
        "account_locked" => StatusCodes.Status429TooManyRequests,
        "user_name_taken" or "last_admin" => StatusCodes.Status409Conflict,
        "account_not_found" => StatusCodes.Status404NotFound,
        "user_name_invalid" or "weak_password" or "invite_invalid" or "role_unknown" => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
