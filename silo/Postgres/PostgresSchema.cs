namespace Laboratori.Silo.Postgres;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations. The <c>schema_version</c> table records which have been
/// applied, so a database only ever moves forward: append new migrations, never edit one that has shipped.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: event log, snapshots, grain state.
        """
        CREATE TABLE events(
            stream_id text NOT NULL,
            seq bigint NOT NULL,
            at timestamptz NOT NULL,
            type text NOT NULL,
            data text NOT NULL, -- the owner's JSON, kept byte for byte
            PRIMARY KEY(stream_id, seq) -- two writers of one seq: the second fails, which is how nodes serialize
        );
        CREATE INDEX events_stream_at ON events(stream_id, at);
        CREATE TABLE snapshots(
            stream_id text NOT NULL,
            seq bigint NOT NULL,
            data text NOT NULL,
            PRIMARY KEY(stream_id, seq)
        );
        CREATE TABLE grain_state(
            grain_type text NOT NULL, -- the state name (grain_id already names the grain type)
            grain_id text NOT NULL,
            etag text NOT NULL,
            data text, -- NULL once cleared: the row stays so the version keeps counting up
            PRIMARY KEY(grain_type, grain_id)
        );
        """,
    ];
}
