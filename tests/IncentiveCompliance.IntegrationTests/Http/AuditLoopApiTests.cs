using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The audit loop's HTTP contract: uploads, reviews, compliance, exports.</summary>
public sealed class AuditLoopApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_submission_goes_round_the_loop_over_http(DatabaseProvider provider)
    {
        var (admin, manager, secretariat) = await Clients(provider);
        (await admin.PutAsync($"/api/v1/programs/{TestCatalogue.Year}/catalogue", new StringContent(TestCatalogue.Json(), Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        const string ubigeo = TestUsers.Wanchaq;

        var created = await manager.PostAsync($"/api/v1/municipalities/{ubigeo}/requirements/M1/submissions?year={TestCatalogue.Year}",
            Form(("note", "Acta firmada"), ("evidenceDate", TestCatalogue.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).WithFile(TestFiles.Pdf, "acta.pdf"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("submitted");
        var id = body.GetProperty("id").GetGuid();

        var details = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}");
        var fileId = details.GetProperty("files")[0].GetProperty("id").GetGuid();
        var download = await manager.GetAsync($"/api/v1/submissions/{id}/files/{fileId}");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.Should().Be("acta.pdf");
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(TestFiles.Pdf);

        var review = await secretariat.PostAsJsonAsync($"/api/v1/submissions/{id}/review", new { decision = "approve" });
        var again = await secretariat.PostAsJsonAsync($"/api/v1/submissions/{id}/review", new { decision = "reject", reason = "no" });
        review.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);

        var compliance = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{ubigeo}/compliance?year={TestCatalogue.Year}");
        compliance.GetProperty("ubigeo").GetString().Should().Be(ubigeo);
        compliance.GetProperty("score").GetInt32().Should().Be(40);
        compliance.GetProperty("maxScore").GetInt32().Should().Be(100);
        compliance.GetProperty("status").GetString().Should().Be("on_track");
        var item = compliance.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("requirementCode").GetString() == "M1");
        item.GetProperty("state").GetString().Should().Be("approved");
        item.GetProperty("points").GetInt32().Should().Be(40);
        item.GetProperty("dueDate").GetString().Should().Be(TestCatalogue.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Uploads_are_refused_by_size_content_and_form(DatabaseProvider provider)
    {
        var (_, manager, _) = await Clients(provider);
        var url = "/api/v1/municipalities/080108/requirements/H1/submissions?year=2026";

        var large = await manager.PostAsync(url, Form().WithFile(new byte[(25 * 1024 * 1024) + 1], "grande.pdf"));
        var executable = await manager.PostAsync(url, Form().WithFile(TestFiles.Executable, "acta.pdf"));
        var badDate = await manager.PostAsync(url, Form(("evidenceDate", "31/12/2026")).WithFile(TestFiles.Pdf, "acta.pdf"));

        large.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        executable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await executable.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("files")[0].GetString().Should().Contain("no es un archivo admitido");
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("evidenceDate")[0].GetString().Should().Be("«31/12/2026» no es una fecha AAAA-MM-DD.");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_value_is_read_with_a_comma_or_a_dot_and_refused_with_its_field_otherwise(DatabaseProvider provider)
    {
        var (_, manager, _) = await Clients(provider);
        var url = "/api/v1/municipalities/080106/requirements/5.3/submissions?year=2026";
        var santiago = await api.SignedIn(provider, DemoEmails.SantiagoManager);

        var bad = await santiago.PostAsync(url, Form(("value", "setenta")).WithFile(TestFiles.Csv, "km.csv"));
        var good = await santiago.PostAsync(url, Form(("value", "72,5")).WithFile(TestFiles.Csv, "km.csv"));

        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("value")[0].GetString().Should().Be("«setenta» no es un número (p. ej. 70.5 o 70,5).");
        var id = (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await santiago.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}")).GetProperty("value").GetDecimal().Should().Be(72.5m);
        (await manager.PostAsync(url, Form(("value", "setenta")).WithFile(TestFiles.Csv, "km.csv"))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "authorization comes before the form's errors");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_page_with_commas_is_no_csv_and_a_download_is_named_for_what_it_holds(DatabaseProvider provider)
    {
        var wanchaq = await api.SignedIn(provider, DemoEmails.WanchaqManager); // no other test of this class opens Wanchaq's 5.3
        var url = "/api/v1/municipalities/080108/requirements/5.3/submissions?year=2026";
        var page = Encoding.UTF8.GetBytes("<html>,<script>location='http://x'</script>\nkm,fecha\n71,2026-05-01\n</html>,\n");

        var markup = await wanchaq.PostAsync(url, Form(("value", "70"), ("draft", "true")).WithFile(page, "km.csv"));
        var renamed = await wanchaq.PostAsync(url, Form(("value", "70"), ("draft", "true")).WithFile(TestFiles.Csv, "km.csv.hta"));

        markup.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        renamed.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var fileId = (await wanchaq.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}")).GetProperty("files")[0].GetProperty("id").GetGuid();
        var download = await wanchaq.GetAsync($"/api/v1/submissions/{id}/files/{fileId}");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.Should().Be("km.csv", "the name ends in the type the bytes showed");
        download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_region_exports_its_matrix_as_csv_and_xlsx(DatabaseProvider provider)
    {
        var (_, _, secretariat) = await Clients(provider);

        var csv = await secretariat.GetAsync("/api/v1/regions/08/compliance/export?year=2026");
        var xlsx = await secretariat.GetAsync("/api/v1/regions/08/compliance/export?year=2026&format=xlsx");

        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(117);
        lines[0].Should().StartWith("ubigeo,municipalidad,provincia,tipo_pi,puntaje,puntaje_maximo,estado,H1,H2");
        xlsx.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("cumplimiento-08-2026.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Should().HaveCount(117);
    }

    private async Task<(HttpClient Admin, HttpClient Manager, HttpClient Secretariat)> Clients(DatabaseProvider provider) =>
        (await api.SignedIn(provider, DemoEmails.Admin), await api.SignedIn(provider, DemoEmails.WanchaqManager), await api.SignedIn(provider, DemoEmails.Secretariat));

    internal static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}

internal static class MultipartExtensions
{
    public static MultipartFormDataContent WithFile(this MultipartFormDataContent form, byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "files", name);
        return form;
    }
}
