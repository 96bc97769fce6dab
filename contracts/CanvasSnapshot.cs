using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>The canvas as of <see cref="Seq"/>: the fold's state serialized as JSON (the shape is in docs/protocol.md).</summary>
[GenerateSerializer, Immutable]
public sealed record CanvasSnapshot(
    [property: Id(0)] long Seq,
    [property: Id(1), JsonConverter(typeof(RawJsonConverter))] string State);
