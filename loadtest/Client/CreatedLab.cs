namespace Laboratori.LoadTest.Client;

/// <summary>The parts of a new lab a client needs: its id and the join code participants use.</summary>
public sealed record CreatedLab(string Id, string Title, string JoinCode);
