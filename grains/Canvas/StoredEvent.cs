using System.Text.Json;
using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Silo.Storage;

namespace Laboratori.Grains.Canvas;

/// <summary>How a canvas event sits in the log: the log keeps seq, time and type; the rest is this record's JSON.</summary>
internal sealed record StoredEvent(
    string Author,
    string ClientOpId,
    [property: JsonConverter(typeof(RawJsonConverter))] string Payload)
{
    public static LogEntry ToEntry(CanvasEvent e) =>
        new(e.Seq, e.At, e.Type, JsonSerializer.Serialize(new StoredEvent(e.Author, e.ClientOpId, e.Payload), CanvasJson.Options),
            new OpKey(e.Author, e.ClientOpId).StoreKey);

    public static CanvasEvent FromEntry(string labId, LogEntry entry)
    {
        var stored = JsonSerializer.Deserialize<StoredEvent>(entry.Data, CanvasJson.Options)
            ?? throw new InvalidDataException($"Event {entry.Seq} of lab {labId} is empty.");
        return new CanvasEvent(labId, entry.Seq, entry.At, stored.Author, stored.ClientOpId, entry.Type, stored.Payload);
    }
}
