namespace Laboratori.Web.Auth;

/// <summary>
/// A credential a token carries that can be ended while it is in use: <paramref name="Owner"/> groups the connections
/// it closes together (a staff account, a lab's projector), <paramref name="Version"/> is what the store compares with
/// the current one (a security stamp, a link id).
/// </summary>
public sealed record RevocableCredential(string Owner, string? Version);
