namespace Laboratori.Silo.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations. <c>PRAGMA user_version</c> records how many have been applied, so a
/// database only ever moves forward: append new migrations, never edit one that has shipped.
/// </summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: event log, snapshots, grain state.
        """
        CREATE TABLE events(
            stream_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            at INTEGER NOT NULL, -- unix milliseconds
            type TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY(stream_id, seq)
        ) WITHOUT ROWID; -- entries are small and read by range: keep them clustered by (stream, seq)
        CREATE INDEX events_stream_at ON events(stream_id, at);
        CREATE TABLE snapshots(
            stream_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY(stream_id, seq)
        );
        CREATE TABLE grain_state(
            grain_type TEXT NOT NULL, -- the state name (grain_id already names the grain type)
            grain_id TEXT NOT NULL,
            etag TEXT NOT NULL,
            data TEXT, -- NULL once cleared: the row stays so the version keeps counting up
            PRIMARY KEY(grain_type, grain_id)
        );
        """,
        // 2: each event's idempotency key (the canvas's "author clientOpId"), indexed, so a request resent however long
        // after its first answer finds it. Events written before this migration get theirs from their JSON (the canvas's
        // stored event: {"author":…,"clientOpId":…,"payload":…}); a repeated key keeps its first seq as the answer.
        """
        ALTER TABLE events ADD COLUMN op_key TEXT;
        UPDATE events SET op_key = json_extract(data, '$.author') || ' ' || json_extract(data, '$.clientOpId')
        WHERE json_valid(data) AND json_type(data, '$.author') = 'text' AND json_type(data, '$.clientOpId') = 'text';
        CREATE INDEX events_stream_key ON events(stream_id, op_key) WHERE op_key IS NOT NULL;
        """,
    ];
}
