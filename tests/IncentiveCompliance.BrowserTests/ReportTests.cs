using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>The secretariat asks for the regional report, watches it finish, downloads it, previews it and schedules it.</summary>
public sealed class ReportTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_requests_downloads_previews_and_schedules_the_regional_report()
    {
        var page = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reportes", Exact = true }).ClickAsync();
        await page.GetByLabel("Año del compromiso").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generar reporte PDF" }).ClickAsync();
        await Expect(page.Locator("tbody tr").First.Locator(".job")).ToHaveTextAsync("Terminado", new() { Timeout = 30_000 });
        var violations = await Accessibility.ViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar PDF" }).First.ClickAsync());
        download.SuggestedFilename.Should().StartWith("reporte-cumplimiento-08-2026-").And.EndWith(".pdf");
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        bytes.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());

        await page.GetByLabel("Generar el reporte automáticamente").SelectOptionAsync("Cada semana");
        await page.GetByLabel("Día de la semana (si es cada semana)").SelectOptionAsync("viernes");
        await page.GetByLabel("Hora (hora de Lima)").SelectOptionAsync("18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar programación" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Programación guardada.");
        await Expect(page.GetByText("Programación actual: Cada viernes a las 18:00 (hora de Lima).")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Ver vista previa en el navegador" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("GOBIERNO REGIONAL CUSCO", new() { IgnoreCase = true });
        await Expect(page.Locator("body")).ToContainTextAsync("VISTA PREVIA");
        violations.Should().BeEmpty();
    }
}
