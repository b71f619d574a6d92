using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The public ranking over HTTP: the secretariat publishes it, anyone reads it (API, page, CSV) without signing in,
/// and it is gone at once when withdrawn. Each test starts by withdrawing Cusco's (the demo may publish it) and leaves
/// it withdrawn.
/// </summary>
public sealed class PublicRankingApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Ranking = "/api/v1/public/regions/08/ranking?year=2026";
    private const string Csv = "/api/v1/public/regions/08/ranking/export?year=2026&format=csv";
    private const string Page = "/transparencia/08?anio=2026";
    private const string PageCsv = "/transparencia/08?anio=2026&handler=Csv";

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_published_ranking_is_read_by_anyone_and_a_withdrawn_one_is_gone_at_once(DatabaseProvider provider)
    {
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        var anyone = api.Anonymous(provider);
        await WithdrawAsync(secretariat);
        await StatusesShouldBe(anyone, HttpStatusCode.NotFound, "Cusco has not published yet");

        var published = await secretariat.PutAsJsonAsync("/api/v1/regions/08/publication", new { published = true });
        var ranking = await anyone.GetAsync(Ranking);
        var csv = await anyone.GetAsync(Csv);
        var page = await anyone.GetAsync(Page);
        var pageCsv = await anyone.GetStringAsync(PageCsv);
        var list = await anyone.GetFromJsonAsync<JsonElement>("/api/v1/public/regions");
        var listPage = await anyone.GetStringAsync("/transparencia");
        var withdrawn = await secretariat.PutAsJsonAsync("/api/v1/regions/08/publication", new { published = false });

        (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("published").GetBoolean().Should().BeTrue();
        ranking.StatusCode.Should().Be(HttpStatusCode.OK);
        ranking.Headers.CacheControl!.Public.Should().BeTrue();
        ranking.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        var body = await ranking.Content.ReadFromJsonAsync<JsonElement>();
        var ubigeos = body.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("ubigeo").GetString()).ToList();
        ubigeos.Should().HaveCount(116);
        body.GetProperty("municipalities")[0].GetProperty("status").GetString().Should().NotBeNullOrEmpty();
        var csvLines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        csvLines[0].Should().StartWith("puesto,ubigeo,municipalidad,provincia,estado,puntaje");
        csvLines.Skip(1).Select(l => l.Split(',')[1]).Should().Equal(ubigeos, "the file has the same rows, in the same order");
        pageCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(117);
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.CacheControl!.Public.Should().BeTrue();
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("Ranking de cumplimiento 2026").And.Contain("Wanchaq").And.Contain("Descargar CSV").And.NotContain("Cerrar sesión");
        list.EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("08");
        listPage.Should().Contain("/transparencia/08");
        withdrawn.StatusCode.Should().Be(HttpStatusCode.OK);
        await StatusesShouldBe(anyone, HttpStatusCode.NotFound, "withdrawing takes effect at once on this node");
        (await anyone.GetFromJsonAsync<JsonElement>("/api/v1/public/regions")).GetArrayLength().Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Only_the_regions_secretariat_and_administrators_may_publish(DatabaseProvider provider)
    {
        var body = new { published = true };
        var manager = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var admin = await api.SignedIn(provider, DemoEmails.Admin);

        (await api.Anonymous(provider).PutAsJsonAsync("/api/v1/regions/08/publication", body)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await manager.PutAsJsonAsync("/api/v1/regions/08/publication", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync("/api/v1/regions/08/publication", new { })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.PutAsJsonAsync("/api/v1/regions/99/publication", body)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.PutAsJsonAsync("/api/v1/regions/08/publication", body)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync("/api/v1/regions/08/publication", new { published = false })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_unknown_region_answers_like_an_unpublished_one(DatabaseProvider provider)
    {
        var anyone = api.Anonymous(provider);
        await WithdrawAsync(await api.SignedIn(provider, DemoEmails.Secretariat));

        var unpublished = await anyone.GetAsync(Ranking);
        var unknown = await anyone.GetAsync("/api/v1/public/regions/99/ranking?year=2026");

        unpublished.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var (a, b) = (await unpublished.Content.ReadFromJsonAsync<JsonElement>(), await unknown.Content.ReadFromJsonAsync<JsonElement>());
        a.GetProperty("title").GetString()!.Replace("08", "99", StringComparison.Ordinal).Should().Be(b.GetProperty("title").GetString());
        a.ToString().Should().NotContain("Cusco");
        unpublished.Headers.CacheControl?.Public.Should().NotBe(true, "an error is never cached");
    }

    private static async Task WithdrawAsync(HttpClient secretariat) =>
        (await secretariat.PutAsJsonAsync("/api/v1/regions/08/publication", new { published = false })).EnsureSuccessStatusCode();

    private static async Task StatusesShouldBe(HttpClient client, HttpStatusCode status, string because)
    {
        foreach (var path in new[] { Ranking, Csv, Page, PageCsv })
        {
            (await client.GetAsync(path)).StatusCode.Should().Be(status, $"{path}: {because}");
        }
    }
}
