using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

public sealed class SecurityHeaderTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("GET", "/api/v1/regions/99/municipalities", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/v1/regions/08/reports", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/v1/submissions/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    public async Task Api_error_answers_keep_the_security_headers(string method, string path, HttpStatusCode expected)
    {
        var client = await api.SignedIn(DatabaseProvider.Sqlite, DemoEmails.Admin);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { year = 1999 });
        }

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.CacheControl!.NoStore.Should().BeTrue("an answer to a signed-in caller is never stored");
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_host_prefixed_and_secure_and_hsts_lasts_a_year()
    {
        var https = new FormClient(api.Factory(DatabaseProvider.Sqlite).CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://seguridad.gob.pe"),
        }));

        var response = await https.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("ic.session", StringComparison.Ordinal));
        cookie.Should().StartWith("__Host-ic.session=").And.Contain("secure").And.Contain("path=/").And.NotContain("domain=");
        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
        (await https.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the prefixed cookie is read back");
    }

    [Fact]
    public async Task Over_plain_http_the_demo_keeps_a_cookie_browsers_accept()
    {
        var http = new FormClient(api.Factory(DatabaseProvider.Sqlite).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

        var response = await http.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password);

        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("ic.session=", StringComparison.Ordinal));
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }
}
