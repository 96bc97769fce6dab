using Laboratori.Contracts.History;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>A card of the Tavolo Unificato: a card of one lab's grid, with the lab it comes from.</summary>
public sealed record UnifiedCard(string LabId, string LabTitle, SynthesisCard Card);
