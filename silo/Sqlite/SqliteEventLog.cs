using Laboratori.Silo.Storage;
using Microsoft.Data.Sqlite;

namespace Laboratori.Silo.Sqlite;

/// <summary>
/// <see cref="IEventLog"/> on the embedded SQLite database. The continuity check and the inserts run in one
/// savepoint on the single writer thread, so a conflicting append leaves nothing behind. Times are stored as unix
/// milliseconds: anything finer than a millisecond is not kept.
/// </summary>
public sealed class SqliteEventLog(SqliteDatabase database) : IEventLog
{
    private const string Columns = "seq, at, type, data, op_key";
    private const int KeysPerQuery = 500; // well under SQLite's limit of bound parameters
    private const string LastSeqSql = "SELECT COALESCE(MAX(seq), 0) FROM events WHERE stream_id = $stream;";

    /// <inheritdoc />
    public Task AppendAsync(string streamId, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        LogEntryValidation.ValidateBatch(entries);

        // Copy: the caller may reuse its list while the request waits in the queue.
        var batch = entries.ToArray();
        return database.WriteAsync(transaction => Append(transaction, streamId, batch), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LogEntry>> ReadAsync(string streamId, long afterSeq, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return database.ReadAsync<IReadOnlyList<LogEntry>>(connection =>
        {
            using var command = connection.CreateCommand(
                $"SELECT {Columns} FROM events WHERE stream_id = $stream AND seq > $after ORDER BY seq LIMIT $max;");
            command.Parameters.AddWithValue("$stream", streamId);
            command.Parameters.AddWithValue("$after", afterSeq);
            command.Parameters.AddWithValue("$max", maxCount);
            return ReadEntries(command);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LogEntry>> ReadTailAsync(string streamId, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return database.ReadAsync<IReadOnlyList<LogEntry>>(connection =>
        {
            using var command = connection.CreateCommand(
                $"SELECT {Columns} FROM (SELECT {Columns} FROM events WHERE stream_id = $stream ORDER BY seq DESC LIMIT $max) ORDER BY seq;");
            command.Parameters.AddWithValue("$stream", streamId);
            command.Parameters.AddWithValue("$max", maxCount);
            return ReadEntries(command);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LogEntry>> ReadByTimeAsync(string streamId, DateTimeOffset from, DateTimeOffset before, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return database.ReadAsync<IReadOnlyList<LogEntry>>(connection =>
        {
            using var command = connection.CreateCommand(
                $"SELECT {Columns} FROM events WHERE stream_id = $stream AND at >= $from AND at < $before ORDER BY seq LIMIT $max;");
            command.Parameters.AddWithValue("$stream", streamId);
            command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$max", maxCount);
            return ReadEntries(command);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, long>> FindKeysAsync(string streamId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>());
        }

        return database.ReadAsync<IReadOnlyDictionary<string, long>>(connection =>
        {
            var found = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var chunk in distinct.Chunk(KeysPerQuery))
            {
                using var command = connection.CreateCommand();
                var names = chunk.Select((key, i) => command.Parameters.AddWithValue($"$k{i}", key).ParameterName).ToArray();
                command.CommandText =
                    $"SELECT op_key, MIN(seq) FROM events WHERE stream_id = $stream AND op_key IN ({string.Join(", ", names)}) GROUP BY op_key;";
                command.Parameters.AddWithValue("$stream", streamId);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    found[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> GetLastSeqAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand(LastSeqSql);
            command.Parameters.AddWithValue("$stream", streamId);
            return (long)command.ExecuteScalar()!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveSnapshotAsync(string streamId, LogSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Data);
        return database.WriteAsync(transaction =>
        {
            using var command = transaction.CreateCommand(
                "INSERT OR REPLACE INTO snapshots(stream_id, seq, data) VALUES ($stream, $seq, $data);");
            command.Parameters.AddWithValue("$stream", streamId);
            command.Parameters.AddWithValue("$seq", snapshot.Seq);
            command.Parameters.AddWithValue("$data", snapshot.Data);
            return command.ExecuteNonQuery();
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<LogSnapshot?> ReadSnapshotAsync(string streamId, long atOrBelowSeq, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return database.ReadAsync<LogSnapshot?>(connection =>
        {
            using var command = connection.CreateCommand(
                "SELECT seq, data FROM snapshots WHERE stream_id = $stream AND seq <= $seq ORDER BY seq DESC LIMIT 1;");
            command.Parameters.AddWithValue("$stream", streamId);
            command.Parameters.AddWithValue("$seq", atOrBelowSeq);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new LogSnapshot(reader.GetInt64(0), reader.GetString(1)) : null;
        }, cancellationToken);
    }

    private static int Append(SqliteTransaction transaction, string streamId, LogEntry[] entries)
    {
        using (var last = transaction.CreateCommand(LastSeqSql))
        {
            last.Parameters.AddWithValue("$stream", streamId);
            if ((long)last.ExecuteScalar()! != entries[0].Seq - 1)
            {
                throw new LogConflictException(streamId, entries[0].Seq);
            }
        }

        using var insert = transaction.CreateCommand(
            "INSERT INTO events(stream_id, seq, at, type, data, op_key) VALUES ($stream, $seq, $at, $type, $data, $key);");
        var stream = insert.Parameters.AddWithValue("$stream", streamId);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var data = insert.Parameters.Add("$data", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        insert.Prepare();
        foreach (var entry in entries)
        {
            seq.Value = entry.Seq;
            at.Value = entry.At.ToUnixTimeMilliseconds();
            type.Value = entry.Type;
            data.Value = entry.Data;
            key.Value = (object?)entry.Key ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        return entries.Length;
    }

    private static List<LogEntry> ReadEntries(SqliteCommand command)
    {
        var entries = new List<LogEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new LogEntry(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return entries;
    }
}
