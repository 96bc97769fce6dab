using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Grains.Canvas;
using Laboratori.LoadTest.Client;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Laboratori.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of the hub and the REST API from every role at once: random and mutated invocations and requests.
/// Whatever comes in, the answer is a documented code (or, for a call SignalR cannot bind, its documented error
/// completion), never a 5xx or <c>internal</c>, the log has no error, every connection still works, and afterwards the
/// lab's log has no gap and its live state is the fold of its log.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Roles = ["participant-1", "participant-2", "participant-3", "facilitator", "co-watcher", "trainer", "tutor", "coordinator", "admin"];

    [Fact]
    public async Task NoInputFromAnyRoleGetsAnUndocumentedAnswerOrBreaksTheLabOrItsLog()
    {
        var settings = FuzzSettings.FromEnvironment();
        var log = new CapturedLog();
        await using var server = new LabServer(ServerSettings(), log);
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();

        var facilitatorToken = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(facilitatorToken, "Laboratorio sotto fuzz");
        var other = await server.Api.CreateLabAsync(facilitatorToken, "Un altro laboratorio");
        var tokens = new Dictionary<string, string>
        {
            ["participant-1"] = (await server.Api.JoinAsync(lab.JoinCode, "Anna Rossi")).Token,
            ["participant-2"] = (await server.Api.JoinAsync(lab.JoinCode, "Bruno Verdi")).Token,
            ["participant-3"] = (await server.Api.JoinAsync(lab.JoinCode, "Carla Neri")).Token,
            ["facilitator"] = facilitatorToken,
            ["co-watcher"] = await server.StaffTokenAsync(LabServer.OtherFacilitator),
            ["trainer"] = await server.StaffTokenAsync(LabServer.Trainer),
            ["tutor"] = await server.StaffTokenAsync("tutor"),
            ["coordinator"] = await server.StaffTokenAsync("coordinatore"),
            ["admin"] = await server.StaffTokenAsync("admin"),
        };

        var peers = new List<HubClient>();
        try
        {
            foreach (var role in Roles)
            {
                var client = await server.ConnectAsync(tokens[role]);
                peers.Add(client);
                var joined = await client.InvokeAsync("Join", lab.Id, null).Within();
                Assert.Equal(JsonValueKind.Null, joined.GetProperty("error").ValueKind);
            }

            var opened = await peers[3].InvokeAsync("Apply", lab.Id, new { clientOpId = "fase-libera", type = "lab.phase", payload = new { phase = "libera" } }).Within();
            Assert.Equal(JsonValueKind.Null, opened.GetProperty("error").ValueKind);

            var hubShare = settings.HubInvocations / Roles.Length + 1;
            await Task.WhenAll(Roles.Select((role, i) => HubWorkerAsync(role, peers[i], lab.Id, other.Id, hubShare, new Random(settings.Seed * 31 + i), tally)));
            var restShare = settings.RestRequests / 4 + 1;
            await Task.WhenAll(Enumerable.Range(0, 4).Select(w =>
                RestWorkerAsync(server, tokens, lab.Id, other.Id, restShare, new Random(settings.Seed * 17 + w), tally)));

            for (var i = 0; i < peers.Count; i++)
            {
                await StillUsableAsync(Roles[i], peers[i], lab.Id, tally);
            }
        }
        finally
        {
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }
        }

        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var events = await grains.GetGrain<IHistoryGrain>(lab.Id).GetAllEventsAsync();
        var live = await grains.GetGrain<ICanvasGrain>(lab.Id).GetStateAsync(CanvasCalls.Staff);
        var summary = new FuzzSummary(settings, clock.Elapsed, events.Length, tally);
        output.WriteLine(summary.Markdown());
        output.WriteLine("written to " + summary.WriteArtifacts());
        foreach (var violation in tally.Violations.Take(30))
        {
            output.WriteLine("VIOLATION " + violation);
        }

        Assert.Empty(tally.Violations.Take(20));
        Assert.Empty(log.Errors.Take(20));
        Assert.True(tally.TotalOf("hub.") >= settings.HubInvocations, $"{tally.TotalOf("hub.")} hub invocations");
        Assert.True(tally.TotalOf("rest.") >= settings.RestRequests, $"{tally.TotalOf("rest.")} REST requests");
        Assert.Equal(Enumerable.Range(1, events.Length).Select(n => (long)n), events.Select(e => e.Seq));
        Assert.Equal(events.Length, live.Seq);
        Assert.Equal(Canonical(JsonNode.Parse(CanvasFold.Serialize(CanvasFold.Fold(null, events)))), Canonical(JsonNode.Parse(live.State)));
    }

    private static Dictionary<string, string?> ServerSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqliteFullSync"] = "false",
            ["Limits:JoinsPerSecond"] = "100000",
            ["Limits:JoinsBurst"] = "100000",
            ["Limits:CatchUpsPerSecond"] = "100000",
            ["Limits:CatchUpsBurst"] = "100000",
            ["Auth:LoginAttemptsPerMinute"] = "100000",
        };
        (string Name, string Display, string Role)[] staff = [("tutor", "Tina Tutor", "tutor"), ("coordinatore", "Chiara Coordinatrice", "coordinator"), ("admin", "Amministrazione", "admin")];
        for (var i = 0; i < staff.Length; i++)
        {
            settings[$"Auth:Staff:{3 + i}:UserName"] = staff[i].Name;
            settings[$"Auth:Staff:{3 + i}:Password"] = staff[i].Name;
            settings[$"Auth:Staff:{3 + i}:DisplayName"] = staff[i].Display;
            settings[$"Auth:Staff:{3 + i}:Role"] = staff[i].Role;
        }

        return settings;
    }

    private static async Task HubWorkerAsync(string role, HubClient client, string labId, string otherLabId, int count, Random random, FuzzTally tally)
    {
        var junk = new Junk(random);
        var inputs = new HubInputs(junk);
        var sent = new List<(JsonObject Operation, JsonElement Answer)>();
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            if (roll < 40)
            {
                var type = junk.Pick(inputs.Types.ToList());
                var operation = new JsonObject { ["clientOpId"] = $"{role}-{i}", ["type"] = type, ["payload"] = inputs.Shaped(type) };
                var answer = await ApplyAsync(client, "hub.apply.shaped", labId, operation, tally);
                if (answer is { } first)
                {
                    sent.Add((operation, first));
                }
            }
            else if (roll < 72)
            {
                var (kind, type, payload) = inputs.Mutated();
                var clientOpId = junk.Chance(0.9) ? JsonValue.Create($"{role}-{i}") : junk.Anything();
                // A clientOpId that is not a string cannot bind to the operation: SignalR's documented error completion.
                var unbindable = clientOpId is not null and not JsonValue || (clientOpId is JsonValue v && v.GetValueKind() != JsonValueKind.String);
                await AnsweredAsync(client, "hub.apply.mutated." + kind, "Apply", new JsonArray(labId, new JsonObject { ["clientOpId"] = clientOpId, ["type"] = type, ["payload"] = payload }), tally, unbindable);
            }
            else if (roll < 78 && sent.Count > 0)
            {
                // A resend of one of the last operations (as a client does after a reconnect): the first answer again.
                var (operation, first) = sent[random.Next(Math.Max(0, sent.Count - 20), sent.Count)];
                if (await ApplyAsync(client, "hub.apply.resend", labId, (JsonObject)operation.DeepClone(), tally) is { } again
                    && first.GetProperty("error").ValueKind == JsonValueKind.Null
                    && (again.GetProperty("error").ValueKind != JsonValueKind.Null || again.GetProperty("seq").GetInt64() != first.GetProperty("seq").GetInt64()))
                {
                    tally.Violation($"{role}: resent {operation["clientOpId"]} answered {again} after {first}");
                }
            }
            else if (roll < 81)
            {
                var elsewhere = junk.Pick<JsonNode?>([otherLabId, "lab-nessuno", null, "", "../x"]);
                await ApplyAsync(client, "hub.apply.elsewhere", elsewhere, new JsonObject { ["clientOpId"] = $"{role}-{i}", ["type"] = "card.add", ["payload"] = inputs.Shaped("card.add") }, tally);
            }
            else if (roll < 87)
            {
                await AnsweredAsync(client, "hub.catchup", "CatchUp", new JsonArray(junk.Pick<JsonNode?>([labId, labId, otherLabId, null]), junk.Pick<long>([-1, 0, 0, 5, 1_000_000_000_000])), tally);
            }
            else if (roll < 93)
            {
                var presence = junk.Chance(0.2) ? junk.Anything() : new JsonObject
                {
                    ["cursor"] = junk.Chance(0.3) ? junk.Anything() : new JsonObject { ["x"] = junk.Number(), ["y"] = junk.Number() },
                    ["editing"] = junk.Id(),
                    ["viewport"] = junk.Chance(0.5) ? null : new JsonObject { ["x"] = junk.Number(), ["y"] = junk.Number(), ["width"] = junk.Number(), ["height"] = junk.Number() },
                };
                var record = new JsonObject { ["type"] = 1, ["target"] = "Presence", ["arguments"] = new JsonArray(junk.Pick<JsonNode?>([labId, labId, otherLabId, null]), presence) };
                await client.SendRawAsync(record.ToJsonString());
                tally.Count("hub.presence", "sent");
            }
            else if (roll < 96)
            {
                var leaving = junk.Chance(0.5);
                var target = junk.Pick<JsonNode?>([labId, labId, otherLabId, null, "", "lab-nessuno"]);
                await AnsweredAsync(client, leaving ? "hub.leave" : "hub.join", leaving ? "Leave" : "Join",
                    leaving ? new JsonArray(target) : new JsonArray(target, junk.Pick<JsonNode?>([null, -1, 0, 3, 1_000_000_000])), tally);
                if (leaving)
                {
                    // Back into the lab, so the rest of this connection's inputs reach it.
                    await AnsweredAsync(client, "hub.join", "Join", new JsonArray(labId, null), tally);
                }
            }
            else
            {
                var (method, arguments) = junk.Pick<(string, string)>([
                    ("Apply", $"[\"{labId}\"]"), ("Apply", "[42,[]]"), ("Apply", $"[\"{labId}\",{{\"clientOpId\":\"x\"}},3]"), ("CatchUp", $"[\"{labId}\",\"zero\"]"),
                    ("Join", "[]"), ("NoSuchMethod", "[]"), ("Presence", "[1,2,3]"), ("OnConnectedAsync", "[]"),
                ]);
                try
                {
                    await client.InvokeWithRawArgumentsAsync(method, arguments).Within();
                    tally.Violation($"{role}: {method}{arguments} was answered as if it could be called");
                }
                catch (HubInvocationException ex) when (ex.Message.StartsWith("Failed to invoke '", StringComparison.Ordinal)
                    || ex.Message.StartsWith("Invocation provides ", StringComparison.Ordinal) || ex.Message.StartsWith("Unknown hub method", StringComparison.Ordinal))
                {
                    tally.Count("hub.bad-call", "call-failed");
                }
            }
        }
    }

    private static Task<JsonElement?> ApplyAsync(HubClient client, string inputClass, JsonNode? labId, JsonNode? operation, FuzzTally tally) =>
        AnsweredAsync(client, inputClass, "Apply", new JsonArray(labId, operation), tally);

    /// <summary>Invokes, counts the outcome and checks it is success or a documented code other than <c>internal</c>.</summary>
    private static async Task<JsonElement?> AnsweredAsync(HubClient client, string inputClass, string method, JsonArray arguments, FuzzTally tally, bool unbindable = false)
    {
        JsonElement answer;
        try
        {
            answer = await client.InvokeWithRawArgumentsAsync(method, arguments.ToJsonString()).Within();
        }
        catch (HubInvocationException ex) when (unbindable && ex.Message.StartsWith("Failed to invoke '", StringComparison.Ordinal))
        {
            tally.Count(inputClass, "call-failed");
            return null;
        }
        catch (HubInvocationException ex)
        {
            tally.Violation($"{inputClass}: {method}{arguments.ToJsonString()[..Math.Min(300, arguments.ToJsonString().Length)]} failed: {ex.Message}");
            return null;
        }

        var error = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("error", out var e) ? e : default;
        if (error.ValueKind == JsonValueKind.Null)
        {
            tally.Count(inputClass, "ok");
            return answer;
        }

        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.GetString() : null;
        tally.Count(inputClass, code ?? "no-code");
        if (code is null || code == Errors.Internal.Code || code == Errors.Unavailable.Code || !DocumentedCodes.Statuses.ContainsKey(code))
        {
            tally.Violation($"{inputClass}: {method}{arguments.ToJsonString()[..Math.Min(300, arguments.ToJsonString().Length)]} answered {answer}");
        }

        return answer;
    }

    private static async Task RestWorkerAsync(LabServer server, Dictionary<string, string> tokens, string labId, string otherLabId, int count, Random random, FuzzTally tally)
    {
        var junk = new Junk(random);
        var inputs = new RestInputs(junk, labId, otherLabId);
        var callers = tokens.Keys.Append("none").Append("garbage").ToList();
        for (var i = 0; i < count; i++)
        {
            var (kind, method, path, body, contentType) = inputs.Next();
            var caller = junk.Pick(callers);
            using var request = new HttpRequestMessage(method, path);
            if (caller != "none")
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller == "garbage" ? "eyJhbGciOiJub25lIn0.e30." : tokens[caller]);
            }

            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            using var response = await server.Http.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            if (status < 400)
            {
                tally.Count(kind, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            string? code = null;
            try
            {
                code = JsonDocument.Parse(text).RootElement.GetProperty("code").GetString();
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // No problem body: reported below as a violation.
            }

            tally.Count(kind, $"{status} {code ?? "no-code"}");
            if (status >= 500 || code is null || !DocumentedCodes.Statuses.TryGetValue(code, out var documented) || documented != status)
            {
                tally.Violation($"{method} {path} as {caller} ({body?[..Math.Min(200, body.Length)]}): {status} {text[..Math.Min(300, text.Length)]}");
            }
        }
    }

    private static async Task StillUsableAsync(string role, HubClient client, string labId, FuzzTally tally)
    {
        var answer = await AnsweredAsync(client, "check.usable", "CatchUp", new JsonArray(labId, 0), tally);
        if (answer is not { } caughtUp || caughtUp.GetProperty("error").ValueKind != JsonValueKind.Null)
        {
            tally.Violation($"{role}'s connection is no longer usable: {answer}");
        }
    }

    private static string Canonical(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sort)]),
        _ => node?.DeepClone(),
    };
}
