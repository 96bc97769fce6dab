using Laboratori.Tests.Accounts;

namespace Laboratori.Tests.Attendance;

/// <summary>An <see cref="AccountServer"/> whose registers stay open for ten years, so that a test can fill in incontri of a past winter.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class LongRegisterServerFixture : IAsyncLifetime
{
    private AccountServer? _server;

    public AccountServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        // Each test signs in a whole programme's staff (invite, password, token): more than a minute's 30 sign-ins from
        // one address once the class has three of them.
        _server = new AccountServer(new Dictionary<string, string?> { ["Register:ClosesAfter"] = "3650.00:00:00", ["Auth:LoginAttemptsPerMinute"] = "1000" });
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
