using System.Buffers;
using System.Text.Json;

namespace Laboratori.LoadTest.Client;

/// <summary>
/// The SignalR JSON hub protocol, version 1: UTF-8 JSON records, each ended by the record separator 0x1E, over one
/// WebSocket. Message types used here: 1 Invocation, 3 Completion, 6 Ping, 7 Close.
/// </summary>
internal static class HubProtocol
{
    public const byte RecordSeparator = 0x1E;

    public const int Invocation = 1;
    public const int Completion = 3;
    public const int Ping = 6;
    public const int Close = 7;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static ReadOnlyMemory<byte> Handshake { get; } = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();

    public static ReadOnlyMemory<byte> PingMessage { get; } = "{\"type\":6}\u001e"u8.ToArray();

    /// <summary>Writes an invocation record; without an <paramref name="invocationId"/> the server sends no completion.</summary>
    public static void WriteInvocation(IBufferWriter<byte> buffer, string? invocationId, string target, object?[] arguments) =>
        WriteInvocation(buffer, invocationId, target, writer =>
        {
            writer.WriteStartArray();
            foreach (var argument in arguments)
            {
                JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), Json);
            }

            writer.WriteEndArray();
        });

    /// <summary>Writes an invocation whose arguments are <paramref name="arguments"/> as given, array or not.</summary>
    public static void WriteInvocation(IBufferWriter<byte> buffer, string invocationId, string target, JsonElement arguments) =>
        WriteInvocation(buffer, invocationId, target, arguments.WriteTo);

    private static void WriteInvocation(IBufferWriter<byte> buffer, string? invocationId, string target, Action<Utf8JsonWriter> writeArguments)
    {
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type", Invocation);
            if (invocationId is not null)
            {
                writer.WriteString("invocationId", invocationId);
            }

            writer.WriteString("target", target);
            writer.WritePropertyName("arguments");
            writeArguments(writer);
            writer.WriteEndObject();
        }

        buffer.Write([RecordSeparator]);
    }
}
