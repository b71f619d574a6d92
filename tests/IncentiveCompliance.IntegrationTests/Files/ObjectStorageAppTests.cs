using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Budget;
using IncentiveCompliance.IntegrationTests.Http;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Files;

/// <summary>The application as a process on PostgreSQL with its files in an S3-compatible store (a real s3rver).</summary>
public sealed class ObjectStorageAppTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> owned = [];
    private TestDatabase database = null!;

    [Fact]
    public async Task Evidence_a_report_and_a_budget_file_go_to_the_object_store_and_nothing_to_the_data_folder()
    {
        var s3 = await Owned(S3Server.StartAsync());
        var node = await Owned(AppProcess.StartAsync(database, s3.Settings));
        var manager = await CatalogueAndManagerAsync(node);
        using var admin = await node.ApiAsync();

        var (id, fileId) = await SubmitAsync(manager);
        using var download = await manager.GetAsync($"submissions/{id}/files/{fileId}");
        var report = await IdOf(admin.PostAsJsonAsync("regions/08/reports", new { year = 2026 }));
        var import = await IdOf(admin.PostAsync($"budget/imports?year={BudgetImportTests.Year}", BudgetFile()));

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        SHA256.HashData(await download.Content.ReadAsByteArrayAsync()).Should().Equal(SHA256.HashData(TestFiles.Pdf));
        (await WaitForAsync(db => db.ComplianceReports.AnyAsync(r => r.Id == report && r.Status == JobStatus.Succeeded))).Should().BeTrue(node.Output);
        (await WaitForAsync(db => db.BudgetImports.AnyAsync(i => i.Id == import && i.Status == JobStatus.Succeeded))).Should().BeTrue(node.Output);
        using var printed = await admin.GetAsync($"reports/{report}/file");
        printed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await printed.Content.ReadAsByteArrayAsync()).Take(5).Should().Equal("%PDF-"u8.ToArray());
        Directory.EnumerateFiles(database.DataDirectory, "*", SearchOption.AllDirectories).Should().BeEmpty("with S3 and PostgreSQL a node keeps no file of its own");
    }

    [Fact]
    public async Task An_upload_while_the_object_store_is_down_answers_503_in_Spanish_and_keeps_no_submission()
    {
        var s3 = await Owned(S3Server.StartAsync());
        var node = await Owned(AppProcess.StartAsync(database, s3.Settings));
        var manager = await CatalogueAndManagerAsync(node);
        var evidenceBefore = await CountAsync(db => db.EvidenceFiles.CountAsync());
        await s3.StopAsync();

        using var api = await manager.PostAsync(SubmissionsPath, SubmissionForm());
        var page = new FormClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node.BaseAddress });
        await page.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password);
        var pagePath = $"/Municipalidades/{TestUsers.Wanchaq}/Requisitos/M1?anio={TestCatalogue.Year}";
        var form = SubmissionForm();
        form.Add(new StringContent(await page.AntiforgeryTokenAsync(pagePath)), FormClient.AntiforgeryFieldName);
        using var onPage = await page.SendAsync(new HttpRequestMessage(HttpMethod.Post, pagePath) { Content = form });

        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Contain("almacenamiento de archivos no está disponible").And.Contain("no se guardó nada");
        onPage.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        WebUtility.HtmlDecode(await onPage.Content.ReadAsStringAsync()).Should().Contain("El almacenamiento de archivos no está disponible en este momento");
        (await CountAsync(db => db.Submissions.CountAsync(s => s.Ubigeo == TestUsers.Wanchaq && db.Requirements.Any(r => r.Id == s.RequirementId && r.Year == TestCatalogue.Year && r.Code == "M1"))))
            .Should().Be(0);
        (await CountAsync(db => db.EvidenceFiles.CountAsync())).Should().Be(evidenceBefore);
    }

    private static string SubmissionsPath => $"municipalities/{TestUsers.Wanchaq}/requirements/M1/submissions?year={TestCatalogue.Year}";

    private static MultipartFormDataContent SubmissionForm() => new MultipartFormDataContent
    {
        { new StringContent("Acta firmada"), "note" },
        { new StringContent(TestCatalogue.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "evidenceDate" },
    }.WithFile(TestFiles.Pdf, "acta.pdf");

    /// <summary>The test catalogue put in place by the administrator; an API client of Wanchaq's manager.</summary>
    private static async Task<HttpClient> CatalogueAndManagerAsync(AppProcess node)
    {
        using var admin = await node.ApiAsync();
        (await admin.PutAsync($"programs/{TestCatalogue.Year}/catalogue", new StringContent(TestCatalogue.Json(), Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        return await node.ApiAsync(DemoEmails.WanchaqManager, DemoData.Password);
    }

    private static async Task<(Guid Id, Guid FileId)> SubmitAsync(HttpClient manager)
    {
        using var created = await manager.PostAsync(SubmissionsPath, SubmissionForm());
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var details = await manager.GetFromJsonAsync<JsonElement>($"submissions/{id}");
        return (id, details.GetProperty("files")[0].GetProperty("id").GetGuid());
    }

    private static MultipartFormDataContent BudgetFile() => new()
    {
        { new ByteArrayContent(BudgetImportTests.File(BudgetImportTests.SampleRows())), "file", "Gasto-Mensual.csv" },
    };

    private static async Task<Guid> IdOf(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<int> CountAsync(Func<Core.Persistence.AppDbContext, Task<int>> count)
    {
        await using var app = await AppServices.StartAsync(database, demo: false);
        return await app.Query(count);
    }

    private async Task<bool> WaitForAsync(Func<Core.Persistence.AppDbContext, Task<bool>> condition)
    {
        await using var app = await AppServices.StartAsync(database, demo: false);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (await app.Query(condition))
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private async Task<T> Owned<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var started = await starting;
        owned.Insert(0, started); // stopped in the reverse order of their start
        return started;
    }

    public async ValueTask InitializeAsync() => database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);

    public async ValueTask DisposeAsync()
    {
        foreach (var started in owned)
        {
            await started.DisposeAsync();
        }

        await database.DeleteAsync();
    }
}
