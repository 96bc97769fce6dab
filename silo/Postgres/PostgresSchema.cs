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
        // 2: Orleans cluster membership, for Microsoft.Orleans.Clustering.AdoNet. The package ships no SQL: these tables
        // and the queries it reads from orleansquery (by key, with @-named parameters) are ours, written to the
        // provider's contract (docs/orleans.md). Every change to membership moves the cluster's version by one, and
        // only if the caller read the version it expects: that is how two silos never both win one membership change.
        """
        CREATE TABLE cluster_version(
            deployment_id text PRIMARY KEY, -- Orleans' ClusterId
            version integer NOT NULL,
            changed_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE cluster_member(
            deployment_id text NOT NULL REFERENCES cluster_version(deployment_id),
            address text NOT NULL,
            port integer NOT NULL,
            generation integer NOT NULL,
            silo_name text NOT NULL,
            host_name text NOT NULL,
            status integer NOT NULL,
            proxy_port integer,
            suspect_times text,
            start_time timestamptz NOT NULL,
            i_am_alive_time timestamptz NOT NULL,
            PRIMARY KEY(deployment_id, address, port, generation)
        );
        CREATE TABLE orleansquery(querykey text PRIMARY KEY, querytext text NOT NULL);
        INSERT INTO orleansquery(querykey, querytext) VALUES
        ('InsertMembershipVersionKey', $q$
            WITH created AS (
                INSERT INTO cluster_version(deployment_id, version) VALUES (@DeploymentId, 0)
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*) = 1 FROM created;
        $q$),
        ('InsertMembershipKey', $q$
            WITH moved AS (
                UPDATE cluster_version SET version = version + 1, changed_at = now()
                WHERE deployment_id = @DeploymentId AND version = @Version
                  AND NOT EXISTS (SELECT 1 FROM cluster_member WHERE deployment_id = @DeploymentId
                                  AND address = @Address AND port = @Port AND generation = @Generation)
                RETURNING 1),
            inserted AS (
                INSERT INTO cluster_member(deployment_id, address, port, generation, silo_name, host_name, status,
                                           proxy_port, start_time, i_am_alive_time)
                SELECT @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
                       @StartTime, @IAmAliveTime
                FROM moved
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*) = 1 FROM inserted;
        $q$),
        ('UpdateMembershipKey', $q$
            WITH moved AS (
                UPDATE cluster_version SET version = version + 1, changed_at = now()
                WHERE deployment_id = @DeploymentId AND version = @Version
                  AND EXISTS (SELECT 1 FROM cluster_member WHERE deployment_id = @DeploymentId
                              AND address = @Address AND port = @Port AND generation = @Generation)
                RETURNING 1),
            updated AS (
                UPDATE cluster_member SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
                FROM moved
                WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
                RETURNING 1)
            SELECT count(*) = 1 FROM updated;
        $q$),
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE cluster_member SET i_am_alive_time = @IAmAliveTime
            WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
                   m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
                   m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
            FROM cluster_version v
            LEFT JOIN cluster_member m ON m.deployment_id = v.deployment_id
                 AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
            WHERE v.deployment_id = @DeploymentId;
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
                   m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
                   m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
            FROM cluster_version v
            LEFT JOIN cluster_member m ON m.deployment_id = v.deployment_id
            WHERE v.deployment_id = @DeploymentId;
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
            FROM cluster_member
            WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM cluster_member WHERE deployment_id = @DeploymentId;
            DELETE FROM cluster_version WHERE deployment_id = @DeploymentId;
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM cluster_member
            WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3; -- 3: Active
        $q$),
        ('CleanupDefunctSiloEntryKey', $q$
            DELETE FROM cluster_member
            WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
              AND status <> 3; -- 3: Active
        $q$);
        """,
        // 3: each event's idempotency key (the canvas's "author clientOpId"), indexed, so a request resent however long
        // after its first answer finds it. Events written before this migration get theirs from their JSON (the canvas's
        // stored event: {"author":…,"clientOpId":…,"payload":…}); a repeated key keeps its first seq as the answer.
        """
        ALTER TABLE events ADD COLUMN op_key text;
        UPDATE events SET op_key = (data::jsonb ->> 'author') || ' ' || (data::jsonb ->> 'clientOpId')
        WHERE CASE WHEN data LIKE '{%' -- CASE, not AND: only what looks like an object is cast
                   THEN jsonb_typeof(data::jsonb -> 'author') = 'string' AND jsonb_typeof(data::jsonb -> 'clientOpId') = 'string'
                   ELSE false END;
        CREATE INDEX events_stream_key ON events(stream_id, op_key) WHERE op_key IS NOT NULL;
        """,
    ];
}
