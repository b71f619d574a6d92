using System.Diagnostics;
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
using IncentiveCompliance.IntegrationTests.Http;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Files;

/// <summary>
/// docs/operations.md, «Copias de seguridad y restauración», done as it says while a node runs: pg_dump in custom format
/// and <c>files backup</c>; then pg_restore into a new database, <c>files restore</c> into a new object store, and a node
/// on those two serves everything that was there.
/// </summary>
public sealed class BackupRestoreTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> owned = [];
    private readonly string backup = Directory.CreateTempSubdirectory("ic-backup-").FullName;
    private TestDatabase original = null!;
    private TestDatabase restored = null!;

    [Fact]
    public async Task A_database_dump_and_a_files_backup_taken_while_a_node_runs_restore_into_a_new_database_and_store()
    {
        var store = await Owned(S3Server.StartAsync());
        var node = await Owned(AppProcess.StartAsync(original, store.Settings));
        var (submission, fileId, report) = await SomeWorkAsync(node);
        using var manager = await node.ApiAsync(DemoEmails.WanchaqManager, DemoData.Password);
        var compliance = await manager.GetStringAsync($"municipalities/{TestUsers.Wanchaq}/compliance?year={TestCatalogue.Year}");
        var before = await SnapshotAsync(original); // nothing happens on the node from here to the dump

        await RunAsync("pg_dump", "--format=custom", $"--file={backup}/base.dump", LibpqConnection(original));
        var (backedUp, backupOutput) = await AppProcess.RunCommandAsync(original, store.Settings, "files", "backup", Path.Combine(backup, "archivos"));
        var newStore = await Owned(S3Server.StartAsync());
        await RunAsync("pg_restore", "--no-owner", $"--dbname={LibpqConnection(restored)}", $"{backup}/base.dump");
        var (restoredFiles, restoreOutput) = await AppProcess.RunCommandAsync(restored, newStore.Settings, "files", "restore", Path.Combine(backup, "archivos"));
        var newNode = await Owned(AppProcess.StartAsync(restored, newStore.Settings));

        backedUp.Should().Be(0, backupOutput);
        restoredFiles.Should().Be(0, restoreOutput);
        restoreOutput.Should().Contain("restaurados desde").And.Contain(": 2 ", "the evidence and the report");
        (await SnapshotAsync(restored)).Should().BeEquivalentTo(before);
        using var newManager = await newNode.ApiAsync(DemoEmails.WanchaqManager, DemoData.Password);
        (await newManager.GetStringAsync($"municipalities/{TestUsers.Wanchaq}/compliance?year={TestCatalogue.Year}")).Should().Be(compliance);
        using var evidence = await newManager.GetAsync($"submissions/{submission}/files/{fileId}");
        evidence.StatusCode.Should().Be(HttpStatusCode.OK);
        Convert.ToHexStringLower(SHA256.HashData(await evidence.Content.ReadAsByteArrayAsync())).Should().Be(before.Evidence.Single(e => e.Id == fileId).Sha256);
        using var admin = await newNode.ApiAsync();
        using var printed = await admin.GetAsync($"reports/{report}/file");
        printed.StatusCode.Should().Be(HttpStatusCode.OK);
        before.Reports.Should().Contain($"{report} {Convert.ToHexStringLower(SHA256.HashData(await printed.Content.ReadAsByteArrayAsync()))}");
    }

    /// <summary>A submission with its evidence (and its audit entries) and a printed report.</summary>
    private static async Task<(Guid Submission, Guid FileId, Guid Report)> SomeWorkAsync(AppProcess node)
    {
        using var admin = await node.ApiAsync();
        (await admin.PutAsync($"programs/{TestCatalogue.Year}/catalogue", new StringContent(TestCatalogue.Json(), Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        using var manager = await node.ApiAsync(DemoEmails.WanchaqManager, DemoData.Password);
        var form = new MultipartFormDataContent
        {
            { new StringContent("Acta firmada"), "note" },
            { new StringContent(TestCatalogue.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "evidenceDate" },
        }.WithFile(TestFiles.Pdf, "acta.pdf");
        using var created = await manager.PostAsync($"municipalities/{TestUsers.Wanchaq}/requirements/M1/submissions?year={TestCatalogue.Year}", form);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var submission = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var fileId = (await manager.GetFromJsonAsync<JsonElement>($"submissions/{submission}")).GetProperty("files")[0].GetProperty("id").GetGuid();
        using var asked = await admin.PostAsJsonAsync("regions/08/reports", new { year = 2026 });
        var report = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(180);
        while ((await admin.GetFromJsonAsync<JsonElement>($"reports/{report}")).GetProperty("status").GetString() != "succeeded" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        return (submission, fileId, report);
    }

    private sealed record Snapshot(List<string> Submissions, List<EvidenceRow> Evidence, int AuditEntries, List<string> Reports);

    private sealed record EvidenceRow(Guid Id, string Sha256, long Size);

    private static async Task<Snapshot> SnapshotAsync(TestDatabase database)
    {
        await using var app = await AppServices.StartAsync(database, demo: false);
        return await app.Query(async db => new Snapshot(
            await db.Submissions.OrderBy(s => s.Id).Select(s => s.Id + " " + s.Status + " " + s.Note).ToListAsync(),
            await db.EvidenceFiles.OrderBy(f => f.Id).Select(f => new EvidenceRow(f.Id, f.Sha256, f.Size)).ToListAsync(),
            await db.AuditTrail.CountAsync(),
            await db.ComplianceReports.Where(r => r.Status == JobStatus.Succeeded).OrderBy(r => r.Id).Select(r => r.Id + " " + r.Sha256).ToListAsync()));
    }

    private static string LibpqConnection(TestDatabase database)
    {
        var c = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"host={c.Host} port={c.Port} user={c.Username} dbname={c.Database}";
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var bin = Environment.GetEnvironmentVariable("IC_PG_BIN") is { Length: > 0 } configured ? configured : "/usr/lib/postgresql/15/bin";
        using var process = Process.Start(new ProcessStartInfo(Path.Combine(bin, tool), arguments) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, await error);
    }

    private async Task<T> Owned<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var started = await starting;
        owned.Insert(0, started);
        return started;
    }

    public async ValueTask InitializeAsync()
    {
        original = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        restored = new TestDatabase(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync(), Directory.CreateTempSubdirectory("ic-data-").FullName);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var started in owned)
        {
            await started.DisposeAsync();
        }

        await original.DeleteAsync();
        await restored.DeleteAsync();
        Directory.Delete(backup, recursive: true);
    }
}
