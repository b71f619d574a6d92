using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The application with the demo on SQLite behind a real Kestrel port, for what the in-memory server does not do (body limits, connections).</summary>
public sealed class KestrelApp(PostgresServer postgres) : IAsyncLifetime
{
    private AppFactory? factory;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        factory = await AppFactory.CreateAsync(DatabaseProvider.Sqlite, postgres);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>No redirects, no cookie jar (<see cref="FormClient"/> keeps its own), and a client that waits for «100 Continue».</summary>
    public HttpClient Client() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
    {
        BaseAddress = BaseAddress,
    };

    public async Task<HttpClient> SignedIn(string email)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoData.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<ApiFixture.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
