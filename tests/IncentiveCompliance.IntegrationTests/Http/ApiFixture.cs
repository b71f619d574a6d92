using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The web application with the demo loaded, once per provider, shared by a test class. Its clients hold every API
/// answer to the API's description (<see cref="DescribedAnswers"/>).
/// </summary>
public sealed class ApiFixture(PostgresServer postgres) : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, AppFactory> factories = [];

    /// <summary>The API's description as the application serves it.</summary>
    public DescribedOperations Description { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        foreach (var provider in new AllProviders().Select(row => (DatabaseProvider)row.Data))
        {
            factories[provider] = await AppFactory.CreateAsync(provider, postgres);
        }

        using var client = factories.Values.First().CreateClient();
        Description = DescribedOperations.Parse(await client.GetStringAsync("/openapi/v1.json"));
    }

    public AppFactory Factory(DatabaseProvider provider) => factories[provider];

    public HttpClient Anonymous(DatabaseProvider provider) => Anonymous(provider, Description);

    /// <summary>A client whose API answers are held to the given description.</summary>
    public HttpClient Anonymous(DatabaseProvider provider, DescribedOperations description) =>
        factories[provider].CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(), new DescribedAnswers(description));

    /// <summary>A client holding a bearer token of the given user.</summary>
    public async Task<HttpClient> SignedIn(DatabaseProvider provider, string email, string password = DemoData.Password)
    {
        var client = Anonymous(provider);
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A page as a user signed in with the cookie sees it (HTML-decoded), asserting it answered 200.</summary>
    public async Task<string> PageAsync(DatabaseProvider provider, string email, string path)
    {
        var browser = new FormClient(factories[provider].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        (await browser.SignInAsync(email, DemoData.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var response = await browser.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in factories.Values)
        {
            await factory.DisposeAsync();
        }
    }

    public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string? PendingStep);
}

public static class DemoEmails
{
    public const string Admin = "admin@demo.pe";
    public const string Secretariat = "secretaria.tecnica@cusco.demo.pe";
    public const string WanchaqManager = "seguridad@wanchaq.demo.pe";
    public const string WanchaqBudget = "presupuesto@wanchaq.demo.pe";
    public const string SantiagoManager = "seguridad@santiago.demo.pe";
    public const string National = "nacional@demo.pe";
}
