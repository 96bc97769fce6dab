namespace Laboratori.Tests.Storage;

/// <summary>A tiny grain whose only job is to persist a counter through the configured grain storage.</summary>
public interface IStorageCounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> GetCount();

    /// <summary>Identifies the activation, so a test can tell that a new one took over.</summary>
    Task<Guid> GetActivationId();

    /// <summary>The grain id as the storage keys it.</summary>
    Task<string> GetStorageKey();

    Task Deactivate();
}
