using Laboratori.Contracts.Actions;

namespace Laboratori.Grains.Actions;

/// <summary>An action of a plan across labs, with the lab that took it on.</summary>
public sealed record ScopedAction(string LabId, string LabTitle, PlannedAction Action);
