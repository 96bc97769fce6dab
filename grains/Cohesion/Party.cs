using Laboratori.Contracts;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// A participant as an interaction or a contribution names them: their member id, their ente (organisation, as
/// <see cref="Enti.Key"/> normalizes it; empty when they gave none) and their sector, as they were at that moment.
/// A card written <em>per conto di</em> an ente counts for the ente alone: its party has an empty <see cref="PersonId"/>.
/// </summary>
public sealed record Party(string PersonId, string Ente, Sector Sector);
