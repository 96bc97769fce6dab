namespace Laboratori.Web.Attendance;

/// <summary>An adesione on the wire (staff only): who, which kind, whether a personal link is live, and whom it was merged into.</summary>
public sealed record AdherentView(
    string Id,
    string MemberId,
    string DisplayName,
    string Organisation,
    string Sector,
    string? Email,
    string Kind,
    bool HasLink,
    bool LinkRevoked,
    string? MergedInto,
    DateTimeOffset CreatedAt)
{
    public static AdherentView From(Adherent a) =>
        new(a.Id, a.MemberId, a.DisplayName, a.Organisation, a.Sector, a.Email, a.Kind, a.LinkToken is not null && !a.LinkRevoked, a.LinkRevoked, a.MergedInto, a.CreatedAt);
}
