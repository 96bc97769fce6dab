using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>
/// The account roles carried in the token's standard <c>role</c> claim, and the role each stands for inside a lab
/// before <see cref="LabAccess"/> narrows it to what the caller runs there.
/// </summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Facilitator = "facilitator";
    public const string Tutor = "tutor";
    public const string Trainer = "trainer";
    public const string Participant = "participant";

    /// <summary>A lab's projector link: reads one lab like a trainer, holds no staff policy (it is not an account).</summary>
    public const string Projector = "projector";

    /// <summary>Every role a staff account may hold.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Admin, Coordinator, Facilitator, Tutor, Trainer];

    public static bool IsStaff(string? role) => role is not null && Staff.Contains(role);

    /// <summary>
    /// The lab role of an account role. A tutor annotates and takes the roll call but never runs phases (the canvas's
    /// own tutor rules); a trainer reads.
    /// </summary>
    public static Role? ToLabRole(string? role) => role?.ToLowerInvariant() switch
    {
        Admin => Role.Admin,
        Coordinator or Facilitator => Role.Facilitator,
        Tutor => Role.Tutor,
        Trainer or Projector => Role.Trainer,
        Participant => Role.Participant,
        _ => null,
    };

    /// <summary>The account role a lab role was issued as (participant tokens and the lab-scoped tokens of <see cref="TokenClaims"/>).</summary>
    public static string FromLabRole(Role role) => role switch
    {
        Role.Admin => Admin,
        Role.Facilitator => Facilitator,
        Role.Trainer => Trainer,
        Role.Tutor => Tutor,
        _ => Participant,
    };
}
