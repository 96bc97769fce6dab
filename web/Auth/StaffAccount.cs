using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>A staff account from configuration: facilitator, trainer or admin.</summary>
public sealed class StaffAccount
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public Role Role { get; set; } = Role.Facilitator;
}
