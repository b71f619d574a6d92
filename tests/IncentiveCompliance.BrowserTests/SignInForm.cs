using Microsoft.Playwright;

namespace IncentiveCompliance.BrowserTests;

/// <summary>The sign-in form («Ingresar»), filled the one way every browser test fills it.</summary>
internal static class SignInForm
{
    /// <summary>The demo accounts' password.</summary>
    public const string DemoPassword = "Demo2026!";

    /// <summary>A new page of the fixture's browser, signed in: past the form.</summary>
    public static async Task<IPage> SignedInPageAsync(this BrowserFixture browser, string email, string password = DemoPassword)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Cuenta/Ingresar");
        await page.SignInAsync(email, password);
        return page;
    }

    /// <summary>Sends the form the page shows and waits until the browser has left it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoPassword)
    {
        await page.SubmitSignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/Cuenta/Ingresar", StringComparison.Ordinal));
    }

    /// <summary>Fills and sends the form the page shows, whatever the answer (a refusal stays on the form).</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password = DemoPassword)
    {
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
