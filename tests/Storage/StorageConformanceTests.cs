using System.Collections.Immutable;
using Laboratori.Silo.Storage;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>
/// What our grains rely on from a store, written once and run on every store (SQLite and PostgreSQL): the event log
/// (gapless appends, the expected-seq fence, snapshots, the index of idempotency keys), the grain state (ETags), and
/// both under a real silo (a row changed behind a grain, a stale canvas writer fenced, a resend answered from the index).
/// Each test uses its own stream and grain ids, so a store may be shared between the tests of a class.
/// </summary>
public abstract partial class StorageConformanceTests
{
    /// <summary>Opens a log on the store for this test.</summary>
    protected abstract Task<IEventLog> CreateLogAsync();

    /// <summary>Closes every log this test opened and opens the same store again.</summary>
    protected abstract Task<IEventLog> ReopenLogAsync();

    /// <summary>Opens the grain storage on the store for this test.</summary>
    protected abstract Task<IGrainStorage> CreateStorageAsync();

    /// <summary>The configuration that points a silo's <c>AddLaboratoriStorage</c> at this store.</summary>
    protected abstract ImmutableDictionary<string, string?> StoreConfiguration { get; }

    /// <summary>Another writer (a second node, an operator) sets a grain's state row behind the grain's back.</summary>
    protected abstract Task ChangeRowBehindAsync(string stateName, string grainKey, string etag, string data);
}
