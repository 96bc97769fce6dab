using Laboratori.Silo.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Laboratori.Silo.Postgres;

/// <summary>
/// <see cref="IEventLog"/> on PostgreSQL, shared by every node. An append is one statement, so one transaction: it
/// inserts the entries only if the first continues the stream. In a healthy cluster one activation writes a lab's
/// stream; this is the fence for when two would (a split brain): two writers of the same seq both pass the continuity
/// check, but the primary key makes the second wait for the first and fail. Either way the loser gets
/// <see cref="LogConflictException"/> and nothing of its batch is written. Times are kept to the millisecond, as the SQLite provider keeps them (entries and
/// the bounds of time reads alike), so both stores answer every read the same way.
/// </summary>
public sealed class PostgresEventLog(PostgresDatabase database) : IEventLog
{
    private const string Columns = "seq, at, type, data, op_key";
    private const string UniqueViolation = "23505";

    private const string AppendSql = """
        WITH last AS (SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE stream_id = $1),
        inserted AS (
            INSERT INTO events(stream_id, seq, at, type, data, op_key)
            SELECT $1, e.seq, e.at, e.type, e.data, e.op_key
            FROM unnest($2::bigint[], $3::timestamptz[], $4::text[], $5::text[], $7::text[]) AS e(seq, at, type, data, op_key), last
            WHERE last.seq = $6 - 1
            RETURNING seq)
        SELECT count(*)::int FROM inserted;
        """;

    /// <inheritdoc />
    public async Task AppendAsync(string streamId, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        LogEntryValidation.ValidateBatch(entries);
        var first = entries[0].Seq;
        await using var command = database.DataSource.CreateCommand(AppendSql);
        command.Parameters.Add(Text(streamId));
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. entries.Select(e => e.Seq)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. entries.Select(e => Millis(e.At))], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.Type)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.Data)] });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = first });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. entries.Select(e => e.Key)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        int inserted;
        try
        {
            inserted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException error) when (error.SqlState == UniqueViolation)
        {
            throw new LogConflictException(streamId, first);
        }

        if (inserted == 0)
        {
            throw new LogConflictException(streamId, first);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LogEntry>> ReadAsync(string streamId, long afterSeq, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return ReadEntries(
            $"SELECT {Columns} FROM events WHERE stream_id = $1 AND seq > $2 ORDER BY seq LIMIT $3;",
            [Text(streamId), Int64(afterSeq), Int32(maxCount)],
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LogEntry>> ReadTailAsync(string streamId, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return ReadEntries(
            $"SELECT {Columns} FROM (SELECT {Columns} FROM events WHERE stream_id = $1 ORDER BY seq DESC LIMIT $2) AS tail ORDER BY seq;",
            [Text(streamId), Int32(maxCount)],
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LogEntry>> ReadByTimeAsync(string streamId, DateTimeOffset from, DateTimeOffset before, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return ReadEntries(
            $"SELECT {Columns} FROM events WHERE stream_id = $1 AND at >= $2 AND at < $3 ORDER BY seq LIMIT $4;",
            [Text(streamId), Time(from), Time(before), Int32(maxCount)],
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> FindKeysAsync(string streamId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var command = database.DataSource.CreateCommand(
            "SELECT op_key, MIN(seq) FROM events WHERE stream_id = $1 AND op_key = ANY($2) GROUP BY op_key;");
        command.Parameters.Add(Text(streamId));
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys.Distinct(StringComparer.Ordinal)] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = reader.GetInt64(1);
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<long> GetLastSeqAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        await using var command = database.DataSource.CreateCommand("SELECT COALESCE(MAX(seq), 0) FROM events WHERE stream_id = $1;");
        command.Parameters.Add(Text(streamId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public async Task SaveSnapshotAsync(string streamId, LogSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Data);
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO snapshots(stream_id, seq, data) VALUES ($1, $2, $3) ON CONFLICT (stream_id, seq) DO UPDATE SET data = EXCLUDED.data;");
        command.Parameters.Add(Text(streamId));
        command.Parameters.Add(Int64(snapshot.Seq));
        command.Parameters.Add(Text(snapshot.Data));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<LogSnapshot?> ReadSnapshotAsync(string streamId, long atOrBelowSeq, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        await using var command = database.DataSource.CreateCommand(
            "SELECT seq, data FROM snapshots WHERE stream_id = $1 AND seq <= $2 ORDER BY seq DESC LIMIT 1;");
        command.Parameters.Add(Text(streamId));
        command.Parameters.Add(Int64(atOrBelowSeq));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new LogSnapshot(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private async Task<IReadOnlyList<LogEntry>> ReadEntries(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        var entries = new List<LogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LogEntry(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return entries;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<long> Int64(long value) => new() { TypedValue = value };

    private static NpgsqlParameter<int> Int32(int value) => new() { TypedValue = value };

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset value) => new() { TypedValue = Millis(value) };

    /// <summary>The instant truncated to the millisecond, in UTC (what Npgsql requires for <c>timestamptz</c>).</summary>
    private static DateTimeOffset Millis(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());
}
