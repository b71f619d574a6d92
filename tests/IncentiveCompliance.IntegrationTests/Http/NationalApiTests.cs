using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The national view over HTTP, as the ministries' integrations call it, and what the national viewer may not do.</summary>
public sealed class NationalApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Cusco_row_equals_the_region_dashboard_and_the_exports_hold_the_same_rows(DatabaseProvider provider)
    {
        var wanchaq = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        (await wanchaq.PostAsync("/api/v1/municipalities/080108/requirements/5.3/submissions?year=2026", AuditLoopApiTests.Form(("value", "70")).WithFile(TestFiles.Csv, "km.csv")))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var national = await api.SignedIn(provider, DemoEmails.National);

        var body = await national.GetFromJsonAsync<JsonElement>("/api/v1/national/compliance?year=2026");
        var region = await national.GetFromJsonAsync<JsonElement>("/api/v1/regions/08/compliance?year=2026");

        body.GetProperty("year").GetInt32().Should().Be(2026);
        var cusco = body.GetProperty("regions").EnumerateArray().Single();
        cusco.GetProperty("code").GetString().Should().Be("08");
        cusco.GetProperty("name").GetString().Should().Be("Cusco");
        var totals = region.GetProperty("totals");
        foreach (var field in new[] { "municipalities", "met", "onTrack", "atRisk", "notMet", "averageScore", "pendingReview" })
        {
            cusco.GetProperty(field).GetDouble().Should().Be(totals.GetProperty(field).GetDouble(), field);
        }

        cusco.GetProperty("pendingReview").GetInt32().Should().BeGreaterThan(0);
        cusco.GetProperty("execution").ValueKind.Should().Be(JsonValueKind.Null, "the demo has no PP 0030 figures");
        body.GetProperty("totals").GetProperty("municipalities").GetInt32().Should().Be(116);

        var csv = await national.GetAsync("/api/v1/national/compliance/export?year=2026");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[0].Should().Be("codigo,region,municipalidades,cumplen,en_camino,en_riesgo,no_cumplen,puntaje_promedio,por_revisar,pim,devengado,ejecucion_pp0030,personas_capacitadas");
        lines[1].Should().Be(string.Join(',', "08", "Cusco", Number(cusco, "municipalities"), Number(cusco, "met"), Number(cusco, "onTrack"), Number(cusco, "atRisk"),
            Number(cusco, "notMet"), Number(cusco, "averageScore"), Number(cusco, "pendingReview"), "0.00", "0.00", "", Number(cusco, "peopleTrained")));
        lines[2].Should().StartWith(",Total nacional,116,");

        var xlsx = await national.GetAsync("/api/v1/national/compliance/export?year=2026&format=xlsx");
        xlsx.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("nacional-2026.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Should().HaveCount(3);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_national_viewer_gets_403_on_every_write_evidence_audit_users_and_attendees(DatabaseProvider provider)
    {
        var santiago = await api.SignedIn(provider, DemoEmails.SantiagoManager);
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        var national = await api.SignedIn(provider, DemoEmails.National);
        var created = await santiago.PostAsync("/api/v1/municipalities/080106/requirements/5.3/submissions?year=2026", AuditLoopApiTests.Form(("value", "71")).WithFile(TestFiles.Csv, "km.csv"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var fileId = (await santiago.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}")).GetProperty("files")[0].GetProperty("id").GetGuid();
        var training = await secretariat.PostAsJsonAsync("/api/v1/trainings", new
        {
            regionCode = "08", title = "Compromiso 2026", topics = "SINASEC", date = "2026-03-12", hours = 4, modality = "presencial",
            place = "Auditorio", organiser = "Secretaría Técnica", targetPositions = Array.Empty<string>(), requirementCodes = Array.Empty<string>(),
        });
        training.StatusCode.Should().Be(HttpStatusCode.Created);
        var trainingId = (await training.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var answers = new Dictionary<string, HttpStatusCode>
        {
            ["review"] = (await national.PostAsJsonAsync($"/api/v1/submissions/{id}/review", new { decision = "approve" })).StatusCode,
            ["submission"] = (await national.PostAsync("/api/v1/municipalities/080106/requirements/H1/submissions?year=2026", AuditLoopApiTests.Form(("note", "x")).WithFile(TestFiles.Pdf, "a.pdf"))).StatusCode,
            ["read submission"] = (await national.GetAsync($"/api/v1/submissions/{id}")).StatusCode,
            ["evidence"] = (await national.GetAsync($"/api/v1/submissions/{id}/files/{fileId}")).StatusCode,
            ["training"] = (await national.PostAsJsonAsync("/api/v1/trainings", new { regionCode = "08", title = "x" })).StatusCode,
            ["attendees"] = (await national.GetAsync($"/api/v1/trainings/{trainingId}")).StatusCode,
            ["attendee"] = (await national.PostAsJsonAsync($"/api/v1/trainings/{trainingId}/participants", new { dni = "41234567" })).StatusCode,
            ["municipality trainings"] = (await national.GetAsync("/api/v1/municipalities/080106/trainings?year=2026")).StatusCode,
            ["user"] = (await national.PostAsJsonAsync("/api/v1/users", new { email = "otro@demo.pe", fullName = "Otro", role = "NationalViewer" })).StatusCode,
            ["users"] = (await national.GetAsync("/api/v1/users")).StatusCode,
            ["audit"] = (await national.GetAsync("/api/v1/regions/08/audit")).StatusCode,
            ["audit export"] = (await national.GetAsync("/api/v1/regions/08/audit/export")).StatusCode,
            ["security events"] = (await national.GetAsync("/api/v1/security/events")).StatusCode,
            ["municipality"] = (await national.PutAsJsonAsync("/api/v1/municipalities/080106", new { piType = "A", version = 0 })).StatusCode,
            ["report"] = (await national.PostAsJsonAsync("/api/v1/regions/08/reports", new { year = 2026 })).StatusCode,
            ["budget import"] = (await national.PostAsync("/api/v1/budget/imports?year=2026", null)).StatusCode,
            ["budget months"] = (await national.GetAsync("/api/v1/municipalities/080106/budget?year=2026")).StatusCode,
        };

        answers.Should().OnlyContain(a => a.Value == HttpStatusCode.Forbidden);
        (await santiago.GetAsync($"/api/v1/submissions/{id}/files/{fileId}")).StatusCode.Should().Be(HttpStatusCode.OK, "the file is there for its municipality");
    }

    private static string Number(JsonElement row, string field) =>
        row.GetProperty(field).GetDouble().ToString(CultureInfo.InvariantCulture);
}
