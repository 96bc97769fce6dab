using System.Globalization;
using System.Text.Json;
using Bogus;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Run;

/// <summary>
/// One participant: one hub connection. It counts and times what the server pushes (without queueing it), and acts
/// with a realistic mix of operations at a Poisson pace; one that <paramref name="moves"/> moves its pointer at a steady
/// rate and sends each new position, as the browser does (which sends nothing while the pointer rests).
/// </summary>
public sealed class SimulatedParticipant(SimulatedLab lab, RunMetrics metrics, int number, HubProtocolKind protocol = HubProtocolKind.Json, bool moves = true) : IHubMessageHandler
{
    private const int VotesToUse = 3;
    private static readonly string[] Lanes = ["bisogni", "risorse", "azioni"];

    [ThreadStatic]
    private static Faker? t_faker;

    private readonly string _prefix = "o" + number.ToString("x", CultureInfo.InvariantCulture) + "-" + Random.Shared.Next(1 << 20).ToString("x", CultureInfo.InvariantCulture);
    private readonly List<string> _ownCards = [];
    private readonly Dictionary<string, int> _votes = [];
    private readonly Random _random = new(number);
    private long _lastSeq = -1;
    private long _lastPushedSeq = -1;
    private long _received;
    private int _next;

    public HubClient? Client { get; private set; }

    public string? MemberId { get; private set; }

    public SimulatedLab Lab => lab;

    private static Faker Faker => t_faker ??= new Faker("it");

    /// <summary>Joins through the REST API and the hub; failures are counted, not thrown.</summary>
    public async Task<bool> JoinAsync(LabApiClient api, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            // A number after the name: two simulated people of one lab with the same random name would be asked whether
            // they are the same person (adherent_match), as the join form asks a real one.
            var join = await api.JoinAsync(lab.JoinCode, Faker.Name.FullName() + " " + (number + 1).ToString(CultureInfo.InvariantCulture), cancellationToken);
            MemberId = join.ParticipantId;
            // The lab in the query lets a proxy keep a lab's connections together when it is configured to (deploy/nginx).
            Client = await HubClient.ConnectAsync(url, join.Token, "hubs/lab?lab=" + Uri.EscapeDataString(lab.Id), this, protocol, cancellationToken);
            var reply = await Client.InvokeAsync("Join", lab.Id, null).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            if (ErrorCode(reply) is { } code)
            {
                metrics.ConnectionFailed("join:" + code);
                return false;
            }

            if (reply.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Object && state.TryGetProperty("seq", out var seq))
            {
                Interlocked.CompareExchange(ref _lastSeq, seq.GetInt64(), -1);
            }

            metrics.Connected();
            lab.MemberJoined();
            _ = Client.Closed.ContinueWith(
                closed =>
                {
                    metrics.Disconnected();
                    lab.MemberLeft();
                    if (!_stopping)
                    {
                        // The server's or the reader's reason, when there is one, says what went wrong.
                        metrics.Error(closed.Result is { Length: > 0 } reason ? "connection_closed: " + reason[..Math.Min(80, reason.Length)] : "connection_closed");
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return true;
        }
        catch (LabApiException ex)
        {
            metrics.ConnectionFailed("rest:" + (ex.Code ?? ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture)));
        }
        catch (HubConnectionRefusedException ex)
        {
            metrics.ConnectionFailed("hub_refused:" + (ex.StatusCode is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "connect"));
        }
        catch (Exception ex) when (ex is HttpRequestException or HubInvocationException or TimeoutException or System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException)
        {
            metrics.ConnectionFailed("connect:" + ex.GetType().Name);
        }

        return false;
    }

    private volatile bool _stopping;

    public void Stopping() => _stopping = true;

    /// <summary>How many operations of the others this participant has received.</summary>
    public long DeliveriesReceived => Interlocked.Read(ref _received);

    /// <summary>
    /// Operations at <paramref name="rate"/> per second until <paramref name="until"/>: the first at a random moment
    /// within the first 1/rate seconds (so everyone acts in any window that long), then at exponential gaps (Poisson).
    /// </summary>
    public async Task ActAsync(double rate, CancellationToken until)
    {
        if (Client is null || rate <= 0)
        {
            return;
        }

        try
        {
            var gap = _random.NextDouble() / rate;
            while (!until.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(gap, 600)), until);
                gap = -Math.Log(1 - _random.NextDouble()) / rate;
                await OneOperationAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The measured window is over.
        }
    }

    /// <summary>
    /// The pointer moving at <paramref name="hertz"/> (a step of up to 80 px each time, starting at a random phase), until
    /// <paramref name="until"/>; now and then (one move in ten) the card being edited changes. Idle members send nothing.
    /// </summary>
    public async Task PresenceAsync(double hertz, CancellationToken until)
    {
        if (Client is null || hertz <= 0 || !moves)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(_random.NextDouble() / hertz), until);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / hertz));
            var (x, y) = (_random.Next(0, 1600), _random.Next(0, 900));
            string? editing = null;
            do
            {
                var (nx, ny) = (Math.Clamp(x + _random.Next(-80, 81), 0, 1600), Math.Clamp(y + _random.Next(-80, 81), 0, 900));
                (x, y) = (nx, ny) == (x, y) ? (x == 0 ? 1 : x - 1, y) : (nx, ny);
                if (_random.Next(10) == 0)
                {
                    editing = editing is null && _ownCards.Count > 0 ? _ownCards[^1] : null;
                }

                await Client.SendAsync("Presence", lab.Id, new { cursor = new { x, y }, editing });
            }
            while (await timer.WaitForNextTickAsync(until));
        }
        catch (OperationCanceledException)
        {
            // Over.
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            metrics.Error("presence_send_failed");
        }
    }

    public void OnInvocation(string target, ReadOnlySpan<byte> record, long receivedAt)
    {
        if (target == "Presence")
        {
            metrics.Presence(OthersIn(record));
            return;
        }

        if (target != "Events")
        {
            return;
        }

        var reader = new Utf8JsonReader(record);
        using var document = JsonDocument.ParseValue(ref reader);
        var events = document.RootElement.GetProperty("arguments")[1];
        metrics.EventMessage(events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            var seq = e.GetProperty("seq").GetInt64();

            // Pushes may repeat what the Join answer held, never what was pushed before: that would be a second delivery.
            if (seq <= _lastPushedSeq)
            {
                metrics.Duplicate();
            }

            _lastPushedSeq = Math.Max(_lastPushedSeq, seq);
            var last = Interlocked.Read(ref _lastSeq);
            if (seq <= last)
            {
                continue;
            }

            if (last >= 0 && seq > last + 1)
            {
                metrics.SeqGap();
            }

            Interlocked.Exchange(ref _lastSeq, seq);
            if (e.TryGetProperty("clientOpId", out var id) && id.ValueKind == JsonValueKind.String &&
                (!e.TryGetProperty("author", out var author) || author.GetString() != MemberId))
            {
                if (id.GetString() is { Length: 0 })
                {
                    metrics.DeliveredWithoutId(lab.Id, seq, receivedAt);
                    Interlocked.Increment(ref _received);
                }
                else if (metrics.Delivered(id.GetString()!, receivedAt))
                {
                    Interlocked.Increment(ref _received);
                }
            }
        }
    }

    /// <summary>The updates in a <c>Presence</c> invocation that are not this participant's own.</summary>
    private int OthersIn(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        var others = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("memberId"u8) && reader.Read() && !reader.ValueTextEquals(MemberId))
            {
                others++;
            }
        }

        return others;
    }

    public async ValueTask StopAsync()
    {
        _stopping = true;
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }
    }

    private async Task OneOperationAsync()
    {
        var clientOpId = _prefix + "-" + (++_next).ToString(CultureInfo.InvariantCulture);
        var (type, payload, onAck) = Choose(clientOpId);
        var sentAt = metrics.Sending(clientOpId, Math.Max(0, lab.Joined - 1));
        try
        {
            var reply = await Client!.InvokeAsync("Apply", lab.Id, new { clientOpId, type, payload }).WaitAsync(TimeSpan.FromSeconds(30));
            if (ErrorCode(reply) is { } code)
            {
                metrics.Failed(clientOpId, code);
            }
            else
            {
                metrics.Acknowledged(sentAt);
                if (type.StartsWith("vote.", StringComparison.Ordinal))
                {
                    metrics.Sequenced(clientOpId, lab.Id, reply.GetProperty("seq").GetInt64());
                }

                onAck?.Invoke();
            }
        }
        catch (TimeoutException)
        {
            metrics.Error("ack_timeout");
        }
        catch (Exception ex) when (ex is HubInvocationException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            metrics.Error("invocation_failed");
        }
    }

    /// <summary>add 30 %, move 25 %, edit own 15 %, link 10 %, vote 10 %, comment 10 %; add when there is nothing to act on.</summary>
    private (string Type, object Payload, Action? OnAck) Choose(string clientOpId)
    {
        var roll = _random.Next(100);
        var any = lab.AnyCard(_random);
        if (any is null || roll < 30 || (roll < 70 && roll >= 55 && _ownCards.Count == 0))
        {
            if (lab.CardCount < 900)
            {
                var cardId = "c-" + clientOpId;
                return ("card.add", new { cardId, lane = Lanes[_random.Next(Lanes.Length)], text = Text(), colour = (string?)null, x = _random.Next(0, 1600), y = _random.Next(0, 900) },
                    () =>
                    {
                        _ownCards.Add(cardId);
                        lab.AddCard(cardId);
                    });
            }

            roll = 30;
            any ??= lab.AnyCard(_random);
        }

        if (any is not null && roll >= 55 && roll < 70 && _ownCards.Count > 0)
        {
            return ("card.edit", new { cardId = _ownCards[_random.Next(_ownCards.Count)], text = Text() }, null);
        }

        if (any is not null && roll >= 70 && roll < 80 && lab.ReserveLink(_random, _ownCards.Count > 0 ? _ownCards[_random.Next(_ownCards.Count)] : any) is { } link)
        {
            return ("link.add", new { linkId = "l-" + clientOpId, from = link.From, to = link.To }, null);
        }

        if (any is not null && roll >= 80 && roll < 90)
        {
            var used = _votes.Values.Sum();
            if (used < VotesToUse)
            {
                _votes[any] = _votes.GetValueOrDefault(any) + 1;
                return ("vote.cast", new { cardId = any }, null);
            }

            var voted = _votes.First(v => v.Value > 0).Key;
            if (--_votes[voted] == 0)
            {
                _votes.Remove(voted);
            }

            return ("vote.retract", new { cardId = voted }, null);
        }

        if (any is not null && roll >= 90)
        {
            return ("comment.add", new { commentId = "m-" + clientOpId, cardId = any, text = Text() }, null);
        }

        return ("card.move", new { cardId = any!, lane = (string?)null, x = _random.Next(0, 1600), y = _random.Next(0, 900) }, null);
    }

    private static string Text()
    {
        var f = Faker;
        return f.Random.Int(0, 2) switch
        {
            0 => $"{f.Commerce.Department()} per {f.Address.City()}",
            1 => f.Lorem.Sentence(4, 4),
            _ => $"{f.Name.JobTitle()}: {f.Commerce.ProductName()}",
        };
    }

    private static string? ErrorCode(JsonElement reply) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? error.TryGetProperty("code", out var code) ? code.GetString() ?? "error" : "error"
            : null;
}
