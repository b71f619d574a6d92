using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Signing out ends the session on the server: a copy of the cookie or token kept from before is refused.</summary>
public sealed partial class SignOutTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_session_cookie_replayed_after_sign_out_leads_to_the_login_page(DatabaseProvider provider)
    {
        var client = api.Factory(provider).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookies = new Dictionary<string, string>();
        await PostFormAsync(client, cookies, "/Cuenta/Ingresar", new() { ["Input.Email"] = DemoEmails.WanchaqManager, ["Input.Password"] = DemoData.Password });
        var kept = cookies["ic.session"];

        var home = await SendAsync(client, cookies, new HttpRequestMessage(HttpMethod.Get, "/"));
        home.StatusCode.Should().Be(HttpStatusCode.OK);
        home.Headers.CacheControl!.NoStore.Should().BeTrue("a signed-in page must not come back from the cache after sign-out");

        var signOut = await PostFormAsync(client, cookies, "/", [], "/Cuenta/Salir");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signOut.Headers.Location!.ToString().Should().Be("/Cuenta/Ingresar");
        cookies.Should().NotContainKey("ic.session", "the browser is told to drop the cookie");

        cookies["ic.session"] = kept;
        var replay = await SendAsync(client, cookies, new HttpRequestMessage(HttpMethod.Get, "/"));
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

    /// <summary>Posts a form the way a browser does: with the antiforgery token of the page that shows it.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, Dictionary<string, string> cookies, string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var page = await SendAsync(client, cookies, new HttpRequestMessage(HttpMethod.Get, formPage));
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync());
        token.Success.Should().BeTrue($"{formPage} carries the antiforgery token in its form");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await SendAsync(client, cookies, new HttpRequestMessage(HttpMethod.Post, action ?? formPage) { Content = new FormUrlEncodedContent(fields) });
    }

    /// <summary>A browser's cookie jar, by hand, so that a cookie can be kept and replayed after the browser dropped it.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> cookies, HttpRequestMessage request)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                cookies.Remove(pair[0]);
            }
            else
            {
                cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("<form[^>]*>(?:(?!</form>).)*name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex AntiforgeryField();
}
