namespace Laboratori.Web.Auth;

/// <summary>A staff account as admins see it.</summary>
public sealed record StaffView(string Id, string UserName, string DisplayName, string Role, bool Disabled, bool Locked, bool PasswordSet, DateTimeOffset CreatedAt);
