using System.Buffers;
using System.Text.Json;
using Laboratori.Web.Hubs.MsgPack;
using MessagePack;

namespace Laboratori.LoadTest.Client;

/// <summary>
/// The SignalR MessagePack hub protocol, version 1: each message a MessagePack array after its length (a variable-length
/// integer, 7 bits a byte), in binary WebSocket frames. Arguments and results are carried in their JSON shapes
/// (<see cref="JsonMessagePack"/>), so the rest of the client reads JSON whichever protocol the connection speaks.
/// </summary>
internal static class HubMessagePack
{
    public static ReadOnlyMemory<byte> Handshake { get; } = "{\"protocol\":\"messagepack\",\"version\":1}\u001e"u8.ToArray();

    /// <summary>[6]: length 1, an array of one, 6.</summary>
    public static ReadOnlyMemory<byte> PingMessage { get; } = new byte[] { 0x01, 0x91, 0x06 };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_message;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_json;

    /// <summary>[1, {}, invocationId or nil, target, [arguments…]], each argument as its JSON shape.</summary>
    public static void WriteInvocation(IBufferWriter<byte> buffer, string? invocationId, string target, object?[] arguments) =>
        WriteInvocation(buffer, invocationId, target, arguments.Length, (ref MessagePackWriter writer) =>
        {
            foreach (var argument in arguments)
            {
                JsonMessagePack.Write(ref writer, JsonSerializer.SerializeToElement(argument, argument?.GetType() ?? typeof(object), HubProtocol.Json));
            }
        });

    /// <summary>An invocation whose arguments are the items of <paramref name="arguments"/>, or <paramref name="arguments"/> itself as the whole arguments value when it is not an array.</summary>
    public static void WriteInvocation(IBufferWriter<byte> buffer, string invocationId, string target, JsonElement arguments)
    {
        var message = Message();
        var writer = new MessagePackWriter(message);
        writer.WriteArrayHeader(5);
        writer.Write(HubProtocol.Invocation);
        writer.WriteMapHeader(0);
        writer.Write(invocationId);
        writer.Write(target);
        JsonMessagePack.Write(ref writer, arguments);
        writer.Flush();
        Frame(buffer, message);
    }

    /// <summary>
    /// The next whole message in <paramref name="data"/>: its body and how many bytes it took with its length; false
    /// while it has not all arrived.
    /// </summary>
    public static bool TryFrame(ReadOnlySpan<byte> data, out int bodyStart, out int bodyLength)
    {
        bodyStart = 0;
        bodyLength = 0;
        var length = 0;
        for (var i = 0; i < Math.Min(5, data.Length); i++)
        {
            length |= (data[i] & 0x7F) << (7 * i);
            if ((data[i] & 0x80) == 0)
            {
                bodyStart = i + 1;
                bodyLength = length;
                return data.Length - bodyStart >= length;
            }
        }

        if (data.Length >= 5)
        {
            throw new MessagePackSerializationException("A message length longer than five bytes.");
        }

        return false;
    }

    /// <summary>Reads the type of a message and, for an invocation without an id, its target.</summary>
    public static (int Type, string? InvocationId, string? Target) ReadHeader(ReadOnlyMemory<byte> body)
    {
        var reader = new MessagePackReader(body);
        reader.ReadArrayHeader();
        var type = reader.ReadInt32();
        if (type is not (HubProtocol.Invocation or HubProtocol.Completion))
        {
            return (type, null, null);
        }

        reader.Skip(); // headers
        var invocationId = reader.TryReadNil() ? null : reader.ReadString();
        return type == HubProtocol.Invocation ? (type, invocationId, reader.ReadString()) : (type, invocationId, null);
    }

    /// <summary>An invocation as the JSON record the JSON protocol would have carried: <c>{"type":1,"target":…,"arguments":[…]}</c>.</summary>
    public static ReadOnlySpan<byte> InvocationAsJson(ReadOnlyMemory<byte> body)
    {
        var reader = new MessagePackReader(body);
        reader.ReadArrayHeader();
        reader.ReadInt32();
        reader.Skip();
        reader.Skip();
        var target = reader.ReadString();
        var json = Json();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type", HubProtocol.Invocation);
            writer.WriteString("target", target);
            writer.WritePropertyName("arguments");
            JsonMessagePack.Read(ref reader, writer);
            writer.WriteEndObject();
        }

        return json.WrittenSpan;
    }

    /// <summary>A completion's outcome: its error, or its result (undefined for a void one) as JSON.</summary>
    public static (string? Error, JsonElement Result) ReadCompletion(ReadOnlyMemory<byte> body)
    {
        var reader = new MessagePackReader(body);
        reader.ReadArrayHeader();
        reader.ReadInt32();
        reader.Skip();
        reader.Skip();
        switch (reader.ReadInt32())
        {
            case 1:
                return (reader.ReadString() ?? "Invocation failed.", default);
            case 3:
                return (null, ToJson(ref reader));
            default:
                return (null, default);
        }
    }

    /// <summary>A close message's error, empty when it has none.</summary>
    public static string ReadCloseError(ReadOnlyMemory<byte> body)
    {
        var reader = new MessagePackReader(body);
        reader.ReadArrayHeader();
        reader.ReadInt32();
        return reader.TryReadNil() ? string.Empty : reader.ReadString() ?? string.Empty;
    }

    /// <summary>One MessagePack value as a JSON element of its own.</summary>
    public static JsonElement ToJson(ref MessagePackReader reader)
    {
        var json = Json();
        using (var writer = new Utf8JsonWriter(json))
        {
            JsonMessagePack.Read(ref reader, writer);
        }

        using var document = JsonDocument.Parse(json.WrittenMemory);
        return document.RootElement.Clone();
    }

    private delegate void ArgumentsWriter(ref MessagePackWriter writer);

    private static void WriteInvocation(IBufferWriter<byte> buffer, string? invocationId, string target, int count, ArgumentsWriter writeArguments)
    {
        var message = Message();
        var writer = new MessagePackWriter(message);
        writer.WriteArrayHeader(5);
        writer.Write(HubProtocol.Invocation);
        writer.WriteMapHeader(0);
        if (invocationId is null)
        {
            writer.WriteNil();
        }
        else
        {
            writer.Write(invocationId);
        }

        writer.Write(target);
        writer.WriteArrayHeader(count);
        writeArguments(ref writer);
        writer.Flush();
        Frame(buffer, message);
    }

    private static void Frame(IBufferWriter<byte> buffer, ArrayBufferWriter<byte> message)
    {
        var length = (uint)message.WrittenCount;
        Span<byte> prefix = stackalloc byte[5];
        var n = 0;
        do
        {
            var b = (byte)(length & 0x7F);
            length >>= 7;
            prefix[n++] = length > 0 ? (byte)(b | 0x80) : b;
        }
        while (length > 0);

        buffer.Write(prefix[..n]);
        buffer.Write(message.WrittenSpan);
    }

    private static ArrayBufferWriter<byte> Message()
    {
        var message = t_message ??= new ArrayBufferWriter<byte>(256);
        message.ResetWrittenCount();
        return message;
    }

    private static ArrayBufferWriter<byte> Json()
    {
        var json = t_json ??= new ArrayBufferWriter<byte>(1024);
        json.ResetWrittenCount();
        return json;
    }
}
