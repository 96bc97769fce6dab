using Microsoft.Playwright;

namespace Laboratori.Tests.Browser;

/// <summary>
/// One headless Chromium for a test collection: Debian's <c>/usr/bin/chromium</c> (Playwright's own browser download
/// cannot work here), with the flags this machine's closed network needs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots and printed pages go: <c>artifacts/browser</c> at the repository root.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Support.Repository.PathOf("artifacts", "browser")).FullName;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
