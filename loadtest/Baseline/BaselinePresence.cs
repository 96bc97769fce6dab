using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;

namespace Laboratori.LoadTest.Baseline;

/// <summary>
/// Presence in the bare hub batched as the platform batches it (web/Hubs/PresenceRelay): per lab the latest update of
/// each member, one message to the lab's group every interval, a lab still writing its last batch skips the round, and
/// a member's update equal to the one last sent is left out. Only the relaying, none of the platform's checks.
/// </summary>
public sealed class BaselinePresence(IHubContext<BaselineHub> hub, TimeSpan interval) : BackgroundService
{
    private readonly ConcurrentDictionary<string, LabPresence> _labs = new();

    public void Post(string labId, string memberId, BaselinePresenceUpdate update)
    {
        var lab = _labs.GetOrAdd(labId, _ => new LabPresence());
        lock (lab)
        {
            lab.Latest[memberId] = update;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (labId, lab) in _labs)
            {
                List<BaselinePresenceUpdate> updates;
                lock (lab)
                {
                    if (!lab.Sending.IsCompleted || lab.Latest.Count == 0)
                    {
                        continue;
                    }

                    updates = [];
                    foreach (var (member, update) in lab.Latest)
                    {
                        if (!lab.Sent.TryGetValue(member, out var last) || last.Key != update.Key)
                        {
                            lab.Sent[member] = update;
                            updates.Add(update);
                        }
                    }

                    lab.Latest.Clear();
                }

                if (updates.Count > 0)
                {
                    var sending = hub.Clients.Group(labId).SendAsync("Presence", labId, updates, stoppingToken);
                    lock (lab)
                    {
                        lab.Sending = sending;
                    }
                }
            }
        }
    }

    private sealed class LabPresence
    {
        public Dictionary<string, BaselinePresenceUpdate> Latest { get; } = [];

        public Dictionary<string, BaselinePresenceUpdate> Sent { get; } = [];

        public Task Sending { get; set; } = Task.CompletedTask;
    }
}

/// <summary>One member's presence as the platform sends it (docs/protocol.md, "Presence").</summary>
public sealed record BaselinePresenceUpdate(string MemberId, string DisplayName, JsonElement? Cursor, JsonElement? Editing, JsonElement? Viewport)
{
    /// <summary>What the update says, to tell an unchanged one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key { get; } = Cursor?.GetRawText() + "|" + Editing?.GetRawText() + "|" + Viewport?.GetRawText();
}
