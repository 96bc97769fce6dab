using System.Collections.Concurrent;
using System.Diagnostics;
using Laboratori.Silo.Hosting;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The web app started the way the README's <c>dotnet run --project web</c> starts it: its own process, the
/// Development environment, the project folder as working directory (so its appsettings and wwwroot), nothing else set
/// but a free port and an empty data folder of its own instead of <c>web/data</c>.
/// </summary>
public sealed class DevelopmentRun : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _data;

    private DevelopmentRun(Process process, Uri url, string data)
    {
        _process = process;
        Url = url;
        _data = data;
    }

    public Uri Url { get; }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    public static async Task<DevelopmentRun> StartAsync(TimeSpan timeout)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/<Configuration>/net10.0/
        var data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "laboratori-run-" + Guid.NewGuid().ToString("N"), "data")).FullName;
        var url = new Uri($"http://127.0.0.1:{LocalPorts.Free()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.PathOf("web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Repository.PathOf("web", "bin", configuration, "net10.0", "Laboratori.Web.dll"), "--urls", url.ToString().TrimEnd('/'), $"--Storage:SqlitePath={Path.Combine(data, "laboratori.db")}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var run = new DevelopmentRun(process, url, data);
        process.OutputDataReceived += (_, e) => run.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => run.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Serving.WaitAsync(process, url, timeout, () => $"The web process exited with code {process.ExitCode} before serving.{Environment.NewLine}{run.Output}");
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }

        return run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_data)!, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process: the temporary folder is the system's to clean.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 500 && _output.TryDequeue(out _))
        {
        }
    }
}
