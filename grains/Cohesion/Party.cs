using Laboratori.Contracts;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// A participant as an interaction or a contribution names them: their member id, their ente (organisation, as
/// <see cref="Enti.Key"/> normalizes it; empty when they gave none) and their sector, as they were at that moment.
/// </summary>
public sealed record Party(string PersonId, string Ente, Sector Sector);
