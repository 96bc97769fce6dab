using System.Text.Json;
using MessagePack;

namespace Laboratori.Web.Hubs.MsgPack;

/// <summary>
/// The one mapping between the hub's JSON shapes and MessagePack (docs/protocol.md, "MessagePack"): an object is a map
/// with the same string keys, an array an array, a string a str, true, false and null themselves, an integral number an
/// int and any other number a float64. Nothing else is read (binary, extensions, keys that are not strings, NaN), so a
/// message means the same whichever of the two protocols carried it.
/// </summary>
internal static class JsonMessagePack
{
    /// <summary>As deep as System.Text.Json reads by default: a deeper message is refused, not walked.</summary>
    public const int MaxDepth = 64;

    public static void Write(ref MessagePackWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteMapHeader(value.GetPropertyCount());
                foreach (var property in value.EnumerateObject())
                {
                    writer.Write(property.Name);
                    Write(ref writer, property.Value);
                }

                break;
            case JsonValueKind.Array:
                writer.WriteArrayHeader(value.GetArrayLength());
                foreach (var item in value.EnumerateArray())
                {
                    Write(ref writer, item);
                }

                break;
            case JsonValueKind.String:
                writer.Write(value.GetString());
                break;
            case JsonValueKind.Number when value.TryGetInt64(out var integer):
                writer.Write(integer);
                break;
            case JsonValueKind.Number when value.TryGetUInt64(out var large):
                writer.Write(large);
                break;
            case JsonValueKind.Number:
                writer.Write(value.GetDouble());
                break;
            case JsonValueKind.True:
                writer.Write(true);
                break;
            case JsonValueKind.False:
                writer.Write(false);
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    /// <summary>Reads one MessagePack value and writes it as JSON; throws <see cref="MessagePackSerializationException"/> on anything JSON cannot say.</summary>
    public static void Read(ref MessagePackReader reader, Utf8JsonWriter json, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new MessagePackSerializationException($"Nested deeper than {MaxDepth}.");
        }

        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                json.WriteNullValue();
                break;
            case MessagePackType.Boolean:
                json.WriteBooleanValue(reader.ReadBoolean());
                break;
            case MessagePackType.Integer when reader.NextCode == MessagePackCode.UInt64:
                json.WriteNumberValue(reader.ReadUInt64());
                break;
            case MessagePackType.Integer:
                json.WriteNumberValue(reader.ReadInt64());
                break;
            case MessagePackType.Float:
                var number = reader.ReadDouble();
                json.WriteNumberValue(double.IsFinite(number) ? number : throw new MessagePackSerializationException("NaN and infinities have no JSON shape."));
                break;
            case MessagePackType.String:
                WriteString(ref reader, json, propertyName: false);
                break;
            case MessagePackType.Array:
                var items = reader.ReadArrayHeader();
                json.WriteStartArray();
                for (var i = 0; i < items; i++)
                {
                    Read(ref reader, json, depth + 1);
                }

                json.WriteEndArray();
                break;
            case MessagePackType.Map:
                var members = reader.ReadMapHeader();
                json.WriteStartObject();
                for (var i = 0; i < members; i++)
                {
                    if (reader.NextMessagePackType != MessagePackType.String)
                    {
                        throw new MessagePackSerializationException("Map keys must be strings.");
                    }

                    WriteString(ref reader, json, propertyName: true);
                    Read(ref reader, json, depth + 1);
                }

                json.WriteEndObject();
                break;
            default:
                throw new MessagePackSerializationException($"MessagePack {reader.NextMessagePackType} has no JSON shape.");
        }
    }

    private static void WriteString(ref MessagePackReader reader, Utf8JsonWriter json, bool propertyName)
    {
        // Contiguous UTF-8 (the usual case) goes across without a string in between.
        if (reader.TryReadStringSpan(out var utf8))
        {
            if (propertyName)
            {
                json.WritePropertyName(utf8);
            }
            else
            {
                json.WriteStringValue(utf8);
            }

            return;
        }

        var text = reader.ReadString()!;
        if (propertyName)
        {
            json.WritePropertyName(text);
        }
        else
        {
            json.WriteStringValue(text);
        }
    }
}
