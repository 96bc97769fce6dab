using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>Staff sign in as people do: the home page's form, then the workspace.</summary>
internal static class StaffSignIn
{
    /// <summary>Signs in with the home page's staff form and waits until the workspace ("Area di lavoro") is shown.</summary>
    public static async Task FromHomeAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/");
        await page.Locator("#staff-user").FillAsync(userName);
        await page.Locator("#staff-password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Area di lavoro", Level = 1 })).ToBeVisibleAsync();
    }
}
