using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The /api/v1 contract of the foundation: shapes, status codes and problem details.</summary>
public sealed class ApiContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_token_is_issued_for_the_right_password_only(DatabaseProvider provider)
    {
        var client = api.Anonymous(provider);

        var ok = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoEmails.Secretariat, password = "Demo2026!" });
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoEmails.Secretariat, password = "otra" });
        var empty = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoEmails.Secretariat, password = "" });

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = await ok.Content.ReadFromJsonAsync<ApiFixture.TokenResponse>();
        token!.AccessToken.Should().NotBeNullOrWhiteSpace();
        token.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(2));
        await ShouldBeProblem(wrong, HttpStatusCode.Unauthorized);
        (await ShouldBeProblem(empty, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("password").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Every_other_route_needs_a_valid_bearer_token(DatabaseProvider provider)
    {
        var client = api.Anonymous(provider);
        await ShouldBeProblem(await client.GetAsync("/api/v1/regions"), HttpStatusCode.Unauthorized);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "no-es-un-token");
        await ShouldBeProblem(await client.GetAsync("/api/v1/municipalities/080108"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Regions_and_their_municipalities_have_the_documented_shape(DatabaseProvider provider)
    {
        var client = await api.SignedIn(provider, DemoEmails.Secretariat);

        var regions = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions");
        var municipalities = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/08/municipalities");

        regions.GetRawText().Should().Be("""{"items":[{"code":"08","name":"Cusco","provinceCount":13,"municipalityCount":116}],"next":null}""");
        var items = municipalities.GetProperty("items");
        items.GetArrayLength().Should().Be(50, "a page holds 50 items unless the caller asks otherwise");
        items.EnumerateArray().First().GetRawText().Should().Be("""{"ubigeo":"080101","name":"Cusco","province":"Cusco","kind":"provincial","piType":null}""");
        items.EnumerateArray().Single(m => m.GetProperty("ubigeo").GetString() == "080108").GetProperty("kind").GetString().Should().Be("district");
        municipalities.GetProperty("next").GetString().Should().StartWith("/api/v1/regions/08/municipalities?cursor=").And.EndWith("&limit=50");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_municipality_is_found_refused_or_missing(DatabaseProvider provider)
    {
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        var wanchaq = await api.SignedIn(provider, DemoEmails.WanchaqManager);

        var own = await wanchaq.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/080108");
        own.GetProperty("name").GetString().Should().Be("Wanchaq");
        own.GetProperty("kind").GetString().Should().Be("district");
        await ShouldBeProblem(await wanchaq.GetAsync("/api/v1/municipalities/080106"), HttpStatusCode.Forbidden);
        await ShouldBeProblem(await secretariat.GetAsync("/api/v1/municipalities/150101"), HttpStatusCode.Forbidden);
        await ShouldBeProblem(await secretariat.GetAsync("/api/v1/municipalities/089999"), HttpStatusCode.NotFound);
        (await ShouldBeProblem(await (await api.SignedIn(provider, DemoEmails.Admin)).GetAsync("/api/v1/municipalities/8010"), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("ubigeo", out _).Should().BeTrue();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Editing_with_a_stale_version_is_a_conflict(DatabaseProvider provider)
    {
        var client = await api.SignedIn(provider, DemoEmails.Secretariat);
        var version = (await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/080105")).GetProperty("version").GetInt32();

        var saved = await client.PutAsJsonAsync("/api/v1/municipalities/080105", new { piType = "D", executingUnitCode = "300689", version });
        var stale = await client.PutAsJsonAsync("/api/v1/municipalities/080105", new { piType = "E", executingUnitCode = "300689", version });
        var invalid = await client.PutAsJsonAsync("/api/v1/municipalities/080105", new { piType = "Z", version = version + 1 });

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("piType").GetString().Should().Be("D");
        await ShouldBeProblem(stale, HttpStatusCode.Conflict);
        (await ShouldBeProblem(invalid, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("piType", out _).Should().BeTrue();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_ubigeo_import_answers_counts_row_errors_and_size_limits(DatabaseProvider provider)
    {
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        const string good = "departamento;provincia;distrito;ubigeo\nUcayali;Coronel Portillo;Callería;250101\nUcayali;Coronel Portillo;Campoverde;250102\n";

        var created = await admin.PostAsync("/api/v1/municipalities/import", File(good));
        var again = await admin.PostAsync("/api/v1/municipalities/import", File(good));
        var bad = await admin.PostAsync("/api/v1/municipalities/import", File(good + "Ucayali;Coronel Portillo;Yarinacocha;25010\n"));
        var large = await admin.PostAsync("/api/v1/municipalities/import", File(new string('x', 21 * 1024 * 1024)));
        var malformed = await admin.PostAsync("/api/v1/municipalities/import", new MultipartFormDataContent());
        var missing = await admin.PostAsync("/api/v1/municipalities/import", new MultipartFormDataContent { { new StringContent("x"), "otro" } });
        var forbidden = await secretariat.PostAsync("/api/v1/municipalities/import", File(good));

        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetRawText().Should().Be("""{"created":2,"updated":0,"unchanged":0}""");
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetRawText().Should().Be("""{"created":0,"updated":0,"unchanged":2}""");
        (await ShouldBeProblem(bad, HttpStatusCode.BadRequest)).GetProperty("rows").GetRawText()
            .Should().Be("""[{"row":4,"reason":"el ubigeo «25010» no tiene 6 dígitos"}]""");
        await ShouldBeProblem(large, HttpStatusCode.RequestEntityTooLarge);
        await ShouldBeProblem(malformed, HttpStatusCode.BadRequest);
        (await ShouldBeProblem(missing, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        await ShouldBeProblem(forbidden, HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_administrator_creates_a_user_and_a_role_change_applies_to_tokens_already_issued(DatabaseProvider provider)
    {
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        var email = $"gerencia.{provider}@poroy.demo.pe".ToLowerInvariant();

        await ShouldBeProblem(await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Gerencia de Poroy", password = "Poroy2026!", role = "MunicipalManager", ubigeo = "080103" }),
            HttpStatusCode.BadRequest);
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Gerencia de Poroy", password = TestUsers.Passphrase, role = "MunicipalManager", ubigeo = "080103" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var user = await api.SignedIn(provider, email, TestUsers.Passphrase);
        await ShouldBeProblem(await user.GetAsync("/api/v1/municipalities/080103"), HttpStatusCode.Forbidden);
        var changed = await user.PutAsJsonAsync("/api/v1/account/password", new { currentPassword = TestUsers.Passphrase, newPassword = TestUsers.OtherPassphrase });
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pendingStep").ValueKind.Should().Be(JsonValueKind.Null, "a first password is changed before anything else");
        (await user.GetAsync("/api/v1/municipalities/080103")).StatusCode.Should().Be(HttpStatusCode.OK);

        var moved = await admin.PutAsJsonAsync($"/api/v1/users/{id}/role", new { role = "MunicipalManager", ubigeo = "080104" });

        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldBeProblem(await user.GetAsync("/api/v1/municipalities/080103"), HttpStatusCode.Forbidden);
        (await user.GetAsync("/api/v1/municipalities/080104")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?limit={PageSize.Max}")).GetProperty("items").EnumerateArray().Should().Contain(u => u.GetProperty("email").GetString() == email);
        await ShouldBeProblem(await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Otra vez", password = TestUsers.Passphrase, role = "Administrator" }), HttpStatusCode.Conflict);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Operations_endpoints_answer_without_signing_in(DatabaseProvider provider)
    {
        var client = api.Anonymous(provider);

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        openApi.Should().Contain("/api/v1/regions/{code}/municipalities").And.Contain("/api/v1/auth/token");
        (await client.GetAsync("/docs/api/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Responses_carry_the_security_headers(DatabaseProvider provider)
    {
        var client = api.Anonymous(provider);
        foreach (var path in new[] { "/Cuenta/Ingresar", "/api/v1/regions" })
        {
            var response = await client.GetAsync(path);
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
            response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
        }
    }

    private static MultipartFormDataContent File(string csv) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "ubigeos.csv" } };

    private static async Task<JsonElement> ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        return problem;
    }
}
