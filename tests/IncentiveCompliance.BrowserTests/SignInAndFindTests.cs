using System.Text;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

public sealed class SignInAndFindTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_regional_secretariat_signs_in_and_finds_Wanchaq()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        page.Url.Should().Contain("/Cuenta/Ingresar", "an anonymous visitor is sent to the login page");
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).Should().Be("rgb(246, 247, 249)", "the stylesheet is served and applied");

        await page.SignInAsync("secretaria.tecnica@cusco.demo.pe");
        await page.GetByRole(AriaRole.Link, new() { Name = "Municipalidades de Cusco", Exact = true }).ClickAsync();
        await page.GetByLabel("Buscar por nombre, provincia o ubigeo").FillAsync("wanchaq");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 municipalidad coincide con «wanchaq».");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Municipalidades de Cusco");

        var rows = page.Locator("tbody tr");
        (await rows.CountAsync()).Should().Be(1);
        (await rows.First.InnerTextAsync()).Should().Contain("080108").And.Contain("Wanchaq").And.Contain("Distrital");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wanchaq" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Municipalidad distrital de Wanchaq");
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_Spanish_on_the_same_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Cuenta/Ingresar");
        await page.SubmitSignInAsync("seguridad@santiago.demo.pe", "equivocada");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Correo o contraseña incorrectos.");
        page.Url.Should().Contain("/Cuenta/Ingresar");
    }

    [Fact]
    public async Task A_municipal_manager_lands_on_their_municipality_and_cannot_open_another()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.SignInAsync("seguridad@wanchaq.demo.pe");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Inicio · Municipalidad de Wanchaq");
        var other = await page.GotoAsync("/Municipalidades/080106");
        other!.Status.Should().Be(403);
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Acceso denegado");
    }

    [Fact]
    public async Task The_administrator_sees_every_bad_row_of_a_rejected_import()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Municipalidades/Importar");
        await page.SignInAsync("admin@demo.pe");
        await page.GetByLabel("Archivo").SetInputFilesAsync(new FilePayload
        {
            Name = "ubigeos.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("departamento;provincia;distrito;ubigeo\nCusco;Cusco;Cusco;080101\nCusco;Cusco;Ccorca;0801\nCusco;Cusco;;080103\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no se importó nada");
        (await page.Locator("tbody tr td:first-child").AllInnerTextsAsync()).Should().Equal("3", "4");
    }

    [Fact]
    public async Task The_pages_pass_the_automated_accessibility_check()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        await page.GotoAsync("/Cuenta/Ingresar");
        violations.AddRange(await Accessibility.ViolationsAsync(page));
        await page.SignInAsync("admin@demo.pe");
        foreach (var path in new[] { "/", "/Regiones", "/Regiones/08?q=cusco", "/Municipalidades/080108", "/Municipalidades/Importar", "/Usuarios", "/Usuarios/Nuevo", "/Estado/404", "/Notificaciones", "/Presupuesto/Importar" })
        {
            await page.GotoAsync(path);
            violations.AddRange(await Accessibility.ViolationsAsync(page));
        }

        violations.Should().BeEmpty();
    }
}
