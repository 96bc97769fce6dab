using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Laboratori.LoadTest.Client;

/// <summary>
/// A SignalR client written against the documented JSON hub protocol over a bare <see cref="ClientWebSocket"/>, as the
/// browser connects: straight to the WebSocket with <c>access_token</c> in the query string (no negotiation, so that one
/// request makes the connection and any node behind a round-robin proxy can take it; or, when asked, negotiate first with
/// the token as a bearer header), handshake, and exchange 0x1E-separated JSON records (or MessagePack). Server
/// invocations arrive on <see cref="Messages"/>.
/// </summary>
public sealed partial class HubClient : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    /// <summary>
    /// One handler for every WebSocket upgrade. Without it each <see cref="ClientWebSocket"/> builds its own
    /// <see cref="SocketsHttpHandler"/> (and connection pool), which does not scale to thousands of connections.
    /// </summary>
    private static readonly HttpMessageInvoker SocketInvoker = new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.Zero,
        ConnectTimeout = TimeSpan.FromSeconds(30),
    });
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ArrayBufferWriter<byte> _sendBuffer = new(256);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<ServerMessage> _messages = Channel.CreateUnbounded<ServerMessage>(new() { SingleWriter = true });
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private long _nextInvocationId;
    private long _bytesReceived;
    private long _bytesSent;
    private int _disposed;
    private Task _receiving = Task.CompletedTask;
    private Task _keepingAlive = Task.CompletedTask;

    private readonly IHubMessageHandler? _handler;
    private readonly HubProtocolKind _protocol;

    private HubClient(ClientWebSocket socket, IHubMessageHandler? handler, HubProtocolKind protocol)
    {
        _socket = socket;
        _handler = handler;
        _protocol = protocol;
    }

    /// <summary>WebSocket payload bytes read from the server so far (frame headers not counted).</summary>
    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    /// <summary>WebSocket payload bytes sent to the server so far (frame headers not counted).</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>The headers of the server's answer to the WebSocket upgrade (a proxy may say there which node took it).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>>? UpgradeResponseHeaders { get; private init; }

    /// <summary>The hub protocol this connection speaks.</summary>
    public HubProtocolKind Protocol => _protocol;

    /// <summary>What the server invoked on this client, in arrival order. Completes when the connection closes.</summary>
    public ChannelReader<ServerMessage> Messages => _messages.Reader;

    /// <summary>Completes when the connection ends, with the error of the server's Close message if it sent one.</summary>
    public Task<string?> Closed => _closed.Task;

    /// <summary>Connects to the lab hub at <c>/hubs/lab</c>; <paramref name="token"/> null connects anonymously (which the hub refuses).</summary>
    public static Task<HubClient> ConnectAsync(Uri baseUrl, string? token, CancellationToken cancellationToken = default) =>
        ConnectAsync(baseUrl, token, "hubs/lab", cancellationToken);

    public static Task<HubClient> ConnectAsync(Uri baseUrl, string? token, string hubPath, CancellationToken cancellationToken = default) =>
        ConnectAsync(baseUrl, token, hubPath, handler: null, cancellationToken);

    /// <summary>
    /// Connects to the hub at <paramref name="hubPath"/>, which may carry a query (<c>hubs/lab?lab=…</c>, what a proxy
    /// routes on): as the official clients do, it is kept on the negotiation and on the WebSocket URL. With
    /// <paramref name="handler"/> (if not null) receiving each server invocation synchronously on the
    /// receive loop, as raw JSON, instead of <see cref="Messages"/>: no copy, no queue (the load generator's path).
    /// </summary>
    public static Task<HubClient> ConnectAsync(Uri baseUrl, string? token, string hubPath, IHubMessageHandler? handler, CancellationToken cancellationToken = default) =>
        ConnectAsync(baseUrl, token, hubPath, handler, HubProtocolKind.Json, cancellationToken);

    /// <summary>As above, speaking <paramref name="protocol"/>; a handler still gets each invocation as its JSON record.</summary>
    public static Task<HubClient> ConnectAsync(Uri baseUrl, string? token, string hubPath, IHubMessageHandler? handler, HubProtocolKind protocol, CancellationToken cancellationToken = default) =>
        ConnectAsync(baseUrl, token, hubPath, handler, protocol, negotiate: false, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="negotiate"/> the client first asks <c>/negotiate</c> for a connection token and
    /// then opens the WebSocket with it (two requests that must reach one node: what a browser falling back from a
    /// refused direct WebSocket does), otherwise it opens the WebSocket at once (SignalR's <c>skipNegotiation</c>).
    /// </summary>
    public static async Task<HubClient> ConnectAsync(Uri baseUrl, string? token, string hubPath, IHubMessageHandler? handler, HubProtocolKind protocol, bool negotiate, CancellationToken cancellationToken = default)
    {
        var hubUrl = new Uri(baseUrl, hubPath);
        var connection = negotiate ? "id=" + Uri.EscapeDataString(await NegotiateAsync(hubUrl, token, cancellationToken)) : null;
        var access = token is null ? null : "access_token=" + Uri.EscapeDataString(token);
        var query = WithQuery(hubUrl, string.Join('&', new[] { connection, access }.OfType<string>()));
        var socketUrl = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == "https" ? "wss" : "ws", Query = query }.Uri;

        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            await socket.ConnectAsync(socketUrl, SocketInvoker, cancellationToken);
        }
        catch (WebSocketException ex)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            throw new HubConnectionRefusedException(status == 0 ? null : status, $"WebSocket upgrade refused ({(int)status}).", ex);
        }

        var client = new HubClient(socket, handler, protocol) { UpgradeResponseHeaders = socket.HttpResponseHeaders };
        socket.HttpResponseHeaders = null;
        await client.StartAsync(cancellationToken);
        return client;
    }

    /// <summary>Invokes a hub method and waits for its completion: its result, or <see cref="HubInvocationException"/> with the server's error.</summary>
    public Task<JsonElement> InvokeAsync(string method, params object?[] arguments) =>
        InvokeAsync((buffer, id) =>
        {
            if (_protocol == HubProtocolKind.MessagePack)
            {
                HubMessagePack.WriteInvocation(buffer, id, method, arguments);
            }
            else
            {
                HubProtocol.WriteInvocation(buffer, id, method, arguments);
            }
        });

    /// <summary>Invokes a hub method with <paramref name="argumentsJson"/> written as the arguments array, as it is: for malformed-input tests.</summary>
    public Task<JsonElement> InvokeWithRawArgumentsAsync(string method, string argumentsJson) =>
        InvokeAsync((buffer, id) =>
        {
            var arguments = JsonDocument.Parse(argumentsJson).RootElement;
            if (_protocol == HubProtocolKind.MessagePack)
            {
                HubMessagePack.WriteInvocation(buffer, id, method, arguments);
            }
            else
            {
                HubProtocol.WriteInvocation(buffer, id, method, arguments);
            }
        });

    private async Task<JsonElement> InvokeAsync(Action<ArrayBufferWriter<byte>, string> write)
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        try
        {
            await SendAsync(buffer => write(buffer, id));
        }
        catch
        {
            _pending.TryRemove(id, out _);
            throw;
        }

        if (_closed.Task.IsCompleted && _pending.TryRemove(id, out _))
        {
            throw new HubInvocationException("The connection is closed.");
        }

        return await completion.Task;
    }

    /// <summary>Invokes a hub method without an invocation id: the server sends no completion, not even for errors.</summary>
    public Task SendAsync(string method, params object?[] arguments) =>
        SendAsync(buffer =>
        {
            if (_protocol == HubProtocolKind.MessagePack)
            {
                HubMessagePack.WriteInvocation(buffer, null, method, arguments);
            }
            else
            {
                HubProtocol.WriteInvocation(buffer, null, method, arguments);
            }
        });

    /// <summary>Sends text as it is, followed by the record separator unless told otherwise: for malformed-input tests.</summary>
    public Task SendRawAsync(string text, bool appendSeparator = true) => SendAsync(buffer =>
    {
        buffer.Write(Encoding.UTF8.GetBytes(text));
        if (appendSeparator)
        {
            buffer.Write([HubProtocol.RecordSeparator]);
        }
    });

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                await _receiving.WaitAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
            {
                // The server went first or is gone; either way the connection is over.
            }
        }

        _socket.Abort();
        await Task.WhenAll(_receiving, _keepingAlive).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _sending.Dispose();
        _stop.Dispose();
    }

    private static async Task<string> NegotiateAsync(Uri hubUrl, string? token, CancellationToken cancellationToken)
    {
        var negotiateUrl = new UriBuilder(hubUrl) { Path = hubUrl.AbsolutePath + "/negotiate", Query = WithQuery(hubUrl, "negotiateVersion=1") }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Post, negotiateUrl);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HubConnectionRefusedException(response.StatusCode, $"Negotiation refused ({(int)response.StatusCode}).");
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return body.RootElement.TryGetProperty("connectionToken", out var connectionToken) && connectionToken.GetString() is { } value
            ? value
            : throw new HubConnectionRefusedException(HttpStatusCode.OK, "Negotiation gave no connectionToken.");
    }

    private static string WithQuery(Uri hubUrl, string more) => string.Join('&', new[] { hubUrl.Query.TrimStart('?'), more }.Where(q => q.Length > 0));

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        _receiving = ReceiveLoopAsync();
        await SendAsync(buffer => buffer.Write((_protocol == HubProtocolKind.MessagePack ? HubMessagePack.Handshake : HubProtocol.Handshake).Span), WebSocketMessageType.Text);
        await _handshake.Task.WaitAsync(cancellationToken);
        _keepingAlive = KeepAliveLoopAsync();
    }

    /// <summary>The server drops a client it has not heard from for 30 seconds (its default), so an idle client still pings.</summary>
    private async Task KeepAliveLoopAsync()
    {
        using var timer = new PeriodicTimer(KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await SendAsync(buffer => buffer.Write((_protocol == HubProtocolKind.MessagePack ? HubMessagePack.PingMessage : HubProtocol.PingMessage).Span));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Stopping, or the connection is gone.
        }
    }

    private Task SendAsync(Action<ArrayBufferWriter<byte>> write) =>
        SendAsync(write, _protocol == HubProtocolKind.MessagePack ? WebSocketMessageType.Binary : WebSocketMessageType.Text);

    private async Task SendAsync(Action<ArrayBufferWriter<byte>> write, WebSocketMessageType frameType)
    {
        await _sending.WaitAsync();
        try
        {
            _sendBuffer.ResetWrittenCount();
            write(_sendBuffer);
            Interlocked.Add(ref _bytesSent, _sendBuffer.WrittenCount);
            await _socket.SendAsync(_sendBuffer.WrittenMemory, frameType, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }
}
