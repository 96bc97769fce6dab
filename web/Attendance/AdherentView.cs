namespace Laboratori.Web.Attendance;

/// <summary>
/// An adesione on the wire (staff only): who, which kind, whether a personal link is live, whom it was merged into, and
/// whether the person was erased (then the name is their pseudonym and nothing else about them is left).
/// </summary>
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
    DateTimeOffset CreatedAt,
    bool Erased = false)
{
    public static AdherentView From(Adherent a) => From(a, erased: false);

    public static AdherentView From(Adherent a, bool erased) =>
        new(a.Id, a.MemberId, a.DisplayName, a.Organisation, a.Sector, a.Email, a.Kind, a.LinkToken is not null && !a.LinkRevoked, a.LinkRevoked, a.MergedInto, a.CreatedAt, erased);
}
