using System.Collections.Concurrent;
using System.Diagnostics;
using Laboratori.Contracts;

namespace Laboratori.LoadTest.Run;

/// <summary>The counters of one run, shared by every simulated participant; all updates are lock-free.</summary>
public sealed class RunMetrics
{
    private readonly ConcurrentDictionary<string, PendingOperation> _pending = new();

    // Events the server hides the sender of from the other participants (votes: docs/protocol.md, "What participants
    // see") come without clientOpId: they are matched by (lab, seq) once the sender's acknowledgement tells the seq.
    private readonly Dictionary<(string Lab, long Seq), PendingOperation> _bySeq = [];
    private readonly Dictionary<(string Lab, long Seq), List<long>> _early = [];
    private readonly Lock _seqGate = new();
    private long _connections;
    private long _connectionFailures;
    private long _opsSent;
    private long _opsAcked;
    private long _eventMessages;
    private long _events;
    private long _presence;
    private long _pointers;
    private long _deliveries;
    private long _expectedDeliveries;
    private long _seqGaps;
    private long _duplicates;

    public ConcurrentDictionary<string, long> Errors { get; } = new();

    public LatencyHistogram Delivery { get; } = new();

    public LatencyHistogram Ack { get; } = new();

    public long Connections => Interlocked.Read(ref _connections);

    public long ConnectionFailures => Interlocked.Read(ref _connectionFailures);

    public long OpsSent => Interlocked.Read(ref _opsSent);

    public long OpsAcked => Interlocked.Read(ref _opsAcked);

    public long EventMessages => Interlocked.Read(ref _eventMessages);

    public long Events => Interlocked.Read(ref _events);

    public long PresenceMessages => Interlocked.Read(ref _presence);

    /// <summary>Other members' presence updates received (a message from the platform carries several).</summary>
    public long PresenceUpdates => Interlocked.Read(ref _pointers);

    public long Deliveries => Interlocked.Read(ref _deliveries);

    public long ExpectedDeliveries => Interlocked.Read(ref _expectedDeliveries);

    public long SeqGaps => Interlocked.Read(ref _seqGaps);

    /// <summary>Events pushed to a connection a second time (at or below a seq already pushed to it).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long ErrorCount => Errors.Values.Sum();

    public long PendingDeliveries
    {
        get
        {
            lock (_seqGate)
            {
                return _pending.Values.Concat(_bySeq.Values).Distinct().Sum(p => (long)Math.Max(0, p.Remaining));
            }
        }
    }

    public void Connected() => Interlocked.Increment(ref _connections);

    public void Disconnected() => Interlocked.Decrement(ref _connections);

    public void ConnectionFailed(string code)
    {
        Interlocked.Increment(ref _connectionFailures);
        Error(code);
    }

    public void Error(string code) => Errors.AddOrUpdate(code, 1, (_, n) => n + 1);

    /// <summary>Before sending: every other participant of the lab should see it.</summary>
    public long Sending(string clientOpId, int peers)
    {
        var sentAt = Stopwatch.GetTimestamp();
        _pending[clientOpId] = new PendingOperation(sentAt, peers);
        Interlocked.Increment(ref _opsSent);
        Interlocked.Add(ref _expectedDeliveries, peers);
        return sentAt;
    }

    public void Acknowledged(long sentAt)
    {
        Interlocked.Increment(ref _opsAcked);
        Ack.Record(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
    }

    /// <summary>Refused: no event will come, so nobody waits for it.</summary>
    public void Failed(string clientOpId, string code)
    {
        if (_pending.TryRemove(clientOpId, out var p))
        {
            Interlocked.Add(ref _expectedDeliveries, -p.Peers);
        }

        Error(code);
    }

    public void EventMessage(int events)
    {
        Interlocked.Increment(ref _eventMessages);
        Interlocked.Add(ref _events, events);
    }

    public void Presence(int updates)
    {
        Interlocked.Increment(ref _presence);
        Interlocked.Add(ref _pointers, updates);
    }

    public void SeqGap() => Interlocked.Increment(ref _seqGaps);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    /// <summary>An operation's event reached one of the sender's peers; false if it was not one this run waits for.</summary>
    public bool Delivered(string clientOpId, long receivedAt)
    {
        if (!_pending.TryGetValue(clientOpId, out var p))
        {
            return false;
        }

        Record(p, receivedAt);
        if (Volatile.Read(ref p.Remaining) <= 0)
        {
            _pending.TryRemove(clientOpId, out _);
        }

        return true;
    }

    /// <summary>The acknowledged seq of an operation whose event peers receive without its clientOpId.</summary>
    public void Sequenced(string clientOpId, string labId, long seq)
    {
        // It stays under its clientOpId too: a server that does not hide the sender (the baseline) delivers it by id.
        lock (_seqGate)
        {
            if (!_pending.TryGetValue(clientOpId, out var p))
            {
                return;
            }

            if (_early.Remove((labId, seq), out var arrived))
            {
                foreach (var receivedAt in arrived)
                {
                    Record(p, receivedAt);
                }
            }

            if (p.Remaining > 0)
            {
                _bySeq[(labId, seq)] = p;
            }
        }
    }

    /// <summary>An event without its clientOpId reached a peer; matched to its operation now or when the sender's ack comes.</summary>
    public void DeliveredWithoutId(string labId, long seq, long receivedAt)
    {
        lock (_seqGate)
        {
            if (_bySeq.TryGetValue((labId, seq), out var p))
            {
                Record(p, receivedAt);
                if (p.Remaining <= 0)
                {
                    _bySeq.Remove((labId, seq));
                }
            }
            else
            {
                (_early.TryGetValue((labId, seq), out var list) ? list : _early[(labId, seq)] = []).Add(receivedAt);
            }
        }
    }

    private void Record(PendingOperation p, long receivedAt)
    {
        Delivery.Record(Stopwatch.GetElapsedTime(p.SentAt, receivedAt).TotalMilliseconds);
        Interlocked.Increment(ref _deliveries);
        Interlocked.Decrement(ref p.Remaining);
    }

    private sealed class PendingOperation(long sentAt, int peers)
    {
#pragma warning disable CA1051 // A field, for Interlocked.
        public int Remaining = peers;
#pragma warning restore CA1051

        public long SentAt { get; } = sentAt;

        public int Peers { get; } = peers;
    }
}
