namespace Laboratori.Tests.Scale;

/// <summary>
/// Three nodes of one cluster on PostgreSQL behind nginx configured from deploy/ (round robin by open connections),
/// shared by a test class; each test makes its own lab and leaves every node running again when it ends.
/// </summary>
public sealed class ThreeNodesBehindNginxFixture : IAsyncLifetime
{
    private Nodes? _nodes;
    private NginxProcess? _nginx;

    public Nodes Nodes => _nodes ?? throw new InvalidOperationException("The nodes have not started.");

    public NginxProcess Nginx => _nginx ?? throw new InvalidOperationException("nginx has not started.");

    public async Task InitializeAsync()
    {
        // The writers edit without pause while a killed node starts again: more cards than a lab allows by default.
        _nodes = await Nodes.StartAsync(3, "--Limits:MaxCards=100000");
        _nginx = await NginxProcess.StartAsync(_nodes.Urls, Nodes.StartTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        if (_nodes is not null)
        {
            await _nodes.DisposeAsync();
        }
    }
}
