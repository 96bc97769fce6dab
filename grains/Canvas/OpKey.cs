namespace Laboratori.Grains.Canvas;

/// <summary>What makes an operation unique: its author and the author's client-generated id.</summary>
internal readonly record struct OpKey(string Author, string ClientOpId);
