using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>Action cards put into a lab over the hub by a member of staff: each with a deadline and a status if given.</summary>
internal static class LabActions
{
    public static async Task AddAsync(AccountServer server, string token, string labId, params (string Id, string Text, string? Deadline, string? Status)[] actions)
    {
        await using var peer = new HubPeer(await server.Server.ConnectAsync(token), labId);
        await peer.JoinAsync();
        await peer.ApplyOkAsync("lab.phase", Payloads.Phase("libera"));
        foreach (var (id, text, deadline, status) in actions)
        {
            await peer.ApplyOkAsync("card.add", Payloads.AddCard(id, text, "azioni"));
            if (deadline is not null)
            {
                await peer.ApplyOkAsync("action.deadline", new { cardId = id, deadline });
            }

            if (status is not null)
            {
                await peer.ApplyOkAsync("action.status", new { cardId = id, status });
            }
        }
    }
}
