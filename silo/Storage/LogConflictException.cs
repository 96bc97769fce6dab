namespace Laboratori.Silo.Storage;

/// <summary>An append did not continue its stream: another writer got there first. Reload and re-validate.</summary>
public sealed class LogConflictException : Exception
{
    public LogConflictException(string streamId, long expectedFirstSeq)
        : base($"Stream '{streamId}' has moved on: sequence {expectedFirstSeq} is already taken or does not follow the last entry.")
    {
        StreamId = streamId;
        ExpectedFirstSeq = expectedFirstSeq;
    }

    public LogConflictException() : base("The stream has moved on.") => StreamId = string.Empty;

    public LogConflictException(string message) : base(message) => StreamId = string.Empty;

    public LogConflictException(string message, Exception innerException) : base(message, innerException) => StreamId = string.Empty;

    public string StreamId { get; }

    public long ExpectedFirstSeq { get; }
}
