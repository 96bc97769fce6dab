using System.Diagnostics;

namespace Laboratori.Tests.Support;

/// <summary>Waits for a child process (a web node, nginx in front of nodes) to answer HTTP.</summary>
internal static class Serving
{
    /// <summary>
    /// Polls <c>GET api/templates</c> at <paramref name="url"/> until it succeeds; fails with <paramref name="exited"/>'s
    /// message if the process dies first, or when <paramref name="timeout"/> passes.
    /// </summary>
    public static async Task WaitAsync(Process process, Uri url, TimeSpan timeout, Func<string> exited)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(2) };
        using var deadline = new CancellationTokenSource(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await poll.WaitForNextTickAsync(deadline.Token))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(exited());
            }

            try
            {
                if ((await http.GetAsync("api/templates", deadline.Token)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !deadline.IsCancellationRequested))
            {
                // Not listening yet, or too busy starting to answer within the request's own timeout.
            }
        }
    }
}
