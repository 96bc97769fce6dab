namespace Laboratori.Web.Auth;

/// <summary>A bootstrap staff account from configuration (see <see cref="AuthOptions.Staff"/>).</summary>
public sealed class StaffAccount
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>One of <see cref="StaffRoles.Staff"/>. Default <c>facilitator</c>.</summary>
    public string Role { get; set; } = StaffRoles.Facilitator;
}
