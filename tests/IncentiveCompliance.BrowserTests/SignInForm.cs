using Microsoft.Playwright;

namespace IncentiveCompliance.BrowserTests;

/// <summary>The sign-in form («Ingresar»), filled the one way every browser test fills it.</summary>
internal static class SignInForm
{
    /// <summary>The demo accounts' password.</summary>
    public const string DemoPassword = "Demo2026!";

    /// <summary>
    /// How long a sign-in may take to land, in milliseconds. When the tests start at once on two busy cores, a new browser
    /// context's first sign-in has waited over Playwright's default 30 s for its page's load event, with nothing left on
    /// the network (in about one clean run of three); every other wait keeps the default.
    /// </summary>
    private const float Landing = 90_000;

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
        await page.WaitForURLAsync(url => !url.Contains("/Cuenta/Ingresar", StringComparison.Ordinal), new() { Timeout = Landing });
    }

    /// <summary>Fills and sends the form the page shows, whatever the answer (a refusal stays on the form).</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password = DemoPassword)
    {
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = Landing });
    }
}
