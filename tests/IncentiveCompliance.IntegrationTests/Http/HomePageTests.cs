using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Each figure of a home page («Inicio») is what the API answers to the same question, and the length of the list it links to.</summary>
public sealed partial class HomePageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly int Year = TestCatalogue.Year;

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_home_figures_equal_the_api_and_the_lists_behind_them(DatabaseProvider provider)
    {
        await ActivityAsync(provider);
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        var manager = await api.SignedIn(provider, DemoEmails.WanchaqManager);

        var regional = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/regions/08/home?year={Year}");
        var regionalPage = await api.PageAsync(provider, DemoEmails.Secretariat, $"/?anio={Year}");
        var queue = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/regions/08/review-queue?limit=500");
        var compliance = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/regions/08/compliance?year={Year}");
        var coverage = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/regions/08/training-coverage?year={Year}");

        regional.GetProperty("awaitingReview").GetInt32().Should().Be(2).And.Be(queue.GetProperty("items").GetArrayLength());
        Figure(regionalPage, "awaiting-review").Should().Be(2);
        Figure(regionalPage, "corrections-overdue").Should().Be(regional.GetProperty("correctionsOverdue").GetInt32());
        Figure(regionalPage, "trained").Should().Be(regional.GetProperty("municipalitiesTrained").GetInt32())
            .And.Be(coverage.EnumerateArray().Count(c => c.GetProperty("peopleTrained").GetInt32() > 0));
        Figure(regionalPage, "budget-months").Should().Be(regional.GetProperty("budgetMonthsNotReviewed").GetInt32());
        foreach (var (status, property) in new[] { ("met", "met"), ("on_track", "onTrack"), ("at_risk", "atRisk"), ("not_met", "notMet") })
        {
            var inList = compliance.GetProperty("municipalities").EnumerateArray().Count(m => m.GetProperty("status").GetString() == status);
            regional.GetProperty("statuses").GetProperty(property).GetInt32().Should().Be(inList, status);
            Figure(regionalPage, $"status-{status}").Should().Be(inList, status);
            var filtered = await api.PageAsync(provider, DemoEmails.Secretariat, $"/Regiones/08/Cumplimiento?anio={Year}&estado={status}");
            MunicipalityRows().Matches(filtered).Count.Should().Be(inList, $"the dashboard filtered by {status} lists what the home page counts");
        }

        var municipal = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{TestUsers.Wanchaq}/home?year={Year}");
        var municipalPage = await api.PageAsync(provider, DemoEmails.WanchaqManager, $"/?anio={Year}");
        var items = (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{TestUsers.Wanchaq}/compliance?year={Year}")).GetProperty("items");
        Figure(municipalPage, "score").Should().Be(municipal.GetProperty("score").GetInt32());
        Figure(municipalPage, "points-missing").Should().Be(60 - municipal.GetProperty("score").GetInt32());
        Figure(municipalPage, "corrections").Should().Be(1).And.Be(items.EnumerateArray().Count(i => i.GetProperty("state").GetString() == "observed"));
        municipal.GetProperty("corrections")[0].GetProperty("reason").GetString().Should().Be("Acta ilegible");
        municipal.GetProperty("mandatoryPending").EnumerateArray().Select(c => c.GetString()).Should().Equal("M1");
        municipalPage.Should().Contain("Acta ilegible");

        var observed = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/regions/08/review-queue?status=observed&limit=500");
        observed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ubigeo").GetString()).Should().Equal([TestUsers.Wanchaq], "Santiago answered its observation");

        var national = await api.SignedIn(provider, DemoEmails.National);
        var seen = (await national.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{TestUsers.Wanchaq}/compliance?year={Year}")).GetProperty("items");
        seen.EnumerateArray().Single(i => i.GetProperty("requirementCode").GetString() == "M1").Should()
            .Match<JsonElement>(i => i.GetProperty("reviewReason").ValueKind == JsonValueKind.Null && i.GetProperty("latestSubmissionId").ValueKind == JsonValueKind.Null,
                "a national viewer reads the figures, not the reviewer's words nor the way to the submission");
        (await api.PageAsync(provider, DemoEmails.National, $"/Municipalidades/{TestUsers.Wanchaq}/Cumplimiento?anio={Year}")).Should().NotContain("Acta ilegible");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_administrator_and_the_budget_officer_see_their_own_work(DatabaseProvider provider)
    {
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "ex.gerente@wanchaq.demo.pe", fullName = "Exgerente de Wanchaq", password = "Clave-de-prueba-2026", role = "MunicipalManager", ubigeo = TestUsers.Wanchaq,
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await admin.PutAsJsonAsync($"/api/v1/users/{id}/enabled", new { enabled = false })).StatusCode.Should().Be(HttpStatusCode.OK);

        var home = await admin.GetFromJsonAsync<JsonElement>("/api/v1/administration/home");
        var page = await api.PageAsync(provider, DemoEmails.Admin, "/");
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?limit=500")).GetProperty("items").EnumerateArray()
            .Count(u => u.GetProperty("disabled").GetBoolean() || u.GetProperty("lockedOut").GetBoolean());
        home.GetProperty("accounts").GetArrayLength().Should().Be(1).And.Be(listed);
        Figure(page, "accounts").Should().Be(1);
        Figure(page, "failed-jobs").Should().Be(home.GetProperty("failedJobs").GetInt32());
        page.Should().Contain("ex.gerente@wanchaq.demo.pe");

        var budget = await (await api.SignedIn(provider, DemoEmails.WanchaqBudget)).GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{TestUsers.Wanchaq}/budget/home?year={Year}");
        budget.GetProperty("hasFigures").GetBoolean().Should().BeFalse();
        (await api.PageAsync(provider, DemoEmails.WanchaqBudget, $"/?anio={Year}")).Should().Contain("Aún no hay cifras del PP 0030");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_municipal_user_cannot_read_another_municipality_home(DatabaseProvider provider)
    {
        var manager = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var budget = await api.SignedIn(provider, DemoEmails.WanchaqBudget);

        (await manager.GetAsync($"/api/v1/municipalities/{TestUsers.Santiago}/home")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await manager.GetAsync("/api/v1/regions/08/home")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await budget.GetAsync($"/api/v1/municipalities/{TestUsers.Wanchaq}/home")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "security evidence is not the budget officer's");
        (await manager.GetAsync("/api/v1/administration/home")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    /// <summary>The test catalogue; Wanchaq sends M1 (observed) and I1 (waiting); Santiago sends M1, observed and answered (waiting).</summary>
    private async Task ActivityAsync(DatabaseProvider provider)
    {
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        var wanchaq = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var santiago = await api.SignedIn(provider, DemoEmails.SantiagoManager);
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        (await admin.PutAsync($"/api/v1/programs/{Year}/catalogue", new StringContent(TestCatalogue.Json(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var m1 = await SubmitAsync(wanchaq, TestUsers.Wanchaq, "M1", TestFiles.Pdf, "acta.pdf");
        await SubmitAsync(wanchaq, TestUsers.Wanchaq, "I1", TestFiles.Csv, "km.csv", ("value", "75"));
        var answered = await SubmitAsync(santiago, TestUsers.Santiago, "M1", TestFiles.Pdf, "acta.pdf");
        (await secretariat.PostAsJsonAsync($"/api/v1/submissions/{m1}/review", new { decision = "observe", reason = "Acta ilegible" })).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync($"/api/v1/submissions/{answered}/review", new { decision = "observe", reason = "Falta la firma" })).EnsureSuccessStatusCode();
        await SubmitAsync(santiago, TestUsers.Santiago, "M1", TestFiles.Pdf, "acta-firmada.pdf");
    }

    private static async Task<Guid> SubmitAsync(HttpClient client, string ubigeo, string code, byte[] file, string name, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }

        var response = await client.PostAsync($"/api/v1/municipalities/{ubigeo}/requirements/{code}/submissions?year={Year}", form.WithFile(file, name));
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }


    private static int Figure(string html, string name) =>
        int.Parse(Regex.Match(html, $"""data-figure="{name}">([0-9]+)<""").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("""<td><a href="/Municipalidades/08[0-9]{4}/Cumplimiento""")]
    private static partial Regex MunicipalityRows();
}
