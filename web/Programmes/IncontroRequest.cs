namespace Laboratori.Web.Programmes;

/// <summary>An incontro to plan or its new values: day, start and end in Europe/Rome, hours, mode and sede.</summary>
public sealed record IncontroRequest(DateOnly? Date, TimeOnly? Start, TimeOnly? End, decimal? PlannedHours, string? Mode, string? SedeId);
