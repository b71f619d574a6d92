using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using MediatR;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

[assembly: AssemblyFixture(typeof(IncentiveCompliance.BrowserTests.BrowserFixture))]

namespace IncentiveCompliance.BrowserTests;

/// <summary>
/// The application on a real Kestrel port with the demo and the test catalogue (<see cref="TestCatalogue"/>) on its own
/// PostgreSQL server, and one headless
/// Chromium from Debian's package (IC_CHROMIUM, default /usr/bin/chromium), shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly PostgresServer postgres = new();
    private AppFactory? factory;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await postgres.InitializeAsync();
        factory = await AppFactory.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        // The one host of this test process, with its own job store: its job server runs the reports the tests ask for.
        factory.WithJobServer();
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json())));
        }

        // The first requests of a cold host pay for compiling the sign-in page, its form's handler, the home page and the
        // queries behind them; pay it here, through the form as a browser sends it, so that the first test's sign-in is
        // not the one that meets a slow machine's 30-second browser timeout.
        using (var warmUp = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        })
        {
            var form = await warmUp.GetStringAsync("/Cuenta/Ingresar");
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var home = await warmUp.PostAsync("/Cuenta/Ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "seguridad@wanchaq.demo.pe",
                ["Input.Password"] = SignInForm.DemoPassword,
                ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            }));
            home.EnsureSuccessStatusCode();
            if (!home.RequestMessage!.RequestUri!.AbsolutePath.Equals("/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The warm-up sign-in ended at {home.RequestMessage.RequestUri}, not at the home page.");
            }
        }

        var chromium = Environment.GetEnvironmentVariable("IC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: run ./build.sh test (it installs it) or 'apt-get install chromium'.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page in its own context; BypassCSP lets the accessibility checker be injected into our strict pages.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, BypassCSP = true, Locale = "es-PE" });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await postgres.DisposeAsync();
    }
}
