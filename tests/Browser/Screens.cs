using Microsoft.Playwright;

namespace Laboratori.Tests.Browser;

/// <summary>A screen photographed as a facilitator would look at it: on a phone, a laptop and a projector.</summary>
internal static class Screens
{
    /// <summary>The widths every main screen is photographed at.</summary>
    public static readonly int[] Widths = [360, 1366, 1920];

    /// <summary>Full-page screenshots <c>{name}-{width}.png</c> at each width, asserting none scrolls sideways; back to 1366 after.</summary>
    public static async Task ShootAsync(IPage page, string name)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, width == 360 ? 780 : 1080);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}-{width}.png"), FullPage = true });
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{name}: horizontal scroll at {width}px");
        }

        await page.SetViewportSizeAsync(1366, 900);
    }

    /// <summary>Axe on the page as it is, then <see cref="ShootAsync"/>; the violations for the caller to assert.</summary>
    public static async Task<List<AxeViolation>> ScanAndShootAsync(IPage page, string name)
    {
        var violations = await Axe.ScanAsync(page);
        await ShootAsync(page, name);
        return violations;
    }
}
