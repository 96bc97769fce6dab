namespace Laboratori.Web.Programmes;

/// <summary>An edizione to create or its new values; the dates lie within the programme's period.</summary>
public sealed record EdizioneRequest(string? Title, string? SedeId, DateOnly? StartDate, DateOnly? EndDate);
