using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Participants' names come from the lab's roster, not from the log: a participant's <c>member.join</c> carries no name
/// (and after an erasure the roster holds a pseudonym). Whatever leaves the server with names (the live canvas, replay,
/// exports) is named here: the events and states the grains give are filled in from the roster, as a view, the way
/// <see cref="CanvasView"/> hides what a participant may not read. The roster wins over a name an older log carries.
/// </summary>
public sealed class RosterNames(IServiceScopeFactory scopes, IGrainFactory grains, IMemoryCache cache) : Grains.History.IMemberNames
{
    private long _reads;

    /// <summary>How many times the list of people was read from the database (the rest came from this node's copy).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>
    /// Member id → name (or pseudonym) of everyone in the lab's roster; for people with no row there (labs from before
    /// adesioni, the demo's first lab), the name they enrolled with in the lab grain, which erasure rewrites as well.
    /// The list's rows are read once per version of the list (<see cref="RosterVersion"/>): every join named its
    /// <c>member.join</c> and its state from a fresh query, a fifth of the server's work in a join storm.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ForLabAsync(string labId)
    {
        var roster = await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterVersionAsync();
        if (!cache.TryGetValue<ListedNames>(Key(labId), out var listed) || listed!.Version != roster.Adesioni)
        {
            listed = new ListedNames(roster.Adesioni, await ReadAsync(labId));
            cache.Set(Key(labId), listed, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        var names = new Dictionary<string, string>(listed.Names, StringComparer.Ordinal);
        foreach (var enrolment in roster.Enrolments)
        {
            names.TryAdd(enrolment.ParticipantId, enrolment.DisplayName);
        }

        return names;
    }

    private async Task<Dictionary<string, string>> ReadAsync(string labId)
    {
        Interlocked.Increment(ref _reads);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
        return await db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId)
            .ToDictionaryAsync(a => a.MemberId, a => a.DisplayName, StringComparer.Ordinal);
    }

    private static string Key(string labId) => "roster-names:" + labId;

    private sealed record ListedNames(long Version, Dictionary<string, string> Names);

    /// <summary>The events with every participant's <c>member.join</c> named from the roster.</summary>
    public async Task<ImmutableArray<CanvasEvent>> NameAsync(string labId, ImmutableArray<CanvasEvent> events) =>
        events.IsDefaultOrEmpty || !events.Any(NeedsNames) ? events : Name(events, await ForLabAsync(labId));

    public async Task<EventPage> NameAsync(string labId, EventPage page) =>
        page with { Events = await NameAsync(labId, page.Events) };

    /// <summary>The snapshot with its participants named from the roster.</summary>
    public async Task<CanvasSnapshot> NameAsync(string labId, CanvasSnapshot snapshot) =>
        snapshot with { State = Name(snapshot.State, await ForLabAsync(labId)) };

    /// <summary>Names the participants of a folded state in place (a copy the caller owns, never a grain's).</summary>
    public async Task<CanvasState> NameAsync(string labId, CanvasState state)
    {
        Name(state, await ForLabAsync(labId));
        return state;
    }

    public static ImmutableArray<CanvasEvent> Name(ImmutableArray<CanvasEvent> events, IReadOnlyDictionary<string, string> names) =>
        [.. events.Select(e => IsJoin(e) && JsonNode.Parse(e.Payload) is JsonObject payload && IsParticipant(payload)
            && payload["memberId"]?.GetValue<string>() is { } id && names.TryGetValue(id, out var name)
                ? e with { Payload = With(payload, name) }
                : IsOnBehalf(e) ? e with { Payload = NameOnBehalf(e.Payload, names) } : e)];

    /// <summary>Whether the events need the roster: a participant's join, or a card written for a person of the lab.</summary>
    public static bool NeedsNames(CanvasEvent e) => IsJoin(e) || IsOnBehalf(e);

    public static string Name(string state, IReadOnlyDictionary<string, string> names)
    {
        if (names.Count == 0 || JsonNode.Parse(state) is not JsonObject root || root["members"] is not JsonObject members)
        {
            return state;
        }

        var changed = false;
        foreach (var (id, node) in members)
        {
            if (node is JsonObject member && IsParticipant(member) && names.TryGetValue(id, out var name))
            {
                member["displayName"] = name;
                changed = true;
            }
        }

        foreach (var (_, node) in root["cards"] as JsonObject ?? new JsonObject())
        {
            if (node?["onBehalfOf"] is JsonObject behalf && NameOnBehalf(behalf, names))
            {
                changed = true;
            }
        }

        return changed ? root.ToJsonString(CanvasJson.Options) : state;
    }

    public static void Name(CanvasState state, IReadOnlyDictionary<string, string> names)
    {
        foreach (var member in state.Members.Values)
        {
            if (member.Role == Role.Participant && names.TryGetValue(member.Id, out var name))
            {
                member.DisplayName = name;
            }
        }

        Grains.History.MemberNaming.NameOnBehalf(state, names);
    }

    private static bool IsJoin(CanvasEvent e) => e.Type == EventTypes.MemberJoin;

    /// <summary>A <c>card.add</c> written for someone (looked for before parsing: few payloads carry it).</summary>
    private static bool IsOnBehalf(CanvasEvent e) => e.Type == "card.add" && e.Payload.Contains("\"onBehalfOf\"", StringComparison.Ordinal);

    /// <summary>The person a card was written for gets their name from the roster (<c>""</c> if they have no row).</summary>
    private static string NameOnBehalf(string payload, IReadOnlyDictionary<string, string> names)
    {
        var json = JsonNode.Parse(payload)!.AsObject();
        return json["onBehalfOf"] is JsonObject behalf && NameOnBehalf(behalf, names) ? json.ToJsonString(CanvasJson.Options) : payload;
    }

    private static bool NameOnBehalf(JsonObject behalf, IReadOnlyDictionary<string, string> names)
    {
        if (behalf["kind"]?.GetValue<string>() != OnBehalfOf.MemberKind || behalf["id"]?.GetValue<string>() is not { } id)
        {
            return false;
        }

        behalf["name"] = names.GetValueOrDefault(id, string.Empty);
        return true;
    }

    private static bool IsParticipant(JsonObject member) => member["role"]?.GetValue<string>() == "participant";

    private static string With(JsonObject payload, string name)
    {
        payload["displayName"] = name;
        return payload.ToJsonString(CanvasJson.Options);
    }
}
