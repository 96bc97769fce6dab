namespace Laboratori.Silo.Storage;

/// <summary>One entry of a stream: its sequence number, when it was written, a type tag and its data (JSON).</summary>
public sealed record LogEntry(long Seq, DateTimeOffset At, string Type, string Data);
