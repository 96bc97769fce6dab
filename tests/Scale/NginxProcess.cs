using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Laboratori.Silo.Hosting;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Scale;

/// <summary>
/// nginx in front of some nodes, configured from deploy/nginx/laboratori.conf with only its upstreams' servers and
/// listen address changed, run in the foreground as a child process with a temporary prefix directory.
/// Every response says which node answered (<c>X-Laboratori-Node</c>), so that tests can see where a lab lives.
/// </summary>
public sealed partial class NginxProcess : IAsyncDisposable
{
    public const string NodeHeader = "X-Laboratori-Node";

    private readonly Process _process;
    private readonly string _prefix;

    private NginxProcess(Process process, string prefix, Uri url)
    {
        _process = process;
        _prefix = prefix;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>nginx's error log, for failure messages (it also records each upstream it marked failed).</summary>
    public string ErrorLog => File.Exists(Path.Combine(_prefix, "error.log")) ? File.ReadAllText(Path.Combine(_prefix, "error.log")) : string.Empty;

    public static async Task<NginxProcess> StartAsync(IEnumerable<Uri> nodes, TimeSpan timeout)
    {
        var nginx = FindNginx();
        var prefix = Directory.CreateTempSubdirectory("laboratori-nginx-").FullName;
        var port = LocalPorts.Free();
        File.WriteAllText(Path.Combine(prefix, "laboratori.conf"), ConfigureSite(File.ReadAllText(Repository.PathOf("deploy", "nginx", "laboratori.conf")), nodes, port));
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                add_header {{NodeHeader}} $upstream_addr always;
                include {{prefix}}/laboratori.conf;
            }
            """);

        var start = new ProcessStartInfo(nginx)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-p", prefix, "-e", Path.Combine(prefix, "error.log"), "-c", Path.Combine(prefix, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProcess(process, prefix, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await proxy.WaitUntilServingAsync(timeout);
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }

    /// <summary>The deploy template with these nodes as the servers of each of its upstreams and this loopback port to listen on.</summary>
    private static string ConfigureSite(string template, IEnumerable<Uri> nodes, int port)
    {
        var upstreams = UpstreamServers().Matches(template);
        Assert.True(upstreams.Count > 0, "deploy/nginx/laboratori.conf has no upstream server lines to replace.");
        var site = UpstreamServers().Replace(template, upstream =>
        {
            var options = UpstreamServer().Match(upstream.Value).Groups["options"].Value;
            return string.Concat(nodes.Select(n => $"    server {n.Host}:{n.Port.ToString(CultureInfo.InvariantCulture)}{options};\n"));
        });
        Assert.Single(Listen().Matches(site));
        return Listen().Replace(site, $"listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)};");
    }

    private static string FindNginx()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, "nginx")).FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            "nginx is not installed, so the tests of several nodes behind nginx cannot run. Run ./test.sh, which installs " +
            "Debian's nginx-light, or install nginx yourself.");
    }

    private Task WaitUntilServingAsync(TimeSpan timeout) =>
        Serving.WaitAsync(_process, Url, timeout, () => $"nginx exited with code {_process.ExitCode}:{Environment.NewLine}{ErrorLog}");

    [GeneratedRegex(@"^[ \t]*server[ \t]+[^\s;]+:\d+(?<options>[^;\n]*);[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    /// <summary>One upstream's server lines, one after the other.</summary>
    [GeneratedRegex(@"(?:^[ \t]*server[ \t]+[^\s;]+:\d+[^;\n]*;[ \t]*\n)+", RegexOptions.Multiline)]
    private static partial Regex UpstreamServers();

    [GeneratedRegex(@"listen[ \t]+\d+;")]
    private static partial Regex Listen();
}
