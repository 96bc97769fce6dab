namespace Laboratori.Silo.Storage;

/// <summary>One grain's state as a store keeps it: its version (the ETag) and its JSON, null once cleared.</summary>
public sealed record GrainStateRow(string ETag, string? Data);
