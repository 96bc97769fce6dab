using System.Globalization;
using System.Net;

namespace Laboratori.LoadTest.Run;

/// <summary>A process's CPU time, resident memory and threads at one moment, from <c>/proc/&lt;pid&gt;/stat</c> and <c>status</c>.</summary>
public sealed record ProcessSample(long CpuTicks, long RssKb, int Threads, long Timestamp)
{
    /// <summary>USER_HZ: /proc reports CPU time in these (100 on every Linux this runs on).</summary>
    public const double TicksPerSecond = 100;

    public static ProcessSample? Take(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rss = 0;
            var threads = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                {
                    threads = int.Parse(line[8..].Trim(), CultureInfo.InvariantCulture);
                }
            }

            return new ProcessSample(ticks, rss, threads, System.Diagnostics.Stopwatch.GetTimestamp());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Several processes (the nodes of a cluster) as one: CPU, memory and threads summed; null if any is unreadable.</summary>
    public static ProcessSample? Take(IReadOnlyList<int> pids)
    {
        if (pids.Count == 0)
        {
            return null;
        }

        var samples = pids.Select(Take).ToList();
        return samples.Any(s => s is null)
            ? null
            : new ProcessSample(samples.Sum(s => s!.CpuTicks), samples.Sum(s => s!.RssKb), samples.Sum(s => s!.Threads), System.Diagnostics.Stopwatch.GetTimestamp());
    }

    /// <summary>CPU used between two samples, in percent of one core.</summary>
    public static double CpuPercent(ProcessSample from, ProcessSample to)
    {
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp).TotalSeconds;
        return seconds <= 0 ? 0 : (to.CpuTicks - from.CpuTicks) / TicksPerSecond / seconds * 100;
    }
}

/// <summary>Finds the server's process: by the port it listens on (<c>/proc/net/tcp*</c> + <c>/proc/*/fd</c>), or by name.</summary>
public static class ServerProbe
{
    public static int? FindPid(Uri url)
    {
        if (OperatingSystem.IsLinux() && (url.Host is "127.0.0.1" or "localhost" or "[::1]" || IPAddress.TryParse(url.Host, out _)))
        {
            if (ByPort(url.Port) is { } pid)
            {
                return pid;
            }
        }

        return ByName("Laboratori.Web");
    }

    private static int? ByPort(int port)
    {
        var inodes = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length > 9 && f[3] == "0A" && int.Parse(f[1][(f[1].LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    inodes.Add($"socket:[{f[9]}]");
                }
            }
        }

        if (inodes.Count == 0)
        {
            return null;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries(Path.Combine(dir, "fd")))
                {
                    if (new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target))
                    {
                        return pid;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's process, or gone: not ours to read.
            }
        }

        return null;
    }

    private static int? ByName(string name)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != Environment.ProcessId &&
                    File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(name, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone or not readable.
            }
        }

        return null;
    }
}
