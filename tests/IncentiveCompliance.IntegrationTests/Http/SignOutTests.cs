using System.Net;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Signing out ends the session on the server: a copy of the cookie or token kept from before is refused.</summary>
public sealed class SignOutTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_session_cookie_replayed_after_sign_out_leads_to_the_login_page(DatabaseProvider provider)
    {
        var browser = new FormClient(api.Factory(provider).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        await browser.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password);
        var kept = browser.Cookies["ic.session"];

        var home = await browser.GetAsync("/");
        home.StatusCode.Should().Be(HttpStatusCode.OK);
        home.Headers.CacheControl!.NoStore.Should().BeTrue("a signed-in page must not come back from the cache after sign-out");

        var signOut = await browser.PostFormAsync("/", [], "/Cuenta/Salir");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signOut.Headers.Location!.ToString().Should().Be("/Cuenta/Ingresar");
        browser.Cookies.Should().NotContainKey("ic.session", "the browser is told to drop the cookie");

        browser.Cookies["ic.session"] = kept;
        var replay = await browser.GetAsync("/");
        replay.StatusCode.Should().Be(HttpStatusCode.Redirect);
        replay.Headers.Location!.ToString().Should().Contain("/Cuenta/Ingresar");
    }

    [Fact]
    public async Task A_revoked_token_is_refused_and_other_sessions_stay_open()
    {
        var revoked = await api.SignedIn(DatabaseProvider.Sqlite, DemoEmails.Secretariat);
        var other = await api.SignedIn(DatabaseProvider.Sqlite, DemoEmails.Secretariat);

        (await revoked.DeleteAsync("/api/v1/auth/token")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await revoked.GetAsync("/api/v1/regions/08/review-queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await other.GetAsync("/api/v1/regions/08/review-queue")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
