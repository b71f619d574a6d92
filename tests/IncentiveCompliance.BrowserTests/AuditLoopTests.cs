using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>The whole audit loop as two people do it: Wanchaq's manager and Cusco's secretariat, each in a browser of their own.</summary>
public sealed class AuditLoopTests(BrowserFixture browser)
{
    private static readonly int Year = TestCatalogue.Year;

    [Fact]
    public async Task Submit_observe_correct_approve_and_the_dashboard_score_changes()
    {
        var manager = await browser.SignedInPageAsync("seguridad@wanchaq.demo.pe");
        var secretariat = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        (await WanchaqRow(secretariat)).Should().Contain("0 / 100");

        await SubmitEvidence(manager, "acta-sin-firma.pdf");
        await Review(secretariat, "Observar", "Falta la firma del alcalde.");
        await Expect(secretariat.Locator("main")).ToContainTextAsync("Observado");

        await manager.GotoAsync($"/Municipalidades/080108/Cumplimiento?anio={Year}");
        await Expect(manager.GetByRole(AriaRole.Region, new() { Name = "Qué falta" })).ToContainTextAsync("«Falta la firma del alcalde.»; subsanar hasta el");
        await SubmitEvidence(manager, "acta-firmada.pdf");
        await Review(secretariat, "Aprobar", null);
        await Expect(secretariat.Locator("main")).ToContainTextAsync("Aprobado");

        (await WanchaqRow(secretariat)).Should().Contain("40 / 100");
        var first = secretariat.Locator("tbody tr").First;
        await Expect(first).ToContainTextAsync("Wanchaq", new() { Timeout = 5000 });
        await manager.GotoAsync($"/Municipalidades/080108/Cumplimiento?anio={Year}");
        await Expect(manager.Locator(".summary")).ToContainTextAsync("Puntaje 40 de 100");
    }

    [Fact]
    public async Task A_review_from_a_page_read_before_another_review_is_refused_and_said()
    {
        var manager = await browser.SignedInPageAsync("seguridad@santiago.demo.pe");
        await manager.GotoAsync($"/Municipalidades/080106/Requisitos/M1?anio={Year}");
        await manager.GetByLabel("Nota").FillAsync("Acta de la sesión del CODISEC de Santiago");
        await manager.GetByLabel("Fecha de la evidencia").FillAsync(TestCatalogue.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await manager.GetByLabel("Archivos de evidencia").SetInputFilesAsync(new FilePayload { Name = "acta.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Enviar para revisión" }).ClickAsync();
        await Expect(manager.Locator("main")).ToContainTextAsync("Presentado");
        var first = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync(manager.Url);
        await second.GotoAsync(manager.Url);

        await first.GetByRole(AriaRole.Radio, new() { Name = "Observar" }).CheckAsync();
        await first.GetByLabel("Motivo").FillAsync("Falta la firma del alcalde.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Registrar revisión" }).ClickAsync();
        await Expect(first.Locator("main")).ToContainTextAsync("Observado");
        await second.GetByRole(AriaRole.Radio, new() { Name = "Aprobar" }).CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Registrar revisión" }).ClickAsync();

        await Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("El avance cambió desde que lo leyó");
        await Expect(second.Locator("main")).ToContainTextAsync("«Falta la firma del alcalde.»");
        await Expect(second.Locator("main")).Not.ToContainTextAsync("Aprobado");
    }

    [Fact]
    public async Task The_loop_pages_pass_the_automated_accessibility_check()
    {
        var secretariat = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        var manager = await browser.SignedInPageAsync("seguridad@santiago.demo.pe");
        await manager.GotoAsync($"/Municipalidades/080106/Requisitos/I1?anio={Year}");
        await manager.GetByLabel("Valor del indicador (km/día)").FillAsync("72.5");
        await manager.GetByLabel("Archivos de evidencia").SetInputFilesAsync(new FilePayload { Name = "km.csv", MimeType = "text/csv", Buffer = TestFiles.Csv });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Guardar borrador" }).ClickAsync();
        await Expect(manager.Locator("main")).ToContainTextAsync("Borrador");

        var violations = new List<string>(await Accessibility.ViolationsAsync(manager));
        foreach (var path in new[] { $"/Municipalidades/080106/Cumplimiento?anio={Year}", $"/Municipalidades/080106/Requisitos/I1?anio={Year}" })
        {
            await manager.GotoAsync(path);
            violations.AddRange(await Accessibility.ViolationsAsync(manager));
        }

        foreach (var path in new[] { $"/Regiones/08/Cumplimiento?anio={Year}", "/Revision?estado=draft", $"/Programa?anio={Year}", "/Auditoria", "/Feriados" })
        {
            await secretariat.GotoAsync(path);
            violations.AddRange(await Accessibility.ViolationsAsync(secretariat));
        }

        violations.Should().BeEmpty();
    }

    private static async Task SubmitEvidence(IPage manager, string fileName)
    {
        await manager.GotoAsync($"/Municipalidades/080108/Requisitos/M1?anio={Year}");
        await manager.GetByLabel("Nota").FillAsync("Acta de la sesión del CODISEC");
        await manager.GetByLabel("Fecha de la evidencia").FillAsync(TestCatalogue.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await manager.GetByLabel("Archivos de evidencia").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = TestFiles.Pdf });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Enviar para revisión" }).ClickAsync();
        await Expect(manager.Locator("main")).ToContainTextAsync("Presentado");
        await Expect(manager.Locator(".files")).ToContainTextAsync(fileName);
    }

    private static async Task Review(IPage secretariat, string decision, string? reason)
    {
        await secretariat.GotoAsync("/Revision");
        await secretariat.GetByRole(AriaRole.Link, new() { Name = "M1 · Requisito M1 de Wanchaq" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Radio, new() { Name = decision }).CheckAsync();
        if (reason is not null)
        {
            await secretariat.GetByLabel("Motivo").FillAsync(reason);
        }

        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Registrar revisión" }).ClickAsync();
    }

    private static async Task<string> WanchaqRow(IPage secretariat)
    {
        await secretariat.GotoAsync($"/Regiones/08/Cumplimiento?anio={Year}");
        return await secretariat.Locator("tbody tr").Filter(new() { HasText = "Wanchaq" }).InnerTextAsync();
    }
}
