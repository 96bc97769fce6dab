namespace Laboratori.Web.Auth;

/// <summary>An account and its one-time link to set a password (an invitation or a reset), valid until <paramref name="ExpiresAt"/>.</summary>
public sealed record StaffInvite(StaffView Account, string Link, DateTimeOffset ExpiresAt);
