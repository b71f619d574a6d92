using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>
/// The ministries' national view as its user sees it: every region in one table with the national totals, each region
/// leading to its dashboard and its municipalities, read only (no review, audit, evidence or budget sign-off to open).
/// </summary>
public sealed class NationalViewTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_national_viewer_follows_a_region_to_its_read_only_dashboard()
    {
        var year = TestCatalogue.Year;
        var page = await browser.SignedInPageAsync("nacional@demo.pe");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" }).GetByRole(AriaRole.Link, new() { Name = "Vista nacional" }).ClickAsync();
        await page.GetByLabel("Año del programa").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ver el año" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Vista nacional {year}" })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = $"Cumplimiento por región, {year}" });
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = "Cusco" })).ToContainTextAsync("116");
        await Expect(table.Locator("tfoot")).ToContainTextAsync("Total nacional");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Descargar CSV" })).ToBeVisibleAsync();
        (await Accessibility.ViolationsAsync(page)).Should().BeEmpty();

        await table.GetByRole(AriaRole.Link, new() { Name = "Cusco" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Regiones/08/Cumplimiento\\?anio={year}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Cumplimiento {year} · región Cusco" })).ToBeVisibleAsync();
        await Expect(page.GetByText("avances por revisar")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Revisión de avances" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Auditoría" })).ToHaveCountAsync(0);
        (await Accessibility.ViolationsAsync(page)).Should().BeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Wanchaq" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Cumplimiento {year} · Wanchaq" })).ToBeVisibleAsync();
        await Expect(page.Locator("main a[href*='/Requisitos/']")).ToHaveCountAsync(0);
        await Expect(page.Locator("main a[href*='handler=Sheet'], main a[href*='/Presupuesto']")).ToHaveCountAsync(0);
        await Expect(page.Locator("main form")).ToHaveCountAsync(0);
        (await Accessibility.ViolationsAsync(page)).Should().BeEmpty();

        foreach (var path in new[] { "/Regiones/08", "/Regiones/08/Presupuesto", "/Regiones/08/Capacitacion", "/Municipalidades/080108" })
        {
            var response = await page.GotoAsync(path);
            response!.Status.Should().Be(200, path);
            await Expect(page.Locator("main form[method='post'], main form:not([method])")).ToHaveCountAsync(0);
            var links = await page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var href in links.Distinct(StringComparer.Ordinal))
            {
                (await page.APIRequest.GetAsync(href)).Status.Should().Be(200, $"{path} links to {href}, which the national viewer may open");
            }
        }
    }
}
