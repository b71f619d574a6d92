using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>
/// The public ranking: the secretariat publishes it from its dashboard, anyone reads it without signing in (also on a
/// phone), and withdrawing it hides it at once. The test starts from a withdrawn ranking (the demo may publish it) and
/// leaves it withdrawn.
/// </summary>
public sealed class TransparencyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_publishes_the_ranking_and_anyone_reads_it_without_signing_in()
    {
        var violations = new List<string>();
        var secretariat = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        await secretariat.GotoAsync($"/Regiones/08/Cumplimiento?anio={TestCatalogue.Year}");
        if (await secretariat.GetByRole(AriaRole.Button, new() { Name = "Retirar la publicación" }).IsVisibleAsync())
        {
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Retirar la publicación" }).ClickAsync();
        }

        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Publicar el ranking" }).ClickAsync();
        await Expect(secretariat.GetByRole(AriaRole.Button, new() { Name = "Retirar la publicación" })).ToBeVisibleAsync();
        violations.AddRange(await Accessibility.ViolationsAsync(secretariat));

        var visitor = await browser.NewPageAsync();
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.GotoAsync("/Cuenta/Ingresar");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "ranking de cumplimiento de las regiones" }).ClickAsync();
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("Ranking de cumplimiento");
        violations.AddRange(await Accessibility.ViolationsAsync(visitor));
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Cusco", Exact = true }).ClickAsync();
        await visitor.GetByLabel("Año del programa").FillAsync(TestCatalogue.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Ver" }).ClickAsync();

        await Expect(visitor.Locator("h1")).ToHaveTextAsync($"Ranking de cumplimiento {TestCatalogue.Year} · región Cusco");
        (await visitor.Locator("tbody tr").CountAsync()).Should().Be(116);
        (await visitor.Locator("tbody tr .status").First.InnerTextAsync()).Should().NotBeNullOrWhiteSpace("the status is written, not only coloured");
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Descargar CSV" })).ToBeVisibleAsync();
        (await visitor.Locator("header nav").CountAsync()).Should().Be(0, "a visitor gets no signed-in navigation");
        (await visitor.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "the wide table scrolls in its own box");
        violations.AddRange(await Accessibility.ViolationsAsync(visitor));

        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Retirar la publicación" }).ClickAsync();
        await Expect(secretariat.GetByRole(AriaRole.Button, new() { Name = "Publicar el ranking" })).ToBeVisibleAsync();
        (await visitor.ReloadAsync())!.Status.Should().Be(404, "a withdrawn ranking is gone at once");
        violations.Should().BeEmpty();
    }
}
