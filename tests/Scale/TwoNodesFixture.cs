namespace Laboratori.Tests.Scale;

/// <summary>Two nodes on one PostgreSQL database, shared by a test class; each test makes its own lab.</summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    private Nodes? _nodes;

    public Nodes Nodes => _nodes ?? throw new InvalidOperationException("The nodes have not started.");

    public async Task InitializeAsync() => _nodes = await Nodes.StartAsync(2);

    public async Task DisposeAsync()
    {
        if (_nodes is not null)
        {
            await _nodes.DisposeAsync();
        }
    }
}
