namespace Laboratori.Silo.Storage;

/// <summary>The argument checks every <see cref="IEventLog.AppendAsync"/> makes before touching its store.</summary>
internal static class LogEntryValidation
{
    /// <summary>Throws <see cref="ArgumentException"/> unless the entries are non-null, complete and consecutive from at least 1.</summary>
    public static void ValidateBatch(IReadOnlyList<LogEntry> entries)
    {
        var first = entries[0]?.Seq ?? 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"Entry {i} is null.", nameof(entries));
            if (entry.Seq != first + i)
            {
                throw new ArgumentException($"Entries must have consecutive sequence numbers; entry {i} has {entry.Seq}, expected {first + i}.", nameof(entries));
            }

            if (entry.Type is null || entry.Data is null)
            {
                throw new ArgumentException($"Entry {i} has no type or data.", nameof(entries));
            }
        }

        if (first < 1)
        {
            throw new ArgumentException($"Sequence numbers start at 1; got {first}.", nameof(entries));
        }
    }
}
