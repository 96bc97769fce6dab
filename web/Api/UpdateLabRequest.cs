namespace Laboratori.Web.Api;

/// <summary>A lab's new title, theme and mandate (all three replaced; the title is required).</summary>
public sealed record UpdateLabRequest(string? Title, string? Theme, string? Mandate);
