using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>Each role lands on «Inicio» with its work for today; a figure opens the list it counts; every home page passes axe.</summary>
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_home_opens_the_review_queue_and_the_dashboard_filtered_by_status()
    {
        var page = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Inicio · región Cusco");
        var violations = (await Accessibility.ViolationsAsync(page)).ToList();

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("avances? por revisar") }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Revisión de avances · región 08");
        await page.GoBackAsync();
        var atRisk = await page.Locator("[data-figure='status-at_risk']").InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "En riesgo" }).First.ClickAsync();
        await Expect(page.Locator("caption").First).ToContainTextAsync($"solo «En riesgo» ({atRisk})");
        violations.AddRange(await Accessibility.ViolationsAsync(page));

        violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("seguridad@wanchaq.demo.pe", "Inicio · Municipalidad de Wanchaq", "puntos? de")]
    [InlineData("presupuesto@wanchaq.demo.pe", "Inicio · Presupuesto PP 0030 de Wanchaq", null)]
    [InlineData("admin@demo.pe", "Inicio · administración", "bloqueadas? o deshabilitadas?")]
    public async Task Each_role_lands_on_its_own_home_page(string email, string heading, string? link)
    {
        var page = await browser.SignedInPageAsync(email);
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        var violations = (await Accessibility.ViolationsAsync(page)).ToList();

        if (link is not null)
        {
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(link) }).ClickAsync();
            (await page.Locator("h1").InnerTextAsync()).Should().NotBe(heading, "the figure leads to the list behind it");
            violations.AddRange(await Accessibility.ViolationsAsync(page));
        }

        violations.Should().BeEmpty();
    }
}
