using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Laboratori.Web.Hubs.MsgPack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Laboratori.LoadTest.Baseline;

/// <summary>
/// The same-run baseline: a bare SignalR hub that only relays to the lab's group, plus REST stubs for sign-in, labs and
/// join, hosted in this process on its own loopback port. Same method names and reply shapes as the platform, so the
/// same client code runs against both; what it lacks (rules, grains, storage, attendance) is the platform's cost.
/// </summary>
public sealed class BaselineServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BaselineServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Fires when the host is told to stop (SIGTERM, Ctrl+C).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts the bare hub; presence batched every <paramref name="presenceInterval"/> (100 ms, the platform's default) unless <paramref name="presence"/> says otherwise.</summary>
    public static async Task<BaselineServer> StartAsync(int port = 0, BaselinePresenceMode presence = BaselinePresenceMode.Batched, TimeSpan? presenceInterval = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024).AddMessagePackInJsonShapes();
        builder.Services.AddSingleton<BaselineLabs>();
        if (presence == BaselinePresenceMode.Batched)
        {
            builder.Services.AddSingleton(sp => new BaselinePresence(sp.GetRequiredService<Microsoft.AspNetCore.SignalR.IHubContext<BaselineHub>>(), presenceInterval ?? TimeSpan.FromMilliseconds(100)));
            builder.Services.AddHostedService(sp => sp.GetRequiredService<BaselinePresence>());
        }

        var app = builder.Build();
        app.UseWebSockets();
        var labs = app.Services.GetRequiredService<BaselineLabs>();

        app.MapPost("/api/auth/login", () => Results.Ok(new { token = "staff", userId = "staff", role = "facilitator", displayName = "Staff" }));
        app.MapPost("/api/labs", (TitleBody body) =>
        {
            var id = labs.Create();
            return Results.Ok(new { id, title = body.Title ?? id, joinCode = "code-" + id });
        });
        // Clients read the privacy notice's version once and send it with every join, as they do on the platform.
        app.MapGet("/api/privacy", () => Results.Ok(new { version = "baseline" }));
        app.MapPost("/api/join", (JoinBody body) =>
        {
            var labId = body.Code?.StartsWith("code-", StringComparison.Ordinal) == true ? body.Code[5..] : null;
            if (labId is null || !labs.Exists(labId))
            {
                return Results.Json(new { code = "join_code_invalid" }, statusCode: 404);
            }

            var participantId = "p-" + labs.NextParticipant().ToString(CultureInfo.InvariantCulture);
            return Results.Ok(new { token = participantId, labId, participantId });
        });
        app.MapHub<BaselineHub>("/hubs/lab");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BaselineServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record TitleBody(string? Title);

    internal sealed record JoinBody(string? Code, string? DisplayName);
}

/// <summary>The baseline's whole state: which labs exist and each lab's next seq.</summary>
public sealed class BaselineLabs
{
    private readonly ConcurrentDictionary<string, long[]> _seqs = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();
    private long _labs;
    private long _participants;

    public string Create()
    {
        var id = "lab-" + Interlocked.Increment(ref _labs).ToString(CultureInfo.InvariantCulture);
        _seqs[id] = new long[1];
        return id;
    }

    public bool Exists(string labId) => _seqs.ContainsKey(labId);

    public long NextParticipant() => Interlocked.Increment(ref _participants);

    public long CurrentSeq(string labId) => _seqs.TryGetValue(labId, out var box) ? Interlocked.Read(ref box[0]) : 0;

    /// <summary>One lab's relay order: held while an event is numbered and handed to the group.</summary>
    public SemaphoreSlim Gate(string labId) => _gates.GetOrAdd(labId, _ => new SemaphoreSlim(1, 1));

    public long NextSeq(string labId) => _seqs.TryGetValue(labId, out var box) ? Interlocked.Increment(ref box[0]) : 0;
}

