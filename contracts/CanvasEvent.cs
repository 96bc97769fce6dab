using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>
/// A committed change to a lab's canvas. <see cref="Seq"/> starts at 1 and has no gaps; <see cref="Payload"/> is the
/// operation's payload as JSON, normalized by the server, and is written to the wire as a JSON object.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CanvasEvent(
    [property: Id(0)] string LabId,
    [property: Id(1)] long Seq,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Author,
    [property: Id(4)] string ClientOpId,
    [property: Id(5)] string Type,
    [property: Id(6), JsonConverter(typeof(RawJsonConverter))] string Payload);
