using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// The region dashboard for Cusco (116 municipalities, every item of the 2026 catalogue filled, a third of them with an
/// earlier observed submission) on each database: the query alone, and the whole HTTP request with JSON.
/// </summary>
internal static class DashboardBenchmark
{
    private static readonly SubmissionStatus[] Cycle = [SubmissionStatus.Approved, SubmissionStatus.Observed, SubmissionStatus.Submitted, SubmissionStatus.Approved, SubmissionStatus.Rejected, SubmissionStatus.Draft];

    public static async Task RunAsync(int runs)
    {
        // Outside a test project the web host's content root is named explicitly.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INCENTIVECOMPLIANCE_WEB", Path.Combine(SharedData.RepositoryRoot, "src", "IncentiveCompliance.Web"));
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        Console.WriteLine($"Region dashboard, Cusco 2026, {runs} runs after 5 warm-up runs; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"database",-11} {"what",-32} {"median ms",10} {"p95 ms",8} {"min ms",8} {"max ms",8}");
        foreach (var provider in new[] { DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite })
        {
            var database = await TestDatabase.CreateAsync(provider, postgres);
            await using var app = await AppServices.StartAsync(database, demo: true);
            var rows = await FillEveryItem(app, "08");
            Print(provider, $"query ({rows} submissions)", await Measure(runs, () => app.SendAs(TestUsers.CuscoSecretariat, new GetRegionCompliance("08", 2026))));

            await using var factory = new AppFactory(database);
            using var client = factory.CreateClient();
            var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "secretaria.tecnica@cusco.demo.pe", password = "Demo2026!" }))
                .Content.ReadFromJsonAsync<TokenResponse>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            Print(provider, "GET /api/v1/regions/08/compliance", await Measure(runs, async () =>
            {
                using var response = await client.GetAsync("/api/v1/regions/08/compliance?year=2026");
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsByteArrayAsync();
            }));
        }
    }

    /// <summary>Every item of the 2026 catalogue filled for every municipality of the region, a third after an earlier observation.</summary>
    internal static async Task<int> FillEveryItem(AppServices app, string regionCode)
    {
        await using var scope = app.NewContext(out var db);
        var requirements = await db.Requirements.Where(r => r.Year == 2026).ToListAsync();
        var ubigeos = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(regionCode)).Select(m => m.Ubigeo).ToListAsync();
        var start = DateTime.UtcNow.AddDays(-30);
        var count = 0;
        foreach (var (ubigeo, i) in ubigeos.Select((u, i) => (u, i)))
        {
            foreach (var (requirement, j) in requirements.Select((r, j) => (r, j)))
            {
                if ((i + j) % 3 == 0)
                {
                    db.Submissions.Add(Made(ubigeo, requirement.Id, SubmissionStatus.Observed, start));
                    count++;
                }

                db.Submissions.Add(Made(ubigeo, requirement.Id, Cycle[(i + j) % Cycle.Length], start.AddDays(1)));
                count++;
            }
        }

        await db.SaveChangesAsync();
        return count;
    }

    private static Submission Made(string ubigeo, Guid requirementId, SubmissionStatus status, DateTime at)
    {
        var submission = Submission.Start(ubigeo, requirementId, "benchmark", at, new SubmissionContent("Avance", 70, null, null, DateOnly.FromDateTime(at)));
        submission.Files.Add(new EvidenceFile { FileName = "acta.pdf", ContentType = "application/pdf", Size = 1000, Sha256 = new string('0', 64), StorageKey = "benchmark/none" });
        if (status != SubmissionStatus.Draft)
        {
            submission.Send(at);
        }

        if (status is not (SubmissionStatus.Draft or SubmissionStatus.Submitted))
        {
            var decision = status switch { SubmissionStatus.Approved => ReviewDecision.Approve, SubmissionStatus.Observed => ReviewDecision.Observe, _ => ReviewDecision.Reject };
            submission.Review(decision, "Revisado", DateOnly.FromDateTime(at.AddDays(60)), "benchmark-reviewer", at); // nobody reviews what they registered
        }

        return submission;
    }

    internal static async Task<double[]> Measure<T>(int runs, Func<Task<T>> action)
    {
        for (var i = 0; i < 5; i++)
        {
            await action();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    internal static void Print(DatabaseProvider provider, string what, double[] sorted) =>
        Console.WriteLine($"{provider,-11} {what,-32} {sorted[sorted.Length / 2],10:0.0} {sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1],8:0.0} {sorted[0],8:0.0} {sorted[^1],8:0.0}");

    internal sealed record TokenResponse(string AccessToken);
}
