using System.Collections.Concurrent;

namespace Laboratori.Web.Hubs;

/// <summary>
/// Presence is volatile and frequent: everyone's pointer, a few times a second. Relayed one by one, thirty people at
/// 2 Hz cost each of them 58 messages a second; so each lab keeps only the latest update of each member, and every
/// interval (<c>Limits:PresenceIntervalMilliseconds</c>) the lab's group gets them together in one message. A lab whose
/// previous batch is still being written skips the round and sends the newer positions at the next one: under load
/// pointers move in bigger steps. A member's update equal to the one last sent for them is left out of the batch (a
/// round with nothing new sends nothing): presence costs what it carries. Events never pass through here: they go out
/// as soon as they are committed.
/// </summary>
public sealed partial class PresenceRelay(
    Func<string, IReadOnlyList<PresenceUpdate>, Task> send,
    TimeSpan interval,
    TimeProvider time,
    ILogger<PresenceRelay> log) : BackgroundService
{
    private readonly ConcurrentDictionary<string, LabPresence> _labs = new();

    /// <summary>Keeps <paramref name="update"/> as its member's latest presence in the lab, for the next round.</summary>
    public void Post(string labId, PresenceUpdate update)
    {
        while (true)
        {
            var lab = _labs.GetOrAdd(labId, _ => new LabPresence());
            lock (lab.Gate)
            {
                // A lab that went quiet is retired from the table; then post to its successor.
                if (!lab.Retired)
                {
                    lab.Latest[update.MemberId] = update;
                    return;
                }
            }
        }
    }

    /// <summary>
    /// One round: starts sending each lab's waiting updates, unless the lab's previous batch is still being written.
    /// Does not wait for the sends. Called by one caller at a time (the timer loop).
    /// </summary>
    public void Flush()
    {
        foreach (var (labId, lab) in _labs)
        {
            PresenceUpdate[] updates;
            lock (lab.Gate)
            {
                if (!lab.Sending.IsCompleted)
                {
                    continue;
                }

                if (lab.Latest.Count == 0)
                {
                    lab.Retired = true;
                    _labs.TryRemove(KeyValuePair.Create(labId, lab));
                    continue;
                }

                updates = Changed(lab);
                lab.Latest.Clear();
            }

            if (updates.Length == 0)
            {
                continue;
            }

            // Outside the lab's lock: the send writes to every connection of the lab.
            var sending = SendAsync(labId, updates);
            lock (lab.Gate)
            {
                lab.Sending = sending;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Flush();
        }
    }

    /// <summary>The round's updates that say something new (records compare by value), remembered as sent. Under the lab's lock.</summary>
    private static PresenceUpdate[] Changed(LabPresence lab)
    {
        var changed = new List<PresenceUpdate>(lab.Latest.Count);
        foreach (var (memberId, update) in lab.Latest)
        {
            if (!lab.Sent.TryGetValue(memberId, out var sent) || sent != update)
            {
                lab.Sent[memberId] = update;
                changed.Add(update);
            }
        }

        return [.. changed];
    }

    private async Task SendAsync(string labId, PresenceUpdate[] updates)
    {
        try
        {
            await send(labId, updates);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Presence is volatile: the next round carries newer positions anyway.
            LogNotSent(log, ex, labId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence for lab {LabId} was not sent")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string labId);

    private sealed class LabPresence
    {
        public Lock Gate { get; } = new();

        /// <summary>Each member's latest update since the last round.</summary>
        public Dictionary<string, PresenceUpdate> Latest { get; } = [];

        /// <summary>Each member's update in the last batch that carried one, to leave out the same again.</summary>
        public Dictionary<string, PresenceUpdate> Sent { get; } = [];

        public Task Sending { get; set; } = Task.CompletedTask;

        public bool Retired { get; set; }
    }
}
