using System.Text.Json;
using Microsoft.Playwright;

namespace Laboratori.Tests.Browser;

/// <summary>
/// Runs axe-core on a page as users get it, Content-Security-Policy included. The script is loaded from the page's own
/// origin (a path the test answers itself) rather than as an inline tag: the app's policy rightly refuses inline scripts.
/// </summary>
internal static class Axe
{
    private const string ScriptPath = "/__tests/axe.min.js";

    private static readonly string Script = Support.Repository.PathOf("web", "client", "node_modules", "axe-core", "axe.min.js");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The page's accessibility violations of any impact.</summary>
    public static async Task<List<AxeViolation>> ScanAsync(IPage page)
    {
        await page.RouteAsync("**" + ScriptPath, route => route.FulfillAsync(new() { Path = Script, ContentType = "text/javascript" }));
        await page.AddScriptTagAsync(new() { Url = ScriptPath });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.length, where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') })))");
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }
}
