namespace Laboratori.Web.Auth;

/// <summary>What a token check needs to know of a staff account: its current security stamp and whether it may sign in.</summary>
public sealed record AccountState(string SecurityStamp, bool Disabled);
