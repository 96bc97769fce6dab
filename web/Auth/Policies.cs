namespace Laboratori.Web.Auth;

/// <summary>The authorization policies endpoints name instead of checking roles by hand.</summary>
public static class Policies
{
    /// <summary>Any staff account (not a participant or lab-scoped token).</summary>
    public const string Staff = "staff";

    /// <summary>Admins: staff accounts.</summary>
    public const string Admin = "admin";

    /// <summary>Those who create and organise: admins and coordinators (programmes), facilitators (their labs).</summary>
    public const string Organiser = "organiser";

    /// <summary>Admins and coordinators: programmes, percorsi, edizioni.</summary>
    public const string Programmes = "programmes";
}
