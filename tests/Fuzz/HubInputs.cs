using System.Text.Json.Nodes;

namespace Laboratori.Tests.Fuzz;

/// <summary>
/// Operation payloads as the protocol shapes them (docs/protocol.md, "Operations"), filled from <see cref="Junk"/>, and
/// their mutations: a field dropped, a field of the wrong kind, a field too many, a payload that is not an object, a
/// type that does not exist.
/// </summary>
public sealed class HubInputs(Junk junk)
{
    private readonly Dictionary<string, Func<JsonObject>> _shapes = new()
    {
        ["card.add"] = () => new() { ["cardId"] = junk.Id(), ["lane"] = junk.Lane(), ["text"] = junk.Text(), ["colour"] = junk.Colour(), ["x"] = junk.Number(), ["y"] = junk.Number() },
        ["card.edit"] = () => new() { ["cardId"] = junk.Id(), ["text"] = junk.Text() },
        ["card.move"] = () => new() { ["cardId"] = junk.Id(), ["lane"] = junk.Lane(), ["x"] = junk.Number(), ["y"] = junk.Number() },
        ["card.colour"] = () => new() { ["cardId"] = junk.Id(), ["colour"] = junk.Colour() },
        ["card.theme"] = () => new() { ["cardId"] = junk.Id(), ["themeId"] = junk.Id() },
        ["card.delete"] = () => new() { ["cardId"] = junk.Id() },
        ["card.merge"] = () => new() { ["cardId"] = junk.Id(), ["intoId"] = junk.Id(), ["text"] = junk.Chance(0.5) ? null : junk.Text() },
        ["link.add"] = () => new() { ["linkId"] = junk.Id(), ["from"] = junk.Id(), ["to"] = junk.Id() },
        ["link.delete"] = () => new() { ["linkId"] = junk.Id() },
        ["vote.cast"] = () => new() { ["cardId"] = junk.Id() },
        ["vote.retract"] = () => new() { ["cardId"] = junk.Id() },
        ["comment.add"] = () => new() { ["commentId"] = junk.Id(), ["cardId"] = junk.Id(), ["text"] = junk.Text() },
        ["comment.delete"] = () => new() { ["commentId"] = junk.Id() },
        ["theme.add"] = () => new() { ["themeId"] = junk.Id(), ["title"] = junk.Text() },
        ["theme.rename"] = () => new() { ["themeId"] = junk.Id(), ["title"] = junk.Text() },
        ["theme.colour"] = () => new() { ["themeId"] = junk.Id(), ["colour"] = junk.Colour() },
        ["theme.delete"] = () => new() { ["themeId"] = junk.Id() },
        ["reaction.add"] = () => new() { ["cardId"] = junk.Id(), ["kind"] = junk.Pick<string>(["accordo", "cuore", "idea", "boh"]) },
        ["reaction.remove"] = () => new() { ["cardId"] = junk.Id(), ["kind"] = junk.Pick<string>(["accordo", "idea", "boh"]) },
        ["lab.phase"] = () => new() { ["phase"] = junk.Phase() },
        ["lab.lock"] = () => new() { ["locked"] = junk.Chance(0.3) },
        ["lab.voteBudget"] = () => new() { ["budget"] = junk.Pick<int>([0, 5, 50, 51, -1]) },
        ["lab.timer"] = () => new() { ["seconds"] = junk.Chance(0.3) ? null : junk.Number() },
        ["lab.private"] = () => new() { ["enabled"] = junk.Chance(0.5) },
        ["lab.reveal"] = () => new() { ["cardIds"] = junk.Chance(0.3) ? null : new JsonArray(junk.Id(), junk.Id()) },
        ["lab.anonymous"] = () => new() { ["enabled"] = junk.Chance(0.5) },
        ["lab.follow"] = () => new() { ["enabled"] = junk.Chance(0.5) },
        ["meeting.open"] = () => new() { ["title"] = junk.Chance(0.5) ? null : junk.Text() },
        ["meeting.close"] = () => new JsonObject(),
        ["groups.split"] = () => new()
        {
            ["groups"] = new JsonArray(
                new JsonObject { ["groupId"] = junk.Id(), ["name"] = junk.Text(), ["members"] = new JsonArray(junk.Id()) },
                new JsonObject { ["groupId"] = junk.Id(), ["name"] = junk.Text(), ["members"] = new JsonArray() }),
        },
        ["groups.reconvene"] = () => new JsonObject(),
        // Only ids of nobody: removing a real participant would close their connection, which the run needs open.
        ["member.remove"] = () => new() { ["memberId"] = junk.Pick<string>(["p-nessuno", "", "staff-facilitatore"]) },
        ["action.owners"] = () => new() { ["cardId"] = junk.Id(), ["people"] = new JsonArray(junk.Id()), ["enti"] = new JsonArray(junk.Text()) },
        ["action.deadline"] = () => new() { ["cardId"] = junk.Id(), ["deadline"] = junk.Pick<string?>(["2027-01-31", "2027-02-30", "domani", null]) },
        ["action.status"] = () => new() { ["cardId"] = junk.Id(), ["status"] = junk.Pick<string>(["in_corso", "fatto", "forse"]) },
    };

    public IReadOnlyCollection<string> Types => _shapes.Keys;

    /// <summary>A payload of <paramref name="type"/>'s shape, with values that may or may not be valid.</summary>
    public JsonObject Shaped(string type) => _shapes[type]();

    /// <summary>A mutation of a shaped payload, and what kind of mutation it is.</summary>
    public (string Kind, string Type, JsonNode? Payload) Mutated()
    {
        var type = junk.Pick(_shapes.Keys.ToList());
        var payload = Shaped(type);
        switch (junk.Random.Next(6))
        {
            case 0 when payload.Count > 0:
                payload.Remove(junk.Pick(payload.Select(p => p.Key).ToList()));
                return ("dropped", type, payload);
            case 1 when payload.Count > 0:
                payload[junk.Pick(payload.Select(p => p.Key).ToList())] = junk.Anything();
                return ("wrong-kind", type, payload);
            case 2:
                payload["unexpected"] = junk.Anything();
                return ("extra", type, payload);
            case 3:
                return ("not-object", type, junk.Pick<Func<JsonNode?>>([() => null, () => new JsonArray(payload), () => JsonValue.Create("testo"), () => JsonValue.Create(7)])());
            case 4:
                return ("unknown-type", junk.Pick<string>(["card.explode", "lab.create", "member.join", "", "CARD.ADD", new string('t', 300)]), payload);
            default:
                return ("other-type", junk.Pick(_shapes.Keys.ToList()), payload);
        }
    }
}
