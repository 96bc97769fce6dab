using System.Buffers;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;

namespace Laboratori.Web.Hubs.MsgPack;

/// <summary>
/// Writes and reads <typeparamref name="T"/> in MessagePack exactly as the JSON protocol would (same options, same
/// names, raw JSON payloads as objects), through <see cref="JsonMessagePack"/>: one shape, two encodings.
/// </summary>
internal sealed class JsonShapeFormatter<T>(JsonSerializerOptions json) : IMessagePackFormatter<T>
{
    // Deserializing is synchronous: one buffer and one writer per thread, reused.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options) =>
        JsonMessagePack.Write(ref writer, JsonSerializer.SerializeToElement(value, json));

    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = JsonMessagePack.MaxDepth + 1 });
        writer.Reset(buffer);
        try
        {
            JsonMessagePack.Read(ref reader, writer);
            writer.Flush();
            return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, json)!;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // What the JSON protocol would refuse (wrong types, invalid UTF-8): a binding error, the connection stays.
            throw new MessagePackSerializationException("The value does not have the expected shape: " + ex.Message, ex);
        }
        finally
        {
            if (buffer.Capacity > 64 * 1024)
            {
                t_buffer = null;
            }
        }
    }
}
