using Microsoft.Playwright;

namespace Laboratori.Tests.Browser;

public static class LayoutAssertions
{
    /// <summary>The page is no wider than its viewport: nothing makes people scroll sideways.</summary>
    public static async Task NoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px viewport.");
    }
}
