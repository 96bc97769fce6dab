namespace Laboratori.Grains.Canvas.Operations;

/// <summary>What an event adds to its operation: its place in the log, its time and its author.</summary>
internal readonly record struct EventContext(long Seq, DateTimeOffset At, string Author);
