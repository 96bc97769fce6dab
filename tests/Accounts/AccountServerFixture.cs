namespace Laboratori.Tests.Accounts;

/// <summary>One <see cref="AccountServer"/> shared by a test class; each test uses accounts of its own.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class AccountServerFixture : IAsyncLifetime
{
    private AccountServer? _server;

    public AccountServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        _server = new AccountServer(new Dictionary<string, string?> { ["Auth:LockoutAttempts"] = "3", ["Auth:LoginAttemptsPerMinute"] = "1000" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
