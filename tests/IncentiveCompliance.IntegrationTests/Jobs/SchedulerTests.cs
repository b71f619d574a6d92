using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Budget;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Jobs;

/// <summary>Quartz with its store in the application's database, driven through real application processes.</summary>
public sealed class SchedulerTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_job_cut_off_by_a_killed_process_runs_again_on_restart_and_completes_once(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        // The import reads a named pipe, so the test decides when the file "ends": the job is mid-read when its node dies.
        var pipe = Path.Combine(database.DataDirectory, "gasto.csv");
        Process.Start("mkfifo", pipe).WaitForExit();
        Guid importId;
        await using (var setup = await AppServices.StartAsync(database, demo: true))
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
            (await WaitForAsync(database, db => db.BudgetImports.AnyAsync(i => i.Id == importId && i.Status == JobStatus.Running))).Should().BeTrue();
            first.Kill();
        }

        await using var second = await AppProcess.StartAsync(database);
        await using (var whole = await OpenPipeAsync(pipe))
        {
            await whole.WriteAsync(file);
        }

        (await WaitForAsync(database, db => db.BudgetImports.AnyAsync(i => i.Id == importId && i.Status == JobStatus.Succeeded)))
            .Should().BeTrue(second.Output);
        await using var check = await AppServices.StartAsync(database, demo: false);
        var wanchaq = await check.SendAsAdmin(new GetMunicipalityBudget(TestUsers.Wanchaq, BudgetImportTests.Year));
        wanchaq.Pim.Should().Be(180000.15m, "the figures are counted once although the job ran twice");
        (await check.Query(db => db.AuditTrail.CountAsync(a => a.Action == "budget.imported"))).Should().Be(1);
        Directory.Delete(database.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task Two_nodes_on_one_PostgreSQL_run_a_scheduled_job_once()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var lima = DateTime.UtcNow.AddHours(-5).AddSeconds(25);
        await using (var setup = await AppServices.StartAsync(database, demo: true))
        {
            // One firing only: this second of this minute of this day of this year, Lima time.
            var cron = string.Create(CultureInfo.InvariantCulture, $"{lima.Second} {lima.Minute} {lima.Hour} {lima.Day} {lima.Month} ? {lima.Year}");
            await setup.Query(async db =>
            {
                db.ReportSchedules.Add(new ReportSchedule { RegionCode = "08", Cron = cron, Enabled = true });
                return await db.SaveChangesAsync();
            });
        }

        await using var one = await AppProcess.StartAsync(database);
        await using var two = await AppProcess.StartAsync(database);
        var fired = await WaitForAsync(database, db => db.ComplianceReports.AnyAsync(r => r.Status == JobStatus.Succeeded), TimeSpan.FromSeconds(90));

        await Task.Delay(TimeSpan.FromSeconds(3)); // time for a second firing, were there one
        fired.Should().BeTrue(one.Output + two.Output);
        await using var check = await AppServices.StartAsync(database, demo: false);
        (await check.Query(db => db.ComplianceReports.Select(r => r.RequestedBy).ToListAsync())).Should().Equal("programado");
        Directory.Delete(database.DataDirectory, recursive: true);
    }

    /// <summary>Queues work as a node would, through a scheduler of the test's own that stores jobs but never runs them.</summary>
    private static async Task EnqueueAsync(TestDatabase database, IBackgroundRequest request)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddBackgroundJobs(configuration).BuildServiceProvider();
        await services.GetRequiredService<IBackgroundJobs>().EnqueueAsync(request, CancellationToken.None);
    }

    private static async Task<FileStream> OpenPipeAsync(string pipe) =>
        await Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(60));

    private static async Task<bool> WaitForAsync(TestDatabase database, Func<Core.Persistence.AppDbContext, Task<bool>> condition, TimeSpan? timeout = null)
    {
        await using var app = await AppServices.StartAsync(database, demo: false);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
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
}
