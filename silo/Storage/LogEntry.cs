namespace Laboratori.Silo.Storage;

/// <summary>
/// One entry of a stream: its sequence number, when it was written, a type tag, its data (JSON), and optionally the
/// writer's idempotency key: the identity of the request that produced it, indexed so that
/// <see cref="IEventLog.FindKeysAsync"/> answers a request seen before however long ago it was appended.
/// </summary>
public sealed record LogEntry(long Seq, DateTimeOffset At, string Type, string Data, string? Key = null);
