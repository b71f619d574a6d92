using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The pages a node keeps for the browser session that read them (docs/decisions/0018), on two nodes over one PostgreSQL
/// database: read again, the kept copy answers (the output cache's Age header says so); after a change saved through the
/// other node, the very next read is rendered again and shows it; and no kept copy reaches another user, a signed-out
/// session or a disabled account.
/// </summary>
public sealed class KeptPageTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string WanchaqPage = "/Municipalidades/080108/Cumplimiento";
    private const string RegionPage = "/Regiones/08/Cumplimiento";

    private AppFactory nodeA = null!;
    private AppFactory nodeB = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        nodeA = new AppFactory(database);
        nodeB = new AppFactory(database);
    }

    [Fact]
    public async Task A_kept_page_answers_again_until_a_change_saved_through_the_other_node_and_then_shows_it()
    {
        var manager = await BrowserAsync(nodeA, DemoEmails.WanchaqManager);
        var rendered = await ReadAsync(manager, WanchaqPage);
        var kept = await ReadAsync(manager, WanchaqPage);

        await SaveDraftAsync(await TokenAsync(nodeB, DemoEmails.WanchaqManager));
        var changed = await ReadAsync(manager, WanchaqPage);
        var keptAgain = await ReadAsync(manager, WanchaqPage);

        rendered.Should().BeEquivalentTo(new { Status = HttpStatusCode.OK, Kept = false });
        kept.Should().BeEquivalentTo(new { Status = HttpStatusCode.OK, Kept = true, rendered.Html });
        changed.Kept.Should().BeFalse("a draft saved through node B renewed Cusco's stamp, which node A reads with every request");
        Drafts(changed.Html).Should().BeGreaterThan(Drafts(kept.Html), "the page shows the new draft");
        keptAgain.Should().BeEquivalentTo(new { Kept = true, changed.Html });
    }

    [Fact]
    public async Task A_kept_page_reaches_no_other_user_no_other_session_no_signed_out_session_and_no_disabled_account()
    {
        var secretariat = await BrowserAsync(nodeA, DemoEmails.Secretariat);
        await ReadAsync(secretariat, RegionPage);
        (await ReadAsync(secretariat, RegionPage)).Kept.Should().BeTrue();

        await ReadAsync(secretariat, RegionPage + "?inventado=1");
        var invented = await ReadAsync(secretariat, RegionPage + "?inventado=1");
        var santiago = await ReadAsync(await BrowserAsync(nodeA, DemoEmails.SantiagoManager), RegionPage);
        var otherSession = await BrowserAsync(nodeA, DemoEmails.Secretariat);
        var otherSessionFirst = await ReadAsync(otherSession, RegionPage);
        var kept = secretariat.Cookies["ic.session"];
        (await secretariat.PostFormAsync(RegionPage, [], "/Cuenta/Salir")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        secretariat.Cookies["ic.session"] = kept;
        var signedOut = await ReadAsync(secretariat, RegionPage);
        (await ReadAsync(otherSession, RegionPage)).Kept.Should().BeTrue("the other session's own copy is kept");
        var admin = await TokenAsync(nodeB, DemoEmails.Admin);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?limit=500");
        var id = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == DemoEmails.Secretariat).GetProperty("id").GetString();
        (await admin.PutAsJsonAsync($"/api/v1/users/{id}/enabled", new { enabled = false })).EnsureSuccessStatusCode();
        var disabled = await ReadAsync(otherSession, RegionPage);

        invented.Should().BeEquivalentTo(new { Status = HttpStatusCode.OK, Kept = false }, "a parameter the page does not read is answered, never kept");
        santiago.Status.Should().Be(HttpStatusCode.Forbidden, "Santiago's manager does not read the region's dashboard, kept or not");
        otherSessionFirst.Kept.Should().BeFalse("a copy belongs to one browser session");
        signedOut.Status.Should().Be(HttpStatusCode.Redirect, "a session ended on the server is signed out, whatever the node kept for it");
        disabled.Status.Should().Be(HttpStatusCode.Redirect, "an account disabled through node B is signed out on node A at once");
    }

    private sealed record Read(HttpStatusCode Status, bool Kept, string Html);

    private static async Task<Read> ReadAsync(FormClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        return new Read(response.StatusCode, response.Headers.Age is not null, await response.Content.ReadAsStringAsync());
    }

    /// <summary>How often the page says «Borrador» (an item in draft, and its legend).</summary>
    private static int Drafts(string html) => html.Split("Borrador").Length - 1;

    private static async Task<FormClient> BrowserAsync(AppFactory node, string email)
    {
        var browser = new FormClient(node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        (await browser.SignInAsync(email, DemoData.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} signs in");
        return browser;
    }

    private static async Task<HttpClient> TokenAsync(AppFactory node, string email)
    {
        var client = node.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoData.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A draft, with a PDF, for the first of Wanchaq's items not yet presented that takes one.</summary>
    private static async Task SaveDraftAsync(HttpClient manager)
    {
        var compliance = await manager.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/080108/compliance");
        var year = compliance.GetProperty("year").GetInt32();
        var codes = compliance.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("state").GetString() == "not_submitted").Select(i => i.GetProperty("requirementCode").GetString());
        foreach (var code in codes)
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent("Borrador de la prueba."), "note" },
                { new StringContent("true"), "draft" },
                { new ByteArrayContent(TestFiles.Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "files", "acta.pdf" },
            };
            using var response = await manager.PostAsync($"/api/v1/municipalities/080108/requirements/{code}/submissions?year={year}", content);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return;
            }
        }

        throw new InvalidOperationException("No item of Wanchaq took a draft.");
    }

    public async ValueTask DisposeAsync()
    {
        await nodeB.DisposeAsync();
        await nodeA.DisposeAsync();
    }
}
