using System.Text.Json;
using System.Text.Json.Serialization;

namespace Laboratori.Grains.Canvas;

/// <summary>The one JSON dialect of payloads, events and the folded state: camelCase, strict about unknown and missing members.</summary>
public static class CanvasJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
