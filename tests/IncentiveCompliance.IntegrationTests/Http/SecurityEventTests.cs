using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Sign-ins, failures and sign-outs are on record with address and browser, for administrators only.</summary>
public sealed class SecurityEventTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Sign_in_failure_success_and_sign_out_are_audited_with_the_browser(DatabaseProvider provider)
    {
        var client = api.Anonymous(provider);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("NavegadorDePrueba/1.0");
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoEmails.SantiagoManager, password = "adivinanza" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nadie@demo.pe", password = "adivinanza" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var santiago = await api.SignedIn(provider, DemoEmails.SantiagoManager);
        santiago.DefaultRequestHeaders.UserAgent.ParseAdd("NavegadorDePrueba/1.0");
        (await santiago.DeleteAsync("/api/v1/auth/token")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        var events = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/security/events?limit=500")).GetProperty("items").EnumerateArray().ToList();

        events.Should().Contain(e => e.GetProperty("action").GetString() == "account.sign_in_failed"
            && e.GetProperty("userEmail").GetString() == DemoEmails.SantiagoManager && e.GetProperty("browser").GetString() == "NavegadorDePrueba/1.0");
        events.Should().Contain(e => e.GetProperty("action").GetString() == "account.sign_in_failed" && e.GetProperty("accountId").GetString() == "desconocida"
            && e.GetProperty("userEmail").GetString() == "nadie@demo.pe");
        events.Should().Contain(e => e.GetProperty("action").GetString() == "account.signed_in" && e.GetProperty("userEmail").GetString() == DemoEmails.SantiagoManager);
        events.Should().Contain(e => e.GetProperty("action").GetString() == "account.signed_out"
            && e.GetProperty("userEmail").GetString() == DemoEmails.SantiagoManager && e.GetProperty("browser").GetString() == "NavegadorDePrueba/1.0");
        (await admin.GetStringAsync("/api/v1/security/events/export")).Should().Contain("account.signed_out");
    }

    [Fact]
    public async Task A_regions_trail_never_shows_security_events()
    {
        var secretariat = await api.SignedIn(DatabaseProvider.Sqlite, DemoEmails.Secretariat);

        var trail = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/regions/08/audit?limit=500")).GetProperty("items").EnumerateArray().ToList();

        trail.Should().NotContain(e => e.GetProperty("action").GetString()!.StartsWith("account.", StringComparison.Ordinal));
        (await secretariat.GetAsync("/api/v1/security/events")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
