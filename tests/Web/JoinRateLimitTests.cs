using System.Net;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>Its own node, with a join limit of three a minute, so that the shared node's tests never trip it.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class JoinRateLimitTests : IAsyncLifetime
{
    private readonly LabServer _server = new(new Dictionary<string, string?> { ["Limits:JoinAttemptsPerMinute"] = "3" });

    [Fact]
    public async Task JoinAttemptsBeyondTheLimitAreRefusedWithRateLimited()
    {
        var codes = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var refused = await Assert.ThrowsAsync<LabApiException>(() => _server.Api.JoinAsync("22222-22222", "Tentativo"));
            codes.Add(refused.Code);
            if (i == 3)
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            }
        }

        Assert.Equal(["join_code_invalid", "join_code_invalid", "join_code_invalid", "rate_limited"], codes);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();
}
