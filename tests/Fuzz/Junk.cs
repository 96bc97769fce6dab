using System.Text.Json.Nodes;

namespace Laboratori.Tests.Fuzz;

/// <summary>Values a fuzzer draws from: well-formed ones that hit real things, and the malformed ones that once broke the server.</summary>
public sealed class Junk(Random random)
{
    private static readonly string?[] Ids = ["c1", "c2", "c3", "c4", "c5", "t1", "t2", "l1", "l2", "k1", "", "../../x y", new string('a', 65), "ç-é", "c1 ", null];
    private static readonly string?[] Texts = ["Servizio di trasporto per anziani", "Sportello unico", "", "   ", new string('x', 501), "<script>alert(1)</script>", "＝1+1", "\t=cmd", "riga\nnuova", null];
    private static readonly string?[] Lanes = ["bisogni", "risorse", "azioni", "altro", "", null];
    private static readonly string?[] Colours = ["giallo", "verde", "rosa", "nero", "", null];
    private static readonly string?[] Phases = ["apertura", "libera", "voto", "sintesi", "fine", "", null];

    public Random Random => random;

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public JsonNode? Id() => Value(Pick(Ids));

    public JsonNode? Text() => Value(Pick(Texts));

    public JsonNode? Lane() => Value(Pick(Lanes));

    public JsonNode? Colour() => Value(Pick(Colours));

    public JsonNode? Phase() => Value(Pick(Phases));

    public JsonNode? Number() => Pick<Func<JsonNode?>>([
        () => JsonValue.Create(random.Next(-50, 5_000)),
        () => JsonValue.Create(random.NextDouble() * 2_000),
        () => JsonValue.Create(1e308),
        () => JsonValue.Create(-1e308),
        () => JsonValue.Create(0),
        () => JsonValue.Create(long.MaxValue),
    ])();

    /// <summary>Anything at all: what a mutation puts where a field was.</summary>
    public JsonNode? Anything() => Pick<Func<JsonNode?>>([
        () => null,
        () => JsonValue.Create(true),
        () => Number(),
        () => Text(),
        () => Id(),
        () => new JsonArray(),
        () => new JsonArray((JsonNode?)null, null),
        () => new JsonArray(Id(), Id()),
        () => new JsonObject(),
        () => new JsonObject { ["x"] = Number(), ["nested"] = new JsonObject { ["deeper"] = new JsonArray(Text()) } },
        () => JsonValue.Create(new string('z', 5_000)),
    ])();

    private static JsonValue? Value(string? text) => text is null ? null : JsonValue.Create(text);
}
