namespace Laboratori.Web.Enti;

/// <summary>An ente added to (or changed in) a programme's register; <see cref="Sector"/> defaults to the type's.</summary>
public sealed record EnteRequest(string? Name, string? Type, string? Sector);
