using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// Walks every /api/v1 route with every demo role and checks the status each must get. A route added
/// without a row here fails the coverage test, so no endpoint can skip the scope check unnoticed. The jobs
/// dashboard, a page behind the cookie, is walked on its own.
/// </summary>
public sealed class AuthorizationWalkTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode Invalid = HttpStatusCode.BadRequest;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode NoContent = HttpStatusCode.NoContent;
    private const HttpStatusCode Conflict = HttpStatusCode.Conflict;

    // Route, method, path, body, then the status for: admin, Cusco secretariat, Wanchaq manager, Wanchaq budget officer, national viewer.
    private static readonly Probe[] Probes =
    [
        new("POST /api/v1/auth/token", "POST", "/api/v1/auth/token", new { email = "x@y.pe", password = "" }, Invalid, Invalid, Invalid, Invalid, Invalid),
        new("GET /api/v1/regions", "GET", "/api/v1/regions", null, Ok, Ok, Ok, Ok, Ok),
        new("GET /api/v1/regions/{code}/municipalities", "GET", "/api/v1/regions/08/municipalities", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/regions/{code}/municipalities", "GET", "/api/v1/regions/15/municipalities", null, NotFound, Forbidden, Forbidden, Forbidden, NotFound),
        new("GET /api/v1/municipalities/{ubigeo}", "GET", "/api/v1/municipalities/080108", null, Ok, Ok, Ok, Ok, Ok),
        new("GET /api/v1/municipalities/{ubigeo}", "GET", "/api/v1/municipalities/080106", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("PUT /api/v1/municipalities/{ubigeo}", "PUT", "/api/v1/municipalities/080108", new { piType = "Z", version = 0 }, Invalid, Invalid, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/municipalities/import", "POST", "/api/v1/municipalities/import", null, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/auth/second-factor", "POST", "/api/v1/auth/second-factor", new { code = "123456" }, Conflict, Conflict, Conflict, Conflict, Conflict),
        new("GET /api/v1/account", "GET", "/api/v1/account", null, Ok, Ok, Ok, Ok, Ok),
        new("PUT /api/v1/account/password", "PUT", "/api/v1/account/password", new { currentPassword = "" }, Invalid, Invalid, Invalid, Invalid, Invalid),
        new("POST /api/v1/account/second-factor/setup", "POST", "/api/v1/account/second-factor/setup", null, Ok, Ok, Ok, Ok, Ok),
        new("POST /api/v1/account/second-factor", "POST", "/api/v1/account/second-factor", new { code = "" }, Invalid, Invalid, Invalid, Invalid, Invalid),
        new("POST /api/v1/account/second-factor/disable", "POST", "/api/v1/account/second-factor/disable", new { password = "incorrecta" }, Forbidden, Forbidden, Invalid, Invalid, Forbidden),
        new("GET /api/v1/users", "GET", "/api/v1/users", null, Ok, Forbidden, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/users/{id}/password-reset", "POST", "/api/v1/users/nadie/password-reset", null, NotFound, Forbidden, Forbidden, Forbidden, Forbidden),
        new("PUT /api/v1/users/{id}/enabled", "PUT", "/api/v1/users/nadie/enabled", new { enabled = true }, NotFound, Forbidden, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/users", "POST", "/api/v1/users", new { email = "" }, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("PUT /api/v1/users/{id}/role", "PUT", "/api/v1/users/nadie/role", new { role = "Jefe" }, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/programs/{year:int}/commitments", "GET", "/api/v1/programs/2026/commitments", null, Ok, Ok, Ok, Ok, Ok),
        new("PUT /api/v1/programs/{year:int}/catalogue", "PUT", "/api/v1/programs/2026/catalogue", new { year = 2026 }, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/holidays", "GET", "/api/v1/holidays?year=2026", null, Ok, Ok, Ok, Ok, Ok),
        new("PUT /api/v1/holidays/{date}", "PUT", "/api/v1/holidays/2026-12-31", new { name = "" }, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("DELETE /api/v1/holidays/{date}", "DELETE", "/api/v1/holidays/2026-12-30", null, NotFound, Forbidden, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/municipalities/{ubigeo}/requirements/{code}/submissions", "POST", "/api/v1/municipalities/080108/requirements/H1/submissions?year=2026", null, Invalid, Forbidden, Invalid, Forbidden, Forbidden),
        new("POST /api/v1/municipalities/{ubigeo}/requirements/{code}/submissions", "POST", "/api/v1/municipalities/080106/requirements/H1/submissions?year=2026", null, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/submissions/{id:guid}/send", "POST", $"/api/v1/submissions/{Guid.Empty}/send", null, NotFound, Forbidden, NotFound, Forbidden, Forbidden),
        new("POST /api/v1/submissions/{id:guid}/review", "POST", $"/api/v1/submissions/{Guid.Empty}/review", new { decision = "approve" }, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/submissions/{id:guid}", "GET", $"/api/v1/submissions/{Guid.Empty}", null, NotFound, NotFound, NotFound, Forbidden, Forbidden),
        new("GET /api/v1/submissions/{id:guid}/files/{fileId:guid}", "GET", $"/api/v1/submissions/{Guid.Empty}/files/{Guid.Empty}", null, NotFound, NotFound, NotFound, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/review-queue", "GET", "/api/v1/regions/08/review-queue", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/compliance", "GET", "/api/v1/municipalities/080108/compliance?year=2026", null, Ok, Ok, Ok, Forbidden, Ok),
        new("GET /api/v1/municipalities/{ubigeo}/compliance", "GET", "/api/v1/municipalities/080106/compliance?year=2026", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/regions/{code}/compliance", "GET", "/api/v1/regions/08/compliance?year=2026", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/regions/{code}/compliance/export", "GET", "/api/v1/regions/08/compliance/export?year=2026&format=xlsx", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/regions/{code}/audit", "GET", "/api/v1/regions/08/audit", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/audit/export", "GET", "/api/v1/regions/08/audit/export", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/security/events", "GET", "/api/v1/security/events", null, Ok, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/security/events/export", "GET", "/api/v1/security/events/export", null, Ok, Forbidden, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/trainings", "POST", "/api/v1/trainings", new { regionCode = "08" }, Invalid, Invalid, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/trainings", "POST", "/api/v1/trainings", new { regionCode = "15" }, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/trainings", "GET", "/api/v1/trainings?region=08&year=2026", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/trainings/{id:guid}", "GET", $"/api/v1/trainings/{Guid.Empty}", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("PUT /api/v1/trainings/{id:guid}", "PUT", $"/api/v1/trainings/{Guid.Empty}", new { title = "x" }, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/trainings/{id:guid}/participants", "POST", $"/api/v1/trainings/{Guid.Empty}/participants", new { dni = "1" }, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/trainings/{id:guid}/attendance", "POST", $"/api/v1/trainings/{Guid.Empty}/attendance", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/trainings/{id:guid}/certificates/{attendeeId:guid}", "GET", $"/api/v1/trainings/{Guid.Empty}/certificates/{Guid.Empty}", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/training-coverage", "GET", "/api/v1/regions/08/training-coverage?year=2026", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/municipalities/{ubigeo}/trainings", "GET", "/api/v1/municipalities/080108/trainings?year=2026", null, Ok, Ok, Ok, Ok, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/trainings", "GET", "/api/v1/municipalities/080106/trainings?year=2026", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/budget/imports", "POST", "/api/v1/budget/imports?year=2026", null, Invalid, Invalid, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/budget/imports", "GET", "/api/v1/budget/imports", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/budget/imports/{id:guid}", "GET", $"/api/v1/budget/imports/{Guid.Empty}", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/budget/imports/{id:guid}/retry", "POST", $"/api/v1/budget/imports/{Guid.Empty}/retry", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/budget", "GET", "/api/v1/municipalities/080108/budget?year=2026", null, Ok, Ok, Ok, Ok, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/budget", "GET", "/api/v1/municipalities/080106/budget?year=2026", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/budget/export", "GET", "/api/v1/municipalities/080108/budget/export?year=2026&format=xlsx", null, Ok, Ok, Ok, Ok, Forbidden),
        new("PUT /api/v1/municipalities/{ubigeo}/budget/reviews/{month:int}", "PUT", "/api/v1/municipalities/080108/budget/reviews/13?year=2026", new { justification = "x" }, Forbidden, Forbidden, Forbidden, Invalid, Forbidden),
        new("PUT /api/v1/municipalities/{ubigeo}/budget/reviews/{month:int}", "PUT", "/api/v1/municipalities/080106/budget/reviews/1?year=2026", new { justification = "x" }, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/budget", "GET", "/api/v1/regions/08/budget?year=2026", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/regions/{code}/budget/export", "GET", "/api/v1/regions/08/budget/export?year=2026", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("POST /api/v1/regions/{code}/reports", "POST", "/api/v1/regions/08/reports", new { year = 1999 }, Invalid, Invalid, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/regions/{code}/reports", "POST", "/api/v1/regions/15/reports", new { year = 1999 }, Invalid, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/reports", "GET", "/api/v1/reports?region=08", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/reports/{id:guid}", "GET", $"/api/v1/reports/{Guid.Empty}", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("POST /api/v1/reports/{id:guid}/retry", "POST", $"/api/v1/reports/{Guid.Empty}/retry", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/reports/{id:guid}/file", "GET", $"/api/v1/reports/{Guid.Empty}/file", null, NotFound, NotFound, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/report-schedule", "GET", "/api/v1/regions/08/report-schedule", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("PUT /api/v1/regions/{code}/report-schedule", "PUT", "/api/v1/regions/08/report-schedule", new { frequency = "hourly" }, Invalid, Invalid, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/compliance-sheet", "GET", "/api/v1/municipalities/080108/compliance-sheet?year=2026", null, Ok, Ok, Ok, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/compliance-sheet", "GET", "/api/v1/municipalities/080106/compliance-sheet?year=2026", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/notifications", "GET", "/api/v1/notifications", null, Ok, Ok, Ok, Ok, Ok),
        new("GET /api/v1/notifications/unread-count", "GET", "/api/v1/notifications/unread-count", null, Ok, Ok, Ok, Ok, Ok),
        new("POST /api/v1/notifications/{id:long}/read", "POST", "/api/v1/notifications/999999/read", null, NotFound, NotFound, NotFound, NotFound, Forbidden),
        new("GET /api/v1/national/compliance", "GET", "/api/v1/national/compliance?year=2026", null, Ok, Forbidden, Forbidden, Forbidden, Ok),
        new("GET /api/v1/national/compliance/export", "GET", "/api/v1/national/compliance/export?year=2026&format=xlsx", null, Ok, Forbidden, Forbidden, Forbidden, Ok),
        new("GET /api/v1/municipalities/{ubigeo}/home", "GET", "/api/v1/municipalities/080108/home?year=2026", null, Ok, Ok, Ok, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/home", "GET", "/api/v1/municipalities/080106/home?year=2026", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/municipalities/{ubigeo}/budget/home", "GET", "/api/v1/municipalities/080108/budget/home?year=2026", null, Ok, Ok, Forbidden, Ok, Forbidden),
        new("GET /api/v1/regions/{code}/home", "GET", "/api/v1/regions/08/home?year=2026", null, Ok, Ok, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/home", "GET", "/api/v1/regions/15/home?year=2026", null, NotFound, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/regions/{code}/compliance/history", "GET", "/api/v1/regions/08/compliance/history?year=2026", null, Ok, Ok, Forbidden, Forbidden, Ok),
        new("GET /api/v1/administration/home", "GET", "/api/v1/administration/home", null, Ok, Forbidden, Forbidden, Forbidden, Forbidden),
        new("PUT /api/v1/regions/{code}/publication", "PUT", "/api/v1/regions/08/publication", new { }, Invalid, Invalid, Forbidden, Forbidden, Forbidden),
        new("PUT /api/v1/regions/{code}/publication", "PUT", "/api/v1/regions/15/publication", new { published = false }, NotFound, Forbidden, Forbidden, Forbidden, Forbidden),
        new("GET /api/v1/public/regions", "GET", "/api/v1/public/regions", null, Ok, Ok, Ok, Ok, Ok),
        new("GET /api/v1/public/regions/{code}/ranking", "GET", "/api/v1/public/regions/99/ranking?year=2026", null, NotFound, NotFound, NotFound, NotFound, NotFound),
        new("GET /api/v1/public/regions/{code}/ranking/export", "GET", "/api/v1/public/regions/99/ranking/export?year=2026", null, NotFound, NotFound, NotFound, NotFound, NotFound),
        new("GET /api/docs", "GET", "/api/docs", null, Ok, Ok, Ok, Ok, Ok), // the old address of the public reference: followed to /docs/api

        // Last: it ends the walker's own session.
        new("DELETE /api/v1/auth/token", "DELETE", "/api/v1/auth/token", null, NoContent, NoContent, NoContent, NoContent, NoContent),
    ];

    /// <summary>What anyone may read without a token: the published rankings (probed on a region that does not exist, whatever the demo publishes).</summary>
    private static readonly Dictionary<string, HttpStatusCode> Public = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/public/regions"] = Ok,
        ["GET /api/v1/public/regions/{code}/ranking"] = NotFound,
        ["GET /api/v1/public/regions/{code}/ranking/export"] = NotFound,
    };

    private static readonly string[] Emails = [DemoEmails.Admin, DemoEmails.Secretariat, DemoEmails.WanchaqManager, DemoEmails.WanchaqBudget, DemoEmails.National];

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Every_role_gets_the_expected_status_on_every_route(DatabaseProvider provider)
    {
        var failures = new List<string>();
        for (var role = 0; role < Emails.Length; role++)
        {
            var client = await api.SignedIn(provider, Emails[role]);
            foreach (var probe in Probes)
            {
                using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
                if (probe.Body is not null)
                {
                    request.Content = JsonContent.Create(probe.Body);
                }

                var status = (await client.SendAsync(request)).StatusCode;
                if (status != probe.Expected[role])
                {
                    failures.Add($"{Emails[role]} {probe.Method} {probe.Path}: {(int)status}, expected {(int)probe.Expected[role]}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Without_a_token_every_route_but_the_token_one_and_the_public_ones_is_401(DatabaseProvider provider)
    {
        var client = api.Anonymous(provider);
        foreach (var probe in Probes.Where(p => p.Route is not ("POST /api/v1/auth/token" or "GET /api/docs"))) // the docs redirect is public: ApiDocumentationTests
        {
            var status = (await client.SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path))).StatusCode;
            status.Should().Be(Public.GetValueOrDefault(probe.Route, HttpStatusCode.Unauthorized), $"{probe.Method} {probe.Path} needs a token unless it is public");
        }
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_session_that_owes_a_new_password_reaches_only_its_own_account(DatabaseProvider provider)
    {
        var email = $"temporal.{provider}@anta.demo.pe".ToLowerInvariant();
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Temporal", password = TestUsers.Passphrase, role = "MunicipalManager", ubigeo = "080108" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var token = await (await api.Anonymous(provider).PostAsJsonAsync("/api/v1/auth/token", new { email, password = TestUsers.Passphrase }))
            .Content.ReadFromJsonAsync<ApiFixture.TokenResponse>();
        token!.PendingStep.Should().Be("password_change");
        var client = await api.SignedIn(provider, email, TestUsers.Passphrase);

        var reachable = new Dictionary<string, HttpStatusCode>
        {
            ["POST /api/v1/auth/token"] = Invalid,
            ["GET /api/v1/account"] = Ok,
            ["PUT /api/v1/account/password"] = Invalid,
            ["DELETE /api/v1/auth/token"] = NoContent,
            ["GET /api/docs"] = Ok,
        };
        var failures = new List<string>();
        foreach (var probe in Probes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
            if (probe.Body is not null)
            {
                request.Content = JsonContent.Create(probe.Body);
            }

            var status = (await client.SendAsync(request)).StatusCode;
            var expected = reachable.GetValueOrDefault(probe.Route, Public.GetValueOrDefault(probe.Route, Forbidden));
            if (status != expected)
            {
                failures.Add($"{probe.Method} {probe.Path}: {(int)status}, expected {(int)expected}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Every_api_route_is_walked()
    {
        var routes = api.Factory(DatabaseProvider.Sqlite).Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();

        routes.Should().NotBeEmpty();
        routes.Should().BeSubsetOf(Probes.Select(p => p.Route), "each API route needs rows in the walk above");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_jobs_dashboard_is_for_administrators_only_behind_the_cookie_sign_in(DatabaseProvider provider)
    {
        var factory = api.Factory(provider);
        var anonymous = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/trabajos");
        var statuses = new Dictionary<string, HttpStatusCode>();
        HttpResponseMessage? admin = null;
        foreach (var email in Emails)
        {
            var response = await (await SignedInWithCookie(factory, email)).GetAsync("/trabajos");
            statuses[email] = response.StatusCode;
            admin ??= response;
        }

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().Should().Contain("/Cuenta/Ingresar?ReturnUrl=%2Ftrabajos");
        statuses.Should().Equal(new Dictionary<string, HttpStatusCode>
        {
            [DemoEmails.Admin] = Ok, [DemoEmails.Secretariat] = Forbidden, [DemoEmails.WanchaqManager] = Forbidden, [DemoEmails.WanchaqBudget] = Forbidden,
            [DemoEmails.National] = Forbidden,
        });
        (await admin!.Content.ReadAsStringAsync()).Should().Contain("Trabajos en segundo plano");
        admin.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self' 'unsafe-inline'", "the dashboard starts its scripts inline");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_jobs_dashboard_refuses_an_administrator_who_has_not_finished_signing_in(DatabaseProvider provider)
    {
        var email = $"admin.nuevo.{provider}@demo.pe".ToLowerInvariant();
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Administración nueva", password = TestUsers.Passphrase, role = "Administrator" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var client = await SignedInWithCookie(api.Factory(provider), email, TestUsers.Passphrase);

        var home = await client.GetAsync("/");
        home.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().Should().Be("/Cuenta/Contrasena");
        (await client.GetAsync("/trabajos")).StatusCode.Should().Be(Forbidden, "the session still owes a new password and an authenticator app");
    }

    /// <summary>Signs in through the sign-in page, as a browser does (antiforgery token, then the session cookie).</summary>
    private static async Task<HttpClient> SignedInWithCookie(AppFactory factory, string email, string password = Infrastructure.Demo.DemoData.Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Cuenta/Ingresar");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await client.PostAsync("/Cuenta/Ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} signs in");
        return client;
    }

    private sealed record Probe(string Route, string Method, string Path, object? Body, params HttpStatusCode[] Expected);
}
