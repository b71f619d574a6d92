using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Budget;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Jobs;

/// <summary>Hangfire with its store beside the application's database, driven through real application processes.</summary>
public sealed class JobServerTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_report_and_an_import_asked_for_over_the_API_run_as_jobs(DatabaseProvider provider)
    {
        var database = await PreparedAsync(provider);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        await using var node = await AppProcess.StartAsync(database);
        using var api = await node.ApiAsync();

        var report = await IdOf(api.PostAsJsonAsync("regions/08/reports", new { year = 2026 }));
        var import = await IdOf(api.PostAsync($"budget/imports?year={BudgetImportTests.Year}", Upload(BudgetImportTests.File(BudgetImportTests.SampleRows()))));

        (await WaitForAsync(database, db => db.ComplianceReports.AnyAsync(r => r.Id == report && r.Status == JobStatus.Succeeded))).Should().BeTrue(node.Output);
        (await WaitForAsync(database, db => db.BudgetImports.AnyAsync(i => i.Id == import && i.Status == JobStatus.Succeeded))).Should().BeTrue(node.Output);
        (await PimAsync(api)).Should().Be(180000.15m);

        // What the node's job server did shows on its own /metrics (the test connects from loopback, which may read it).
        using var scraper = new HttpClient { BaseAddress = node.BaseAddress };
        var metrics = await scraper.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        foreach (var kind in new[] { nameof(GenerateComplianceReport), nameof(RunBudgetImport) })
        {
            Series(metrics, "ic_jobs_started_total", kind).Should().Be(1, metrics);
            Series(metrics, "ic_jobs_succeeded_total", kind).Should().Be(1, metrics);
            Series(metrics, "ic_jobs_duration_seconds_count", kind).Should().Be(1, metrics);
        }

        Series(metrics, "ic_report_duration_seconds_count", kind: null).Should().Be(1, metrics);
        Series(metrics, "ic_budget_import_rows_total", kind: null).Should().Be(BudgetImportTests.SampleRows().Count, metrics);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_import_cut_off_by_a_killed_process_resumes_after_restart_and_counts_once(DatabaseProvider provider)
    {
        var database = await PreparedAsync(provider);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        // The import reads a named pipe, so the test decides when the file "ends": the job is mid-read when its node dies.
        var pipe = Path.Combine(database.DataDirectory, "gasto.csv");
        Process.Start("mkfifo", pipe).WaitForExit();
        Guid importId;
        await using (var setup = await AppServices.StartAsync(database, demo: false))
        {
            importId = await setup.SendAsAdmin(new ImportBudgetFile(BudgetImportTests.Year, pipe));
        }

        var file = BudgetImportTests.File(BudgetImportTests.SampleRows());
        await using (var first = await AppProcess.StartAsync(database))
        {
            await EnqueueAsync(database, new RunBudgetImport(importId));
            await using var half = await OpenPipeAsync(pipe);
            await half.WriteAsync(file.AsMemory(0, file.Length / 2));
            await half.FlushAsync();
            (await WaitForAsync(database, db => db.BudgetImports.AnyAsync(i => i.Id == importId && i.Status == JobStatus.Running))).Should().BeTrue(first.Output);
            first.Kill();
        }

        var restarted = Stopwatch.StartNew();
        await using var second = await AppProcess.StartAsync(database);
        await using (var whole = await OpenPipeAsync(pipe))
        {
            await whole.WriteAsync(file);
        }

        (await WaitForAsync(database, db => db.BudgetImports.AnyAsync(i => i.Id == importId && i.Status == JobStatus.Succeeded)))
            .Should().BeTrue(second.Output);
        restarted.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(2));
        await using var check = await AppServices.StartAsync(database, demo: false);
        var wanchaq = await check.SendAsAdmin(new GetMunicipalityBudget(TestUsers.Wanchaq, BudgetImportTests.Year));
        wanchaq.Pim.Should().Be(180000.15m, "the figures are counted once although the job ran twice");
        (await check.Query(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.BudgetImported))).Should().Be(1);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Two_imports_of_one_year_at_once_both_finish_with_the_figures_of_one(DatabaseProvider provider)
    {
        var database = await PreparedAsync(provider);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        await using var node = await AppProcess.StartAsync(database, new Dictionary<string, string?> { ["Jobs:ImportWorkers"] = "2" });
        using var api = await node.ApiAsync();
        var (ones, twos) = (Rows(20_000, "1.00"), Rows(20_000, "2.00"));

        var ids = await Task.WhenAll(
            IdOf(api.PostAsync($"budget/imports?year={BudgetImportTests.Year}", Upload(ones))),
            IdOf(api.PostAsync($"budget/imports?year={BudgetImportTests.Year}", Upload(twos))));

        (await WaitForAsync(database, async db => await db.BudgetImports.CountAsync(i => ids.Contains(i.Id) && (i.Status == JobStatus.Succeeded || i.Status == JobStatus.Failed)) == 2))
            .Should().BeTrue("neither stays running: " + node.Output);
        (await WaitForAsync(database, async db => await db.BudgetImports.CountAsync(i => ids.Contains(i.Id) && i.Status == JobStatus.Succeeded) == 2))
            .Should().BeTrue("both finish well: " + node.Output);
        (await PimAsync(api)).Should().BeOneOf(20_000m, 40_000m);
    }

    [Fact]
    public async Task Two_nodes_on_one_PostgreSQL_fire_a_regions_recurring_report_once()
    {
        var database = await PreparedAsync(DatabaseProvider.PostgreSql);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        await using (var setup = await AppServices.StartAsync(database, demo: false))
        {
            await setup.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "weekly", null, "monday", 7));
        }

        await using var one = await AppProcess.StartAsync(database);
        await using var two = await AppProcess.StartAsync(database);
        // Both nodes registered the schedule at start; make its last firing eight days old, so it is due on both at once.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var due = new NpgsqlCommand(
                $"""
                INSERT INTO {JobStorages.Schema}.hash (key, field, value) VALUES ('recurring-job:report-08', 'LastExecution', @at)
                    ON CONFLICT (key, field) DO UPDATE SET value = @at;
                UPDATE {JobStorages.Schema}.set SET score = 0 WHERE key = 'recurring-jobs' AND value = 'report-08';
                """, connection);
            due.Parameters.AddWithValue("at", DateTime.UtcNow.AddDays(-8).ToString("o", CultureInfo.InvariantCulture));
            await due.ExecuteNonQueryAsync();
        }

        var fired = await WaitForAsync(database, db => db.ComplianceReports.AnyAsync(r => r.Status == JobStatus.Succeeded));
        fired.Should().BeTrue(one.Output + two.Output);
        // Settled: the schedule's next firing is next week and no job waits or runs, so no second firing can follow.
        (await WaitForAsync(database, db => db.Database.SqlQueryRaw<bool>(
            $"""
            SELECT (SELECT score FROM {JobStorages.Schema}.set WHERE key = 'recurring-jobs' AND value = 'report-08') > extract(epoch FROM now())
                AND NOT EXISTS (SELECT 1 FROM {JobStorages.Schema}.job WHERE statename IN ('Enqueued', 'Processing', 'Scheduled', 'Awaiting')) AS "Value"
            """).SingleAsync())).Should().BeTrue(one.Output + two.Output);
        await using var check = await AppServices.StartAsync(database, demo: false);
        (await check.Query(db => db.ComplianceReports.Select(r => r.RequestedBy).ToListAsync())).Should().Equal("programado");
    }

    private Task<TestDatabase> PreparedAsync(DatabaseProvider provider) => TestDatabase.PreparedAsync(provider, postgres, demo: true);

    /// <summary>Queues work as a node would, through the application's own job client, with no job server of its own.</summary>
    private static async Task EnqueueAsync(TestDatabase database, IBackgroundRequest request)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddIncentiveCompliance(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        await scope.ServiceProvider.GetRequiredService<IBackgroundJobs>().EnqueueAsync(request, CancellationToken.None);
    }

    /// <summary>The value of a product series in Prometheus text, for the given <c>kind</c> label (any, when null); null when absent.</summary>
    private static double? Series(string metrics, string name, string? kind) => metrics.Split('\n')
        .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) && line.Contains("otel_scope_name=\"IncentiveCompliance\"", StringComparison.Ordinal))
        .Where(line => kind is null || line.Contains($"kind=\"{kind}\"", StringComparison.Ordinal))
        .Select(line => (double?)double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture))
        .FirstOrDefault();

    private static async Task<decimal> PimAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>($"municipalities/{TestUsers.Wanchaq}/budget?year={BudgetImportTests.Year}")).GetProperty("pim").GetDecimal();

    /// <summary>A file of Wanchaq rows, each with the same PIM, spread over two products and the thirteen months.</summary>
    private static byte[] Rows(int count, string pim) => BudgetImportTests.File(Enumerable.Range(0, count).Select(i =>
        BudgetImportTests.Row(TestUsers.Wanchaq, i % 13, pim: pim, product: i % 2 == 0 ? "3000355" : "3000356")));

    private static MultipartFormDataContent Upload(byte[] file) => new()
    {
        { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "Gasto-Mensual.csv" },
    };

    private static async Task<Guid> IdOf(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<FileStream> OpenPipeAsync(string pipe) =>
        await Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(60));

    private static async Task<bool> WaitForAsync(TestDatabase database, Func<Core.Persistence.AppDbContext, Task<bool>> condition)
    {
        await using var app = await AppServices.StartAsync(database, demo: false);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await app.Query(condition))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
