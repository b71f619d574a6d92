using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Infrastructure.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Jobs;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Faults;

/// <summary>Two nodes on one PostgreSQL, one of them killed as a crash or a power cut would: the other carries on.</summary>
public sealed class NodeFailureTests(PostgresServer postgres, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_killed_under_load_leaves_the_other_serving_and_every_acknowledged_submission_stored_once()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        await SubmissionLoad.PrepareAsync(database);
        await using var survivor = await AppProcess.StartAsync(database);
        await using var victim = await AppProcess.StartAsync(database);
        var load = await SubmissionLoad.OnAsync(survivor, victim);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(writersPerNode: 2, stop.Token);
        (await Eventually.HoldsAsync(() => load.Of(0).Succeeded >= 20 && load.Of(1).Succeeded >= 20, Patience))
            .Should().BeTrue(survivor.Output + victim.Output);

        victim.Kill();
        var servedBeforeKill = load.Of(0).Succeeded;
        var victimServed = load.Of(1).Succeeded;
        (await Eventually.HoldsAsync(() => load.Of(0).Succeeded >= servedBeforeKill + 40, Patience)).Should().BeTrue(survivor.Output);
        await stop.CancelAsync();
        await running;

        load.Of(0).Failed.Should().Be(0, $"the survivor answers every request ({load.Of(0).FirstFailure})");
        await using var check = await AppServices.StartAsync(database, demo: false);
        (await load.NotStoredOnceAsync(check)).Should().BeEmpty("every acknowledged submission is stored once, none lost or doubled");
        output.WriteLine($"Survivor answered {load.Of(0).Succeeded} requests, {load.Of(0).Succeeded - servedBeforeKill} after the kill, none failed; " +
            $"the killed node answered {victimServed} before it; {load.Acknowledged.Count} submissions acknowledged, each stored once.");
    }

    [Fact]
    public async Task A_report_whose_node_is_killed_while_printing_is_finished_once_by_the_other_node()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        // Chromium starts a few seconds late on both nodes, so the printing node is surely killed mid-print.
        var settings = new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = SlowChromium(database.DataDirectory) };
        AppProcess[] nodes = [await AppProcess.StartAsync(database, settings), await AppProcess.StartAsync(database, settings)];
        await using var one = nodes[0];
        await using var two = nodes[1];
        using var admin = await one.ApiAsync();
        using var asked = await admin.PostAsJsonAsync("regions/08/reports", new { year = 2026 });
        asked.EnsureSuccessStatusCode();
        var report = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var check = await AppServices.StartAsync(database, demo: false);

        int[] printers = [];
        (await Eventually.HoldsAsync(
                async () => await check.Query(db => db.ComplianceReports.AnyAsync(r => r.Id == report && r.Status == JobStatus.Running))
                    && (printers = await PrintersAsync(database, report, nodes)).Length == 1,
                Patience))
            .Should().BeTrue(one.Output + two.Output);
        var printing = nodes.Single(n => n.ProcessId == printers[0]);
        printing.Kill();
        var killed = Stopwatch.StartNew();
        var other = nodes.Single(n => n != printing);
        (await check.Query(db => db.ComplianceReports.SingleAsync(r => r.Id == report))).Status.Should().Be(JobStatus.Running, "the node died mid-print");

        (await Eventually.HoldsAsync(() => check.Query(db => db.ComplianceReports.AnyAsync(r => r.Id == report && r.Status == JobStatus.Succeeded)), TimeSpan.FromSeconds(120)))
            .Should().BeTrue(other.Output);
        var takenOver = killed.Elapsed;
        (await PrintersAsync(database, report, nodes)).Should().Equal([printing.ProcessId, other.ProcessId], "the other node took the report over");
        var reports = await check.Query(db => db.ComplianceReports.Where(r => r.RegionCode == "08").ToListAsync());
        reports.Should().ContainSingle().Which.FileKey.Should().NotBeNull();
        using var file = await (await other.ApiAsync()).GetAsync($"reports/{report}/file");
        (await file.Content.ReadAsByteArrayAsync()).Should().StartWith("%PDF"u8.ToArray());
        output.WriteLine($"The report was finished by the other node {takenOver.TotalSeconds:0.0} s after its printer was killed (lease 5 s, Chromium held back 8 s).");
    }

    /// <summary>The nodes (process ids) that started printing the report, in order, from the job's Processing states.</summary>
    private static async Task<int[]> PrintersAsync(TestDatabase database, Guid report, AppProcess[] nodes)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT s.data::text FROM {JobStorages.Schema}.state s JOIN {JobStorages.Schema}.job j ON j.id = s.jobid
            WHERE s.name = 'Processing' AND j.arguments::text LIKE @report ORDER BY s.id
            """, connection);
        command.Parameters.AddWithValue("report", $"%{report}%");
        var servers = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var data = reader.GetString(0);
            servers.AddRange(nodes.Where(n => data.Contains($":{n.ProcessId}:", StringComparison.Ordinal)).Select(n => n.ProcessId));
        }

        return [.. servers];
    }

    /// <summary>A Chromium that waits eight seconds before it starts.</summary>
    private static string SlowChromium(string folder)
    {
        var chromium = Environment.GetEnvironmentVariable("IC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        var script = Path.Combine(folder, "slow-chromium");
        File.WriteAllText(script, $"#!/bin/sh\nsleep 8\nexec {chromium} \"$@\"\n");
        using (var chmod = Process.Start("chmod", ["+x", script]))
        {
            chmod.WaitForExit();
        }
        return script;
    }
}
