using System.Text.Json;
using Microsoft.Playwright;

namespace IncentiveCompliance.BrowserTests;

/// <summary>Runs axe-core (IC_AXE_SCRIPT, installed by ./build.sh test) on the current page and lists its violations.</summary>
internal static class Accessibility
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Environment.GetEnvironmentVariable("IC_AXE_SCRIPT");
        return !string.IsNullOrEmpty(path) && File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException("axe-core not found: run ./build.sh test (it installs axe-core with npm and sets IC_AXE_SCRIPT).");
    });

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Script.Value);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })).violations
                .map(v => `${v.id}: ${v.help} → ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        return violations.EnumerateArray().Select(v => $"{page.Url} {v.GetString()}").ToList();
    }
}
