using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace IncentiveCompliance.BrowserTests;

public sealed class SignOutTests(BrowserFixture browser)
{
    [Fact]
    public async Task Signing_out_on_a_shared_computer_leaves_nothing_behind_the_back_button()
    {
        var page = await browser.SignedInPageAsync("seguridad@wanchaq.demo.pe");
        await page.GotoAsync("/Municipalidades/080108/Cumplimiento");
        await Expect(page.Locator("main")).ToContainTextAsync("Wanchaq");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Cuenta/Ingresar", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" })).ToBeVisibleAsync();

        await page.GoBackAsync();
        page.Url.Should().Contain("/Cuenta/Ingresar", "the page of the signed-out user is not shown again from the cache");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToHaveCountAsync(0);

        await page.ReloadAsync();
        page.Url.Should().Contain("/Cuenta/Ingresar");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToHaveCountAsync(0);
    }
}
