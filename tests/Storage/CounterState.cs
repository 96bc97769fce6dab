namespace Laboratori.Tests.Storage;

/// <summary>State of <see cref="StorageCounterGrain"/>.</summary>
[GenerateSerializer]
public sealed record CounterState
{
    [Id(0)]
    public int Count { get; init; }
}
