using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Documents;

/// <summary>
/// Prints a document's HTML page to PDF with headless Chromium, as a browser's "Print to PDF" does: A4 pages from the
/// page's own CSS, no header or footer of the browser's. Each print is a short-lived process with its own temporary
/// profile; at most <see cref="DocumentOptions.MaxConcurrentPrints"/> at once.
/// </summary>
public sealed partial class ChromiumPdf(IOptions<DocumentOptions> options, ILogger<ChromiumPdf> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentPrints));

    public bool Available => File.Exists(options.Value.ChromiumPath);

    /// <summary>The PDF, or null when Chromium is missing, failed or took too long (logged).</summary>
    public async Task<byte[]?> PrintAsync(string html, CancellationToken cancellation = default)
    {
        if (!Available)
        {
            return null;
        }

        await _slots.WaitAsync(cancellation);
        var folder = Directory.CreateTempSubdirectory("laboratori-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "documento.html");
            var pdf = Path.Combine(folder.FullName, "documento.pdf");
            await File.WriteAllTextAsync(page, html, cancellation);
            var start = new ProcessStartInfo(options.Value.ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };

            // The page is ours and holds no script (its Content-Security-Policy forbids any); the sandbox often cannot start
            // in containers, so it is not asked for. Not --blink-settings=scriptEnabled=false: with it headless Chromium
            // exits 0 without writing the PDF (Chromium 156).
            foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                $"--user-data-dir={Path.Combine(folder.FullName, "profilo")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var errors = process.StandardError.ReadToEndAsync(cancellation);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(options.Value.PrintTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                LogTimeout(logger, options.Value.PrintTimeout);
                return null;
            }

            await Task.WhenAll(output, errors);
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                LogFailed(logger, process.ExitCode, (await errors).Length > 500 ? (await errors)[..500] : await errors);
                return null;
            }

            return await File.ReadAllBytesAsync(pdf, cancellation);
        }
        finally
        {
            _slots.Release();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium's helpers may still hold the profile for a moment; the system's temp cleaning takes it.
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Printing a document to PDF took longer than {Timeout}; abandoned")]
    private static partial void LogTimeout(ILogger logger, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium could not print a document to PDF (exit code {ExitCode}): {Errors}")]
    private static partial void LogFailed(ILogger logger, int exitCode, string errors);
}
