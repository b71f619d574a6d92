using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// From request to done through the job scheduler: the application runs as its own process with its default job
/// settings, and a client asks over the API for a Cusco report and for an import of a 20,000-row MEF file, then polls
/// their status every 20 ms until they have finished.
/// </summary>
internal static class JobLatencyBenchmark
{
    private const int ImportRows = 20_000;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(int runs)
    {
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        var file = ImportFile();
        Console.WriteLine($"From request to done through the scheduler, median of {runs} runs after a warm-up; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"database",-12} {"work",-22} {"median s",9} {"min s",7} {"max s",7}");
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            var database = await TestDatabase.CreateAsync(provider, postgres);
            await (await AppServices.StartAsync(database, demo: true)).DisposeAsync();
            await using var node = await AppProcess.StartAsync(database, DefaultJobSettings);
            using var client = await node.ApiAsync();

            var report = await MeasureAsync(client, runs, () => JsonContent.Create(new { year = 2026 }), "regions/08/reports", "reports");
            Print(provider, "report (Cusco)", report);
            var import = await MeasureAsync(client, runs, () => Upload(file), "budget/imports?year=2026", "budget/imports");
            Print(provider, $"import ({ImportRows:N0} rows)", import);
            Directory.Delete(database.DataDirectory, recursive: true);
        }
    }

    /// <summary>The job settings a deployment has when it sets none (the test processes shorten them).</summary>
    private static readonly Dictionary<string, string?> DefaultJobSettings = new()
    {
        ["Jobs:PollIntervalSeconds"] = null,
        ["Jobs:InvisibilityTimeoutSeconds"] = null,
        ["Jobs:ShutdownTimeoutSeconds"] = null,
    };

    private static async Task<List<double>> MeasureAsync(HttpClient client, int runs, Func<HttpContent> body, string path, string statusPath)
    {
        var seconds = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(path, body());
            response.EnsureSuccessStatusCode();
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var status = "queued";
            while (status is "queued" or "running")
            {
                if (Stopwatch.GetElapsedTime(started) > Patience)
                {
                    Console.WriteLine($"{path} {id}: still {status} after {Patience.TotalSeconds} s, given up");
                    return seconds.Skip(1).ToList();
                }


                await Task.Delay(20);
                status = (await client.GetFromJsonAsync<JsonElement>($"{statusPath}/{id}")).GetProperty("status").GetString();
            }

            if (status != "succeeded")
            {
                throw new InvalidOperationException($"{path} {id}: {status}");
            }

            seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return seconds.Skip(1).ToList(); // the first run warms up Chromium and the JIT
    }

    private static MultipartFormDataContent Upload(byte[] file) => new()
    {
        { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "2026-Gasto-Mensual.csv" },
    };

    /// <summary>Rows of two demo municipalities spread over seven products and the thirteen months.</summary>
    private static byte[] ImportFile()
    {
        var rows = Enumerable.Range(0, ImportRows).Select(i => new MefRow
        {
            Ubigeo = i % 2 == 0 ? TestUsers.Wanchaq : TestUsers.Santiago,
            Month = (i % 13).ToString(CultureInfo.InvariantCulture),
            Pim = "10.00",
            Devengado = "1.25",
            ["PRODUCTO_PROYECTO"] = (3000355 + i % 7).ToString(CultureInfo.InvariantCulture),
        });
        return new MefFileBuilder().Rows(rows).Build();
    }

    private static void Print(DatabaseProvider provider, string work, List<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        if (sorted.Count == 0)
        {
            Console.WriteLine($"{provider,-12} {work,-22} no run finished");
            return;
        }

        Console.WriteLine($"{provider,-12} {work,-22} {sorted[sorted.Count / 2],9:0.00} {sorted[0],7:0.00} {sorted[^1],7:0.00}");
    }
}
