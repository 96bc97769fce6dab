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
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var filled = 0;
        string? closeError = null;
        try
        {
            while (closeError is null)
            {
                if (filled == buffer.Length)
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
                var start = 0;
                var scanFrom = filled;
                filled += read.Count;
                int end;
                while (closeError is null && (end = Array.IndexOf(buffer, HubProtocol.RecordSeparator, scanFrom, filled - scanFrom)) >= 0)
                {
                    closeError = Dispatch(buffer.AsMemory(start, end - start), receivedAt);
                    start = scanFrom = end + 1;
                }

                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException or OperationCanceledException or ObjectDisposedException)
        {
            closeError ??= ex is JsonException ? "Unreadable message from the server: " + ex.Message : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Shutdown(closeError);
        }
    }

    /// <summary>Handles one record; returns the error of a Close message (empty if it had none) to stop reading.</summary>
    private string? Dispatch(ReadOnlyMemory<byte> record, long receivedAt)
    {
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
        _handshake.TrySetException(new HubConnectionRefusedException(null, reason));
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var waiting))
            {
                waiting.TrySetException(new HubInvocationException(reason));
            }
        }

        _messages.Writer.TryComplete();
        _closed.TrySetResult(closeError);
    }
}
