using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Exports stay whole but are streamed: written as the rows are read, over a real Kestrel connection.</summary>
public sealed class ExportStreamingTests(PostgresServer postgres)
{
    private const int AddedEntries = 5000;

    [Fact]
    public async Task A_csv_export_is_sent_in_chunks_and_holds_every_row_of_the_trail()
    {
        await using var factory = await AppFactory.CreateAsync(DatabaseProvider.Sqlite, postgres);
        factory.UseKestrel(0);
        factory.StartServer();
        await AddTrailEntries(factory);
        var expected = await Trail(factory);
        using var client = await SignedIn(factory, DemoEmails.Secretariat);

        using var response = await client.GetAsync("/api/v1/regions/08/audit/export", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.TransferEncodingChunked.Should().BeTrue("the file is written as the rows come, its length unknown");
        response.Content.Headers.ContentLength.Should().BeNull();
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("auditoria-08.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel in Spanish reads the accents of a file with a BOM");
        using var reader = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.Parser.Record!);
        }

        rows[0].Should().Equal("id", "fecha_utc", "usuario", "accion", "entidad", "id_entidad", "ubigeo", "antes", "despues");
        rows.Skip(1).Select(r => (r[0], r[1], r[2], r[3], r[5], r[8])).Should().Equal(expected.Select(a => (
            a.Id.ToString(CultureInfo.InvariantCulture), a.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), a.UserEmail,
            EnumJson.Name(a.Action), FormulaGuard.Escape(a.EntityId), a.After ?? "")));
        rows.Should().HaveCount(expected.Count + 1).And.HaveCountGreaterThan(AddedEntries);
        rows.Should().ContainSingle(r => r[5] == "'=HYPERLINK(1)", "a formula is written as text");

        var recorded = await Query(factory, db => db.AuditTrail.Where(a => a.Action == AuditAction.AuditExported).Select(a => a.After).SingleAsync());
        recorded.Should().Be($$"""{"rows":{{expected.Count}}}""", "the audit entry counts the rows of the file, which leaves the entry itself out");
    }

    [Fact]
    public async Task An_xlsx_export_opens_and_holds_every_row_of_the_trail()
    {
        await using var factory = await AppFactory.CreateAsync(DatabaseProvider.Sqlite, postgres);
        factory.UseKestrel(0);
        factory.StartServer();
        await AddTrailEntries(factory);
        var expected = await Trail(factory);
        using var client = await SignedIn(factory, DemoEmails.Secretariat);

        using var response = await client.GetAsync("/api/v1/regions/08/audit/export?format=xlsx", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("auditoria-08.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        rows[0].Select(c => c.InnerText).Should().StartWith(["id", "fecha_utc", "usuario", "accion"]);
        rows.Skip(1).Select(r => (r[0].CellValue!.Text, r[3].InnerText, r[5].InnerText)).Should().Equal(
            expected.Select(a => (a.Id.ToString(CultureInfo.InvariantCulture), EnumJson.Name(a.Action), a.EntityId)));
        workbook.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value.Should().Be("auditoria-08");
    }

    /// <summary>Enough entries that the file outgrows the writer's buffers; one of them looks like a formula.</summary>
    private static async Task AddTrailEntries(AppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var at = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        db.AuditTrail.AddRange(Enumerable.Range(0, AddedEntries).Select(i => new AuditEntry
        {
            At = at.AddMinutes(i),
            UserId = "prueba",
            UserEmail = "secretaria.tecnica@cusco.demo.pe",
            Action = AuditAction.SubmissionReviewed,
            EntityType = "Prueba",
            EntityId = i == 7 ? "=HYPERLINK(1)" : $"entrada-{i}",
            Ubigeo = "080108",
            RegionCode = "08",
            After = """{"nota":"Acta firmada, con comas y «comillas»"}""",
        }));
        db.AuditTrail.Add(new AuditEntry { UserId = "prueba", UserEmail = "x@lima.pe", Action = AuditAction.SubmissionReviewed, EntityType = "Prueba", EntityId = "lima", RegionCode = "15" });
        await db.SaveChangesAsync();
    }

    private static Task<List<AuditEntry>> Trail(AppFactory factory) => Query(factory, db => db.RegionTrail("08").OrderBy(a => a.Id).ToListAsync());

    private static async Task<T> Query<T>(AppFactory factory, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task<HttpClient> SignedIn(AppFactory factory, string email)
    {
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Infrastructure.Demo.DemoData.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<ApiFixture.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }
}
