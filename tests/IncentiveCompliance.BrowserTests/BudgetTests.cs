using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>From the MEF file to reviewed figures: the secretariat uploads and watches the import, the budget officer signs a month off.</summary>
public sealed class BudgetTests(BrowserFixture browser)
{
    private static readonly int Year = TestCatalogue.Today.Year - 1;

    private readonly List<string> violations = [];

    [Fact]
    public async Task An_uploaded_file_is_imported_with_progress_and_its_figures_are_reviewed()
    {
        var page = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        await page.GotoAsync("/Presupuesto/Importar");
        await page.GetByLabel("Año").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Archivo").SetInputFilesAsync(new FilePayload { Name = "gasto-mensual.csv", MimeType = "text/csv", Buffer = File() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Subir e importar" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await Expect(page.Locator(".job")).ToHaveTextAsync("Terminado", new() { Timeout = 30_000 });
        await Expect(page.Locator("tr", new() { HasText = "Filas conservadas" }).Locator("td")).ToHaveTextAsync("3");
        await Expect(page.Locator("tr", new() { HasText = "otro programa" }).Locator("td")).ToHaveTextAsync("1");
        violations.AddRange(await Accessibility.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Ver la ejecución de la región" }).ClickAsync();
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("Wanchaq");
        await Expect(page.Locator("tfoot")).ToContainTextAsync("S/ 120,000.00");
        violations.AddRange(await Accessibility.ViolationsAsync(page));

        var officer = await browser.SignedInPageAsync("presupuesto@wanchaq.demo.pe");
        await officer.GotoAsync($"/Municipalidades/080108/Presupuesto?anio={Year}");
        await Expect(officer.Locator(".cards")).ToContainTextAsync("3.3 %");
        var january = officer.Locator("#mes-1");
        await january.GetByRole(AriaRole.Button, new() { Name = "Marcar enero como revisado" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("explique la diferencia");
        await officer.Locator("#mes-1").GetByLabel("Justificación (obligatoria)").FillAsync("El patrullaje integrado empezó en febrero.");
        await officer.Locator("#mes-1").GetByRole(AriaRole.Button, new() { Name = "Marcar enero como revisado" }).ClickAsync();
        await Expect(officer.Locator("#mes-1")).ToContainTextAsync("Revisado por presupuesto@wanchaq.demo.pe");
        await Expect(officer.Locator("#mes-1")).ToContainTextAsync("«El patrullaje integrado empezó en febrero.»");
        violations.AddRange(await Accessibility.ViolationsAsync(officer));
        violations.Should().BeEmpty();
    }

    /// <summary>Wanchaq's PIM and January execution, one row of another program, one of a regional government.</summary>
    private static byte[] File()
    {
        MefRow Row(string month, string pim, string devengado, string program = "0030", string level = "M") => new()
        {
            Ubigeo = "080108", Year = Year.ToString(CultureInfo.InvariantCulture), Month = month, Program = program, Level = level, Pim = pim, Devengado = devengado,
        };

        return new MefFileBuilder { Bom = true }.Rows(
        [
            Row("0", "120000.00", "0"),
            Row("1", "0", "2000.00"),
            Row("1", "0", "2000.00"),
            Row("1", "0", "999.00", program: "9001"),
            Row("1", "0", "999.00", level: "R"),
        ]).Build();
    }
}
