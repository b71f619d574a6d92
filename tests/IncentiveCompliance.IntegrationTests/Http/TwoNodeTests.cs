using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own memory (its own reference cache): what one node saves, the very
/// next request on the other sees, whether it is the cached catalogue or the caller's scope (docs/decisions/0016).
/// </summary>
public sealed class TwoNodeTests(PostgresServer postgres) : IAsyncLifetime
{
    private AppFactory nodeA = null!;
    private AppFactory nodeB = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        nodeA = new AppFactory(database);
        nodeB = new AppFactory(database);
    }

    [Fact]
    public async Task A_catalogue_saved_through_one_node_is_what_the_other_node_reads_next()
    {
        var admin = await SignedInAsync(nodeA, DemoEmails.Admin);
        var manager = await SignedInAsync(nodeB, DemoEmails.WanchaqManager);
        await SaveCatalogueAsync(admin, TestCatalogue.Json());
        (await ItemCodesAsync(manager)).Should().BeEquivalentTo("M1", "I1", "T1");

        await SaveCatalogueAsync(admin, TestCatalogue.Json(null, "M1", "I1"));

        (await ItemCodesAsync(manager)).Should().BeEquivalentTo(["M1", "I1"], "node B's copy of the catalogue is stale once node A saved a new one");
    }

    [Fact]
    public async Task Adding_or_removing_a_holiday_renews_the_reference_stamp_every_node_reads()
    {
        var admin = await SignedInAsync(nodeA, DemoEmails.Admin);
        var first = await StampAsync();

        (await admin.PutAsJsonAsync("/api/v1/holidays/2027-03-15", new { name = "Feriado de prueba" })).EnsureSuccessStatusCode();
        var added = await StampAsync();
        (await admin.DeleteAsync("/api/v1/holidays/2027-03-15")).EnsureSuccessStatusCode();

        added.Should().NotBe(first);
        (await StampAsync()).Should().NotBe(added).And.NotBe(first);
    }

    [Fact]
    public async Task A_role_change_a_sign_out_and_a_disabled_account_through_one_node_apply_on_the_next_request_to_the_other()
    {
        var admin = await SignedInAsync(nodeA, DemoEmails.Admin);
        var moved = await SignedInAsync(nodeB, DemoEmails.SantiagoManager);
        var signedOut = await SignedInAsync(nodeB, DemoEmails.Secretariat);
        var signingOut = await SignedInAsync(nodeA, DemoEmails.Secretariat, signedOut);
        var disabled = await SignedInAsync(nodeB, DemoEmails.WanchaqBudget);
        const string santiago = "/api/v1/municipalities/080106/compliance?year=2026";
        (await moved.GetAsync(santiago)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await signedOut.GetAsync("/api/v1/regions/08/review-queue")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await disabled.GetAsync("/api/v1/municipalities/080108/budget?year=2026")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/v1/users/{await UserIdAsync(admin, DemoEmails.SantiagoManager)}/role", new { role = "MunicipalManager", ubigeo = "080104" }))
            .EnsureSuccessStatusCode();
        (await signingOut.DeleteAsync("/api/v1/auth/token")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.PutAsJsonAsync($"/api/v1/users/{await UserIdAsync(admin, DemoEmails.WanchaqBudget)}/enabled", new { enabled = false }))
            .EnsureSuccessStatusCode();

        (await moved.GetAsync(santiago)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the manager now answers for another municipality");
        (await signedOut.GetAsync("/api/v1/regions/08/review-queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await disabled.GetAsync("/api/v1/municipalities/080108/budget?year=2026")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpClient> SignedInAsync(AppFactory node, string email, HttpClient? sameTokenAs = null)
    {
        var client = node.CreateClient();
        var token = sameTokenAs?.DefaultRequestHeaders.Authorization?.Parameter;
        if (token is null)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoData.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task SaveCatalogueAsync(HttpClient admin, string json) =>
        (await admin.PutAsync($"/api/v1/programs/{TestCatalogue.Year}/catalogue", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

    private static async Task<List<string>> ItemCodesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/080108/compliance?year={TestCatalogue.Year}"))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("requirementCode").GetString()!).ToList();

    private async Task<Guid> StampAsync()
    {
        await using var connection = new NpgsqlConnection(nodeA.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Value" FROM "ReferenceStamps" """, connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> UserIdAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?limit=500")).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;

    public async ValueTask DisposeAsync()
    {
        await nodeB.DisposeAsync();
        await nodeA.DisposeAsync();
    }
}
