using System.Text.Json;
using System.Text.Json.Nodes;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;

namespace Laboratori.Tests.Domain;

/// <summary>
/// The shared test vectors in tests/vectors: events and the canvas they fold into. The browser's apply is checked
/// against the same files (web/client), so the server's fold and the client's stay one.
/// </summary>
public sealed class FoldVectorTests
{
    public static TheoryData<string> Vectors() => [.. Files()];

    [Theory]
    [MemberData(nameof(Vectors))]
    public void FoldOfTheEventsIsTheExpectedCanvas(string file)
    {
        var vector = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vectors", file)))!;
        var events = vector["events"].Deserialize<List<CanvasEvent>>(CanvasJson.Options)!;

        var state = CanvasFold.Fold(null, events);

        Assert.Equal(Canonical(vector["expected"]), Canonical(JsonNode.Parse(CanvasFold.Serialize(state))));
    }

    [Fact]
    public void VectorsCoverEveryEventType()
    {
        var types = Files().SelectMany(file => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vectors", file)))!["events"]!
            .AsArray().Select(e => e!["type"]!.GetValue<string>())).ToHashSet();
        Assert.Empty(OperationCatalog.ClientOperationTypes.Concat(["lab.create", "member.join", "member.leave"]).Except(types));
    }

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "vectors"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    /// <summary>JSON with object keys sorted and the set of deleted ids sorted: order carries no meaning there.</summary>
    private static string Canonical(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node, string? name = null) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value, p.Key)))),
        JsonArray a when name == "deleted" => new JsonArray([.. a.Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(v))]),
        JsonArray a => new JsonArray([.. a.Select(v => Sort(v))]),
        _ => node?.DeepClone(),
    };
}
