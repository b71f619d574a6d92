using System.Diagnostics;
using System.Net.Http.Json;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// Anonymous traffic on the public ranking: one node, run as its own process on Kestrel with the demo and Cusco
/// published, answers GET requests from concurrent clients (an HttpClient loop) for a fixed time after a warm-up; prints
/// requests per second, p50 and p99 for the API and the page. The per-address limit is lifted: every client is one address.
/// </summary>
internal static class RankingBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(int seconds, int clients)
    {
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        Console.WriteLine($"Anonymous GETs on one node, {clients} concurrent clients for {seconds} s after a {WarmUp.TotalSeconds:0} s warm-up; {Environment.ProcessorCount} cores (the clients share them)");
        Console.WriteLine($"{"database",-12} {"route",-44} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"not 200",8}");
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            var database = await TestDatabase.CreateAsync(provider, postgres);
            await (await AppServices.StartAsync(database, demo: true)).DisposeAsync();
            await using (var node = await AppProcess.StartAsync(database, new Dictionary<string, string?> { ["Transparency:PerAddressPerMinute"] = "10000000" }))
            {
                using (var secretariat = await node.ApiAsync("secretaria.tecnica@cusco.demo.pe"))
                {
                    (await secretariat.PutAsJsonAsync("regions/08/publication", new { published = true })).EnsureSuccessStatusCode();
                }

                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = node.BaseAddress };
                foreach (var path in new[] { "/api/v1/public/regions/08/ranking?year=2026", "/transparencia/08?anio=2026" })
                {
                    await LoadAsync(http, path, clients, WarmUp);
                    var (count, failures, latencies, elapsed) = await LoadAsync(http, path, clients, TimeSpan.FromSeconds(seconds));
                    latencies.Sort();
                    Console.WriteLine($"{provider,-12} {path,-44} {count / elapsed.TotalSeconds,8:0} {Percentile(latencies, 0.50),8:0.0} {Percentile(latencies, 0.99),8:0.0} {failures,8}");
                }
            }

            Directory.Delete(database.DataDirectory, recursive: true);
        }
    }

    private static async Task<(int Count, int Failures, List<double> Milliseconds, TimeSpan Elapsed)> LoadAsync(HttpClient http, string path, int clients, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var own = new List<double>();
            var failures = 0;
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                own.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }

            return (own, failures);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = results.SelectMany(r => r.own).ToList();
        return (all.Count, results.Sum(r => r.failures), all, elapsed);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
