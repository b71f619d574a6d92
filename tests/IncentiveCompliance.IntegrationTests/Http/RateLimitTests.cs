using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// Sign-in is limited per client address (strict) and per account (generous), the public ranking per address; all answer 429 with Retry-After. The
/// test clients stand behind a loopback proxy, so each request names its client address in X-Forwarded-For.
/// </summary>
public sealed class RateLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Guesses_from_one_address_are_stopped_while_the_owner_signs_in_from_another()
    {
        using var factory = BehindProxy("SignIn:PerAddressPerMinute", "3");
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await RequestTokenAsync(client, "203.0.113.5", DemoEmails.WanchaqManager, "adivinanza")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var stopped = await RequestTokenAsync(client, "203.0.113.5", DemoEmails.WanchaqManager, DemoData.Password);
        stopped.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "even the right password waits once the address is over its limit");
        stopped.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await stopped.Content.ReadAsStringAsync()).Should().Contain("Demasiados intentos");
        (await RequestTokenAsync(client, "198.51.100.7", DemoEmails.WanchaqManager, DemoData.Password)).StatusCode
            .Should().Be(HttpStatusCode.OK, "the owner, elsewhere, is not affected");
    }

    [Fact]
    public async Task The_sign_in_form_has_the_same_limit_and_says_it_in_Spanish()
    {
        using var factory = BehindProxy("SignIn:PerAddressPerMinute", "2");
        var browser = new FormClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

        await browser.SignInAsync(DemoEmails.WanchaqManager, "adivinanza");
        await browser.SignInAsync(DemoEmails.WanchaqManager, "adivinanza");
        var stopped = await browser.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password);

        stopped.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        stopped.Headers.RetryAfter.Should().NotBeNull();
        (await stopped.Content.ReadAsStringAsync()).Should().Contain("Demasiados intentos");
    }

    [Fact]
    public async Task An_account_paused_after_many_failures_answers_429_with_the_time_left()
    {
        using var factory = BehindProxy("SignIn:FailuresPerAccount", "3");
        var client = factory.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            (await RequestTokenAsync(client, "192.0.2.44", DemoEmails.SantiagoManager, "adivinanza")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var paused = await RequestTokenAsync(client, "192.0.2.45", DemoEmails.SantiagoManager, "adivinanza");
        paused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the account's count does not depend on the address");
        paused.Headers.RetryAfter!.Delta!.Value.TotalMinutes.Should().BeInRange(14, 15);
        JsonDocument.Parse(await paused.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString().Should().Contain("Intente de nuevo en 15 minutos");
    }

    [Fact]
    public async Task Anonymous_reads_of_the_public_ranking_are_limited_per_address()
    {
        using var factory = BehindProxy("Transparency:PerAddressPerMinute", "2");
        var client = factory.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            (await PublicRegionsAsync(client, "203.0.113.9")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var stopped = await PublicRegionsAsync(client, "203.0.113.9");
        stopped.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "a cached answer still counts against the address");
        stopped.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await PublicRegionsAsync(client, "198.51.100.8")).StatusCode.Should().Be(HttpStatusCode.OK, "another address is not affected");
    }

    private static Task<HttpResponseMessage> PublicRegionsAsync(HttpClient client, string from) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/regions") { Headers = { { "X-Forwarded-For", from } } });

    private WebApplicationFactory<Program> BehindProxy(string setting, string value) =>
        api.Factory(DatabaseProvider.Sqlite).WithWebHostBuilder(b => b
            .UseSetting(setting, value)
            .ConfigureServices(s => s.AddSingleton<IStartupFilter, LoopbackProxy>()));

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string from, string email, string password) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { email, password }),
            Headers = { { "X-Forwarded-For", from } },
        });

    /// <summary>The test server has no peer address: every request arrives from a proxy on loopback, which the application trusts.</summary>
    private sealed class LoopbackProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
