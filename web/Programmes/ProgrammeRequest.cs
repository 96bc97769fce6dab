namespace Laboratori.Web.Programmes;

/// <summary>A programme to create or the new values of one (all fields are replaced).</summary>
public sealed record ProgrammeRequest(string? Title, string? Fund, string? Cup, DateOnly? StartDate, DateOnly? EndDate, string? OwnerBody);
