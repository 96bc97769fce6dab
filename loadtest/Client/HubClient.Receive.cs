using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace Laboratori.LoadTest.Client;

public sealed partial class HubClient
{
    /// <summary>Reads records until the connection ends. Records may span WebSocket frames, and a frame may hold several.</summary>
    private async Task ReceiveLoopAsync()
    {
        // Idle connections hold no buffer: wait for data with a zero-byte read, rent only while a record is in flight.
        byte[]? buffer = null;
        var filled = 0;
        string? closeError = null;
        try
        {
            while (closeError is null)
            {
                if (buffer is null)
                {
                    var probe = await _socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
                    if (probe.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }

                    buffer = ArrayPool<byte>.Shared.Rent(4 * 1024);
                }
                else if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var receivedAt = Stopwatch.GetTimestamp();
                Interlocked.Add(ref _bytesReceived, read.Count);
                var start = 0;
                var scanFrom = filled;
                filled += read.Count;
                while (closeError is null && start < filled)
                {
                    // After the handshake (a JSON record in either protocol) MessagePack messages are length-prefixed.
                    if (_protocol == HubProtocolKind.MessagePack && _handshake.Task.IsCompleted)
                    {
                        if (!HubMessagePack.TryFrame(buffer.AsSpan(start, filled - start), out var bodyStart, out var bodyLength))
                        {
                            break;
                        }

                        closeError = DispatchMessagePack(buffer.AsMemory(start + bodyStart, bodyLength), receivedAt);
                        start = scanFrom = start + bodyStart + bodyLength;
                        continue;
                    }

                    var end = Array.IndexOf(buffer, HubProtocol.RecordSeparator, scanFrom, filled - scanFrom);
                    if (end < 0)
                    {
                        break;
                    }

                    closeError = Dispatch(buffer.AsMemory(start, end - start), receivedAt);
                    start = scanFrom = end + 1;
                }

                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
                if (filled == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = null;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException or MessagePack.MessagePackSerializationException or OperationCanceledException or ObjectDisposedException)
        {
            closeError ??= ex is JsonException or MessagePack.MessagePackSerializationException ? "Unreadable message from the server: " + ex.Message : null;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            Shutdown(closeError);
        }
    }

    /// <summary>With a handler, hands a server invocation over as raw JSON after reading only <c>type</c> and <c>target</c>.</summary>
    private bool TryHandOver(ReadOnlySpan<byte> record, long receivedAt)
    {
        var reader = new Utf8JsonReader(record);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int? type = null;
        string? target = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (type is null || target is null))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : -1;
                if (type != HubProtocol.Invocation)
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("target"u8))
            {
                reader.Read();
                target = reader.GetString();
            }
            else if (reader.ValueTextEquals("invocationId"u8))
            {
                return false;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (type != HubProtocol.Invocation || target is null)
        {
            return false;
        }

        _handler!.OnInvocation(target, record, receivedAt);
        return true;
    }

    /// <summary>Handles one record; returns the error of a Close message (empty if it had none) to stop reading.</summary>
    private string? Dispatch(ReadOnlyMemory<byte> record, long receivedAt)
    {
        if (_handler is not null && _handshake.Task.IsCompleted && TryHandOver(record.Span, receivedAt))
        {
            return null;
        }

        using var document = JsonDocument.Parse(record);
        var root = document.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            if (root.TryGetProperty("error", out var refused))
            {
                _handshake.TrySetException(new HubConnectionRefusedException(null, "Handshake refused: " + refused.GetString()));
                return refused.GetString() ?? string.Empty;
            }

            _handshake.TrySetResult();
            return null;
        }

        switch (root.GetProperty("type").GetInt32())
        {
            case HubProtocol.Invocation:
                var arguments = root.TryGetProperty("arguments", out var args) ? args.Clone() : default;
                var list = arguments.ValueKind == JsonValueKind.Array ? arguments.EnumerateArray().ToImmutableArray() : [];
                _messages.Writer.TryWrite(new ServerMessage(root.GetProperty("target").GetString()!, list, receivedAt));
                return null;
            case HubProtocol.Completion:
                Complete(root);
                return null;
            case HubProtocol.Close:
                return root.TryGetProperty("error", out var error) ? error.GetString() ?? string.Empty : string.Empty;
            default:
                return null;
        }
    }

    /// <summary>As <see cref="Dispatch"/>, for one MessagePack message after the handshake.</summary>
    private string? DispatchMessagePack(ReadOnlyMemory<byte> body, long receivedAt)
    {
        var (type, invocationId, target) = HubMessagePack.ReadHeader(body);
        switch (type)
        {
            case HubProtocol.Invocation when _handler is not null && invocationId is null:
                _handler.OnInvocation(target!, HubMessagePack.InvocationAsJson(body), receivedAt);
                return null;
            case HubProtocol.Invocation:
                using (var document = JsonDocument.Parse(HubMessagePack.InvocationAsJson(body).ToArray()))
                {
                    var arguments = document.RootElement.GetProperty("arguments").Clone();
                    var list = arguments.ValueKind == JsonValueKind.Array ? arguments.EnumerateArray().ToImmutableArray() : [];
                    _messages.Writer.TryWrite(new ServerMessage(target!, list, receivedAt));
                }

                return null;
            case HubProtocol.Completion:
                if (invocationId is not null && _pending.TryRemove(invocationId, out var waiting))
                {
                    var (error, result) = HubMessagePack.ReadCompletion(body);
                    if (error is not null)
                    {
                        waiting.TrySetException(new HubInvocationException(error));
                    }
                    else
                    {
                        waiting.TrySetResult(result);
                    }
                }

                return null;
            case HubProtocol.Close:
                return HubMessagePack.ReadCloseError(body);
            default:
                return null;
        }
    }

    private void Complete(JsonElement completion)
    {
        if (!_pending.TryRemove(completion.GetProperty("invocationId").GetString()!, out var waiting))
        {
            return;
        }

        if (completion.TryGetProperty("error", out var error))
        {
            waiting.TrySetException(new HubInvocationException(error.GetString() ?? "Invocation failed."));
        }
        else
        {
            waiting.TrySetResult(completion.TryGetProperty("result", out var result) ? result.Clone() : default);
        }
    }

    private void Shutdown(string? closeError)
    {
        var reason = string.IsNullOrEmpty(closeError) ? "The connection closed." : "The server closed the connection: " + closeError;
        // Closed first: a caller whose invocation fails below may resume at once and must find the connection closed.
        _messages.Writer.TryComplete();
        _closed.TrySetResult(closeError);
        _handshake.TrySetException(new HubConnectionRefusedException(null, reason));
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var waiting))
            {
                waiting.TrySetException(new HubInvocationException(reason));
            }
        }
    }
}
