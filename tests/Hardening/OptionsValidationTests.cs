using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>A bad setting stops the node at start-up, with a message that names the setting and the values it takes.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Limits:MaxTextLength", "0", "Limits:MaxTextLength must be between 1 and 100000.")]
    [InlineData("Limits:MaxPayloadBytes", "100", "Limits:MaxPayloadBytes must be between 256 and 65536.")]
    [InlineData("Canvas:SnapshotInterval", "0", "Canvas:SnapshotInterval must be between 1 and 1000000.")]
    [InlineData("Hub:ClientTimeoutInterval", "00:00:10", "Hub:ClientTimeoutInterval must be longer than Hub:KeepAliveInterval")]
    [InlineData("Auth:LockoutAttempts", "0", "Auth:LockoutAttempts must be between 1 and 1000.")]
    [InlineData("Auth:MinimumPasswordLength", "4", "Auth:MinimumPasswordLength must be between 8 and 128.")]
    [InlineData("Quotas:MaxConnectionsPerMember", "0", "Quotas:MaxConnectionsPerMember must be between 1 and 100000.")]
    [InlineData("Network:TrustedProxies:0", "nginx.local", "Network:TrustedProxies holds addresses (10.0.0.5) or networks (10.0.0.0/24) only.")]
    public void ABadSettingStopsStartUpWithAMessageNamingIt(string key, string value, string message)
    {
        var failure = Record.Exception(() => new LabServer(new Dictionary<string, string?> { [key] = value }));

        Assert.NotNull(failure);
        Assert.Contains(message, Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryQuotaIsDocumented()
    {
        var protocol = File.ReadAllText(Laboratori.Tests.Support.Repository.PathOf("docs", "protocol.md"));

        Assert.All(typeof(Laboratori.Web.Quotas.QuotaOptions).GetProperties().Select(p => p.Name), name => Assert.Contains($"| `{name}` |", protocol, StringComparison.Ordinal));
    }

    private static string Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Messages))
            : exception.Message + (exception.InnerException is { } inner ? " | " + Messages(inner) : string.Empty);
}
