namespace Laboratori.Web.Attendance;

/// <summary>A roll call mark: the status, and entry/exit (<c>HH:mm</c>, Europe/Rome) when late or leaving early.</summary>
public sealed record MarkRequest(string? Status, string? Entry, string? Exit);
