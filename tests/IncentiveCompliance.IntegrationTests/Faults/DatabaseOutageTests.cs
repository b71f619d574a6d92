using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Jobs;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Faults;

/// <summary>
/// PostgreSQL stopped for a few seconds while two nodes take traffic, on a server of the test's own (the assembly's
/// shared one keeps serving the other tests): readiness says so, and once the database returns both nodes serve again
/// by themselves, their job servers included. The measured recovery goes to docs/benchmarks.md.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    /// <summary>How long the database stays down, at least: a restart, not a lasting loss.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    /// <summary>What issue 13 asks of a node once the database is back: ready, reading and writing again.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Both_nodes_are_not_ready_while_PostgreSQL_is_down_and_serve_again_by_themselves_once_it_returns()
    {
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        await SubmissionLoad.PrepareAsync(database);
        await using var one = await AppProcess.StartAsync(database);
        await using var two = await AppProcess.StartAsync(database);
        var nodes = new[] { one, two };
        var load = await SubmissionLoad.OnAsync(one, two);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(writersPerNode: 1, stop.Token);
        (await Eventually.HoldsAsync(() => load.Acknowledged.Count >= 10, TimeSpan.FromSeconds(60))).Should().BeTrue(Outputs(nodes));

        await postgres.StopAsync();
        var down = Stopwatch.StartNew();
        (await Eventually.HoldsAsync(() => AllReadyAsync(nodes, HttpStatusCode.ServiceUnavailable), TimeSpan.FromSeconds(30)))
            .Should().BeTrue("a node without its database is not ready: " + Outputs(nodes));
        var notReadyAfter = down.Elapsed;
        (await Task.WhenAll(nodes.Select(n => Eventually.StatusAsync(n, "/health/live")))).Should()
            .OnlyContain(s => s == HttpStatusCode.OK, "a node without its database is alive: restarting it would not help");
        if (Outage - down.Elapsed is var rest && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, TestContext.Current.CancellationToken);
        }

        var outage = down.Elapsed;
        await postgres.StartAsync();

        var back = Stopwatch.StartNew();
        (await Eventually.HoldsAsync(() => AllReadyAsync(nodes, HttpStatusCode.OK), Recovery)).Should().BeTrue(Outputs(nodes));
        var readyAfter = back.Elapsed;
        (await Eventually.HoldsAsync(async () => await load.WritesAndReadsAsync(0) & await load.WritesAndReadsAsync(1), Recovery - back.Elapsed))
            .Should().BeTrue($"both nodes read and write again ({load.Of(0).FirstFailure}; {load.Of(1).FirstFailure}): " + Outputs(nodes));
        var servingAfter = back.Elapsed;
        await stop.CancelAsync();
        await running;

        using var admin = await one.ApiAsync();
        var report = await ReportAsync(admin);
        var queued = Stopwatch.StartNew();
        await using var check = await AppServices.StartAsync(database, demo: false);
        // Hangfire's workers that failed to fetch while the database was down wait before fetching again, longer after each
        // failure (its own back-off, which it does not let us shorten): usually seconds, once in a while more than a minute.
        (await Eventually.HoldsAsync(() => check.Query(db => db.ComplianceReports.AnyAsync(r => r.Id == report && r.Status == JobStatus.Succeeded)), TimeSpan.FromSeconds(180)))
            .Should().BeTrue("a job queued after the outage runs: " + await HangfireDumpAsync(database) + Outputs(nodes));
        var reportAfter = queued.Elapsed;
        (await load.NotStoredOnceAsync(check)).Should().BeEmpty("every acknowledged submission is stored once");
        output.WriteLine($"Not ready {notReadyAfter.TotalSeconds:0.0} s after PostgreSQL stopped; down {outage.TotalSeconds:0.0} s.");
        output.WriteLine($"After PostgreSQL returned: both nodes ready in {readyAfter.TotalSeconds:0.0} s, reading and writing in {servingAfter.TotalSeconds:0.0} s; a report queued then finished in {reportAfter.TotalSeconds:0.0} s.");
        output.WriteLine($"Answers: node 1 {load.Of(0)}, node 2 {load.Of(1)}; submissions acknowledged {load.Acknowledged.Count}.");
    }

    private static async Task<bool> AllReadyAsync(IEnumerable<AppProcess> nodes, HttpStatusCode status)
    {
        var answers = await Task.WhenAll(nodes.Select(n => Eventually.StatusAsync(n, "/health/ready")));
        return answers.All(a => a == status);
    }

    private static async Task<Guid> ReportAsync(HttpClient admin)
    {
        using var response = await admin.PostAsJsonAsync("regions/08/reports", new { year = 2026 });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The job store's jobs, servers, queue and states, for the message of a job that did not run.</summary>
    private static async Task<string> HangfireDumpAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var sql in new[] { "SELECT id || ' ' || statename || ' ' || createdat FROM hangfire.job ORDER BY id", "SELECT id || ' ' || lastheartbeat FROM hangfire.server", "SELECT id || ' ' || jobid || ' ' || queue || ' ' || coalesce(fetchedat::text, '-') FROM hangfire.jobqueue", "SELECT s.jobid || ' ' || s.name || ' ' || coalesce(s.reason, '') || ' ' || s.data FROM hangfire.state s ORDER BY s.id" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return text.ToString();
    }

    private static string Outputs(IEnumerable<AppProcess> nodes) => string.Join("\n---\n", nodes.Select(n => n.Output));
}
