using System.Collections.Concurrent;
using System.Diagnostics;
using Laboratori.Contracts;
using Laboratori.Silo.Hosting;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Durability;

/// <summary>
/// The web app as its own operating-system process, the way it runs in production, so that a test can kill it with
/// SIGKILL (no shutdown code runs) and start it again on the same database.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    /// <summary>The staff facilitator's password on every web process: long enough for the account rules (10 characters).</summary>
    public const string StaffPassword = "segreta-di-prova";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WebProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The last lines the process wrote (its log at Warning and above): for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts the web app on SQLite under <paramref name="dataDirectory"/>, or on whatever <paramref name="settings"/>
    /// (more <c>--Section:Key=value</c> arguments, e.g. a PostgreSQL connection string) choose.
    /// </summary>
    public static Task<WebProcess> StartAsync(string dataDirectory, TimeSpan timeout, params string[] settings) =>
        StartAsync(new Uri($"http://127.0.0.1:{LocalPorts.Free()}/"), dataDirectory, timeout, settings);

    /// <summary>As above, serving at <paramref name="url"/>: a node started again where a proxy expects it.</summary>
    public static async Task<WebProcess> StartAsync(Uri url, string dataDirectory, TimeSpan timeout, params string[] settings)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/<Configuration>/net10.0/
        var dll = Repository.PathOf("web", "bin", configuration, "net10.0", "Laboratori.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     dll, "--urls", url.ToString().TrimEnd('/'),
                     $"--Storage:SqlitePath={Path.Combine(dataDirectory, "crash.db")}",
                     "--Auth:Staff:0:UserName=facilitatore", "--Auth:Staff:0:Password=" + WebProcess.StaffPassword, "--Auth:Staff:0:Role=facilitator",
                     "--Limits:JoinAttemptsPerMinute=1000", "--Limits:OperationsPerSecond=10000", "--Limits:OperationsBurst=10000",
                     "--Logging:LogLevel:Default=Warning",
                 }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var web = new WebProcess(process, url);
        process.OutputDataReceived += (_, e) => web.KeepLine(e.Data);
        process.ErrorDataReceived += (_, e) => web.KeepLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await web.WaitUntilServingAsync(timeout);
        }
        catch
        {
            // Nobody else holds it yet: a node that did not come up must not outlive the test.
            await web.DisposeAsync();
            throw;
        }

        return web;
    }

    /// <summary>SIGKILL: the process gets no chance to flush or shut down.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// SIGTERM, as an orchestrator or <c>systemctl stop</c> asks a node to stop: the host shuts down gracefully (the silo
    /// leaves the cluster, its grains deactivate). Returns the exit code once the process is gone.
    /// </summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void KeepLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 2000 && _output.TryDequeue(out _))
        {
        }
    }

    private Task WaitUntilServingAsync(TimeSpan timeout) =>
        Serving.WaitAsync(_process, Url, timeout, () => $"The web process exited with code {_process.ExitCode} before serving.{Environment.NewLine}{Output}");
}
