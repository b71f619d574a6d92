using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

public sealed class ApiReferenceTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_api_reference_renders_offline_within_its_content_policy()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var title = (await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("info").GetProperty("title").GetString()!;

        // No BypassCSP here: the page is checked under the policy it is sent with.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, Locale = "es-PE" });
        var elsewhere = new ConcurrentQueue<string>();
        var refused = new ConcurrentQueue<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url) is { Scheme: "data" or "blob" } or { Host: "127.0.0.1" })
            {
                await route.ContinueAsync();
                return;
            }

            elsewhere.Enqueue(route.Request.Url); // recorded, and never let out
            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Enqueue(message.Text);
            }
        };
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
            """);

        var response = await page.GotoAsync("/docs/api");

        response!.Headers["content-security-policy"].Should().Contain("script-src 'self' 'nonce-");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        elsewhere.Should().BeEmpty("the reference works offline: Scalar's bundle, fonts and requests stay on this server");
        refused.Should().BeEmpty("the reference keeps within its content policy");
    }
}
