namespace Laboratori.Web.Attendance;

/// <summary>The answer to an erasure: the pseudonym the person now has everywhere ("Partecipante N").</summary>
public sealed record ErasedView(string Pseudonym);
