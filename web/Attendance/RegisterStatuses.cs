namespace Laboratori.Web.Attendance;

/// <summary>What the roll call says of a person at an incontro.</summary>
public static class RegisterStatuses
{
    public const string Presente = "presente";
    public const string Ritardo = "ritardo";
    public const string UscitaAnticipata = "uscita_anticipata";
    public const string Assente = "assente";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Presente, Ritardo, UscitaAnticipata, Assente };

    /// <summary>Italian words for exports and the sign-in sheet.</summary>
    public static string Italian(string? status) => status switch
    {
        Presente => "presente",
        Ritardo => "in ritardo",
        UscitaAnticipata => "uscita anticipata",
        Assente => "assente",
        _ => string.Empty,
    };
}
