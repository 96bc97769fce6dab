using System.Diagnostics;

namespace Laboratori.LoadTest.Baseline;

/// <summary>
/// The baseline hub in a child process of the load test (this same program, command <c>serve-baseline</c>), so that it
/// has a process of its own like the platform's server: its CPU and memory are measured the same way, and it does not
/// share a thread pool and a garbage collector with the simulated clients.
/// </summary>
public sealed class BaselineProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BaselineProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    public static async Task<BaselineProcess> StartAsync(TimeSpan timeout, BaselinePresenceMode presence = BaselinePresenceMode.Batched)
    {
        // This program again, through the same dotnet host when there is one.
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(BaselineProcess).Assembly.Location);

        start.ArgumentList.Add("serve-baseline");
        start.ArgumentList.Add(presence == BaselinePresenceMode.Relay ? "relay" : "batched");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The baseline process did not start.");
        try
        {
            // Its first line is the address it listens on.
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(timeout);
            if (line is null || !Uri.TryCreate(line.Trim(), UriKind.Absolute, out var url))
            {
                throw new InvalidOperationException($"The baseline process said '{line}' instead of its address.");
            }

            return new BaselineProcess(process, url);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The <c>serve-baseline</c> command: serve on a free loopback port, print the address, stop when standard input
    /// closes or on SIGTERM / Ctrl+C.
    /// </summary>
    public static async Task<int> ServeAsync(BaselinePresenceMode presence)
    {
        await using var server = await BaselineServer.StartAsync(presence: presence);
        Console.WriteLine(server.Url);
        await Console.Out.FlushAsync();
        var stopped = new TaskCompletionSource();
        using var registration = server.Stopping.Register(stopped.SetResult);
        await Task.WhenAny(Task.Run(() => Console.In.ReadToEnd()), stopped.Task);
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
