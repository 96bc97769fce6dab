using Laboratori.Contracts;

namespace Laboratori.Web.Hubs;

/// <summary>The caller as the lab sees them.</summary>
public sealed record MemberView(string Id, Role Role, string DisplayName);
