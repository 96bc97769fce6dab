using System.Security.Claims;
using Laboratori.Web.Hubs;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Laboratori.Tests.Hardening;

/// <summary>What the hub filter does with a failure nobody foresaw: a documented answer with a reference, and a log that does not flood.</summary>
public sealed class HubErrorFilterTests
{
    [Fact]
    public async Task AnUnexpectedFailureIsAnsweredWithInternalAndAReferenceThatIsInTheLog()
    {
        var log = new CapturingLogger();
        var filter = new HubErrorFilter(new ErrorLogBudget(new FakeTimeProvider()), log);

        var answer = await filter.InvokeMethodAsync(Invocation(nameof(LabHub.Join), "lab-x", null), _ => throw new InvalidOperationException("boom"));

        var reply = Assert.IsType<JoinReply>(answer);
        Assert.Equal("internal", reply.Error!.Code);
        var reference = reply.Error.MessageEn.Split("Reference ")[1].TrimEnd('.');
        Assert.Equal(12, reference.Length);
        var entry = Assert.Single(log.Entries);
        Assert.Contains(reference, entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task AFloodOfFailuresLogsTenAMinuteAndCountsTheRest()
    {
        var clock = new FakeTimeProvider();
        var log = new CapturingLogger();
        var filter = new HubErrorFilter(new ErrorLogBudget(clock), log);

        for (var i = 0; i < 2_000; i++)
        {
            var answer = await filter.InvokeMethodAsync(Invocation(nameof(LabHub.Apply), "lab-x", new OperationMessage("op-" + i, "card.add", default)), _ => throw new InvalidOperationException("boom"));
            Assert.Equal("internal", Assert.IsType<Laboratori.Contracts.OperationResult>(answer).Error!.Code);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await filter.InvokeMethodAsync(Invocation(nameof(LabHub.CatchUp), "lab-x", 0L), _ => throw new InvalidOperationException("boom"));

        Assert.Equal(11, log.Entries.Count);
        Assert.Contains("1990 earlier failures were not logged", log.Entries[^1].Message, StringComparison.Ordinal);
    }

    private static HubInvocationContext Invocation(string method, params object?[] arguments) =>
        new(new FakeCallerContext(), new ServiceCollection().BuildServiceProvider(), new NoHub(), typeof(LabHub).GetMethod(method)!, arguments);

    private sealed class NoHub : Hub;

    private sealed class FakeCallerContext : HubCallerContext
    {
        public override string ConnectionId => "c-1";

        public override string? UserIdentifier => null;

        public override ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }

    private sealed class CapturingLogger : ILogger<HubErrorFilter>
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
