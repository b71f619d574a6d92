using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

/// <summary>
/// A regional secretariat's account from its creation to its end, as the people involved see it: the administrator opens
/// it, its owner replaces the first password and sets up an authenticator app (the role requires one), signs in again with
/// a code, and the administrator disables it while the owner is still on a page.
/// </summary>
public sealed class AccountLifecycleTests(BrowserFixture browser)
{
    private const string Email = "st.ciclo@cusco.gob.pe";

    [Fact]
    public async Task An_account_is_opened_secured_with_a_second_factor_and_disabled()
    {
        var admin = await browser.SignedInPageAsync("admin@demo.pe");
        await admin.GotoAsync("/Usuarios/Nuevo");
        await admin.GetByLabel("Correo electrónico").FillAsync(Email);
        await admin.GetByLabel("Nombre completo o cargo").FillAsync("Secretaría Técnica (prueba de ciclo)");
        await admin.GetByLabel("Contraseña inicial").FillAsync("Clave2026!");
        await admin.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync("RegionalSecretariat");
        await admin.GetByLabel("Región (solo Secretaría Técnica)").SelectOptionAsync("08");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Crear" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("al menos 12 caracteres");
        await admin.GetByLabel("Contraseña inicial").FillAsync(TestUsers.Passphrase);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Crear" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Row, new() { Name = Email })).ToBeVisibleAsync();

        var owner = await browser.NewPageAsync();
        await owner.GotoAsync("/Cuenta/Ingresar");
        await owner.SubmitSignInAsync(Email, TestUsers.Passphrase);
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Cuenta/Contrasena$"));
        await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("contraseña es temporal");
        (await Accessibility.ViolationsAsync(owner)).Should().BeEmpty();
        await owner.GotoAsync("/Regiones");
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Cuenta/Contrasena$"), new() { Timeout = 5000 });
        await owner.GetByLabel("Contraseña actual").FillAsync(TestUsers.Passphrase);
        await owner.GetByLabel("Nueva contraseña", new() { Exact = true }).FillAsync(TestUsers.OtherPassphrase);
        await owner.GetByLabel("Repita la nueva contraseña").FillAsync(TestUsers.OtherPassphrase);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Cambiar contraseña" }).ClickAsync();

        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Cuenta/DobleFactor$"));
        await Expect(owner.GetByRole(AriaRole.Img, new() { Name = "Código QR para la aplicación de autenticación" })).ToBeVisibleAsync();
        (await Accessibility.ViolationsAsync(owner)).Should().BeEmpty();
        var key = await owner.Locator(".secret").InnerTextAsync();
        await owner.GetByLabel("Código de la aplicación").FillAsync(Totp.CodeForKey(key));
        await owner.GetByRole(AriaRole.Button, new() { Name = "Activar" }).ClickAsync();
        var recoveryCodes = await owner.Locator(".codes li").AllInnerTextsAsync();
        recoveryCodes.Should().HaveCount(10);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Ya los guardé, continuar" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Navigation, new() { Name = "Principal" })).ToContainTextAsync("Revisión");

        await owner.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" }).ClickAsync();
        await owner.SubmitSignInAsync(Email, TestUsers.OtherPassphrase);
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Cuenta/Verificar$"));
        await owner.GetByLabel("Código de su aplicación de autenticación").FillAsync("ZZZZZ-ZZZZZ");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Verificar" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Alert)).ToContainTextAsync("El código no es correcto");
        await owner.GetByLabel("Código de su aplicación de autenticación").FillAsync(Totp.CodeForKey(key));
        await owner.GetByRole(AriaRole.Button, new() { Name = "Verificar" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Navigation, new() { Name = "Principal" })).ToContainTextAsync("Revisión");

        await admin.GotoAsync("/Usuarios");
        var row = admin.GetByRole(AriaRole.Row, new() { Name = Email });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync("Sí");
        (await Accessibility.ViolationsAsync(admin)).Should().BeEmpty();
        await row.GetByRole(AriaRole.Button, new() { Name = $"Desactivar la cuenta de {Email}" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Row, new() { Name = Email })).ToContainTextAsync("Desactivada");

        await owner.ReloadAsync();
        await Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Ingresar" })).ToBeVisibleAsync();
        await owner.SubmitSignInAsync(Email, TestUsers.OtherPassphrase);
        await Expect(owner.GetByRole(AriaRole.Alert)).ToContainTextAsync("Esta cuenta está desactivada");
    }
}
