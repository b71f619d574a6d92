using System.Net;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The web UI's own guards: sign-in required, and no form accepted without its antiforgery token.</summary>
public sealed class PageSecurityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Regiones/08")]
    [InlineData("/Usuarios")]
    public async Task Pages_send_anonymous_visitors_to_the_login_page(string path)
    {
        var client = api.Factory(DatabaseProvider.Sqlite).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Cuenta/Ingresar?ReturnUrl=");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var client = api.Factory(DatabaseProvider.Sqlite).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/Cuenta/Ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@demo.pe",
            ["Input.Password"] = "Demo2026!",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse("no session is opened");
    }
}
