using System.Diagnostics.CodeAnalysis;
using Orleans;

namespace Laboratori.Tests.Storage;

/// <summary>An <see cref="IGrainState{T}"/> as Orleans' state bridge hands it to a storage provider.</summary>
public sealed class TestGrainState(TestState state) : IGrainState<TestState>
{
    private TestState _state = state;

    // The interface lets a provider assign null; the tests then see an empty state rather than a null one.
    [AllowNull]
    public TestState State
    {
        get => _state;
        set => _state = value ?? new TestState();
    }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
