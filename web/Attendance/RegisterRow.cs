namespace Laboratori.Web.Attendance;

/// <summary>
/// One person in an incontro's register: who, whether online now, what their connections suggest, the roll call's
/// mark (with who made it) and the hours counted. Times are Europe/Rome <c>HH:mm</c>.
/// </summary>
public sealed record RegisterRow(
    string MemberId,
    string DisplayName,
    string Organisation,
    string Sector,
    string Kind,
    bool Online,
    string? Suggested,
    string? Status,
    string? Entry,
    string? Exit,
    decimal Hours,
    string? MarkedBy,
    DateTimeOffset? MarkedAt);
