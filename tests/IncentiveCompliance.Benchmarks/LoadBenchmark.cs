using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Npgsql;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// Signed-in traffic on PostgreSQL, as issue 13 measured it: the showcase's Cusco on nodes run as their own processes,
/// closed-loop clients (one HttpClient loop per connection, in this process, on the same cores) for a fixed time after
/// a warm-up. First /health/live alone, the ceiling of the host; then the mix of six pages read by three demo users on
/// one node; then two nodes with the mix on each and four writers saving evidence drafts through the API. Prints
/// requests per second, p50/p95/p99, errors and the ratio to /health/live, and how many pages were answered from a copy
/// the node kept (decision 18) or rendered; then the profile of each page (database
/// commands per request from the node's own metrics, time alone) and where the CPU went during the mix.
/// </summary>
internal static partial class LoadBenchmark
{
    private const string Secretariat = "secretaria.tecnica@cusco.demo.pe";
    private const string Manager = "seguridad@wanchaq.demo.pe";
    private const string BudgetOfficer = "presupuesto@wanchaq.demo.pe";
    private const int Connections = 50;
    private const int Writers = 4;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>The six reads: who reads which page.</summary>
    private static readonly (string Email, string Path)[] Mix =
    [
        (Secretariat, "/Regiones/08/Cumplimiento"),
        (Secretariat, "/Revision"),
        (Manager, "/Municipalidades/080108/Cumplimiento"),
        (BudgetOfficer, "/Municipalidades/080108/Presupuesto"),
        (Secretariat, "/Regiones/08/Presupuesto"),
        (Secretariat, "/Regiones/08/Capacitacion"),
    ];

    public static async Task RunAsync(int seconds)
    {
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var prepared = Stopwatch.StartNew();
        await (await AppServices.StartAsync(database, demo: true, new Dictionary<string, string?> { ["Demo:Showcase"] = "true" })).DisposeAsync();
        Console.WriteLine($"Showcase loaded on PostgreSQL in {prepared.Elapsed.TotalSeconds:0} s. {Environment.ProcessorCount} cores shared by the nodes, PostgreSQL and the clients; load average {LoadAverage()}");
        Console.WriteLine($"Closed loop, {seconds} s per scenario after a {WarmUp.TotalSeconds:0} s warm-up; the mix: {string.Join(", ", Mix.Select(m => m.Path))}");
        await using var nodeA = await AppProcess.StartAsync(database, NodeSettings);
        var duration = TimeSpan.FromSeconds(seconds);
        var cookies = await SignInAsync(nodeA.BaseAddress!);
        using var clientA = Client(nodeA.BaseAddress!);
        Console.WriteLine($"{"scenario",-44} {"conns",5} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7} {"/health",8}");

        var postmaster = await PostmasterAsync(database);
        CpuMeter? cpu = null;
        var health = await MeasureAsync(duration, Enumerable.Range(0, Connections).Select(_ => Worker("/health/live", clientA, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"))),
            () => cpu = CpuMeter.Start(nodeA.ProcessId, postmaster));
        var healthCpu = cpu!.Stop();
        var ceiling = health["/health/live"].Rate;
        Print("one node: /health/live", Connections, health["/health/live"], ceiling);

        var keptBefore = await LoadProfile.KeptPagesAsync(clientA);
        var mix = await MeasureAsync(duration, Readers(clientA, cookies, Connections, "mix"), () => cpu = CpuMeter.Start(nodeA.ProcessId, postmaster));
        var spent = cpu!.Stop();
        Print("one node: the six-read mix", Connections, mix["mix"], ceiling);
        PrintKept("the mix, warm-up included", keptBefore, await LoadProfile.KeptPagesAsync(clientA));
        Console.WriteLine($"CPU during the mix ({spent.Wall.TotalSeconds:0.0} s × {Environment.ProcessorCount} cores = {spent.Wall.TotalSeconds * Environment.ProcessorCount:0.0} s): node {spent.Node.TotalSeconds:0.0} s, PostgreSQL {spent.Postgres.TotalSeconds:0.0} s, clients {spent.Clients.TotalSeconds:0.0} s; load average {LoadAverage()}");
        Console.WriteLine($"CPU per request: the mix, node {PerRequest(spent.Node, mix["mix"]):0.00} ms and PostgreSQL {PerRequest(spent.Postgres, mix["mix"]):0.00} ms; /health/live, node {PerRequest(healthCpu.Node, health["/health/live"]):0.000} ms");

        await using var nodeB = await AppProcess.StartAsync(database, NodeSettings);
        using var clientB = Client(nodeB.BaseAddress!);
        var writes = await WriterTargetsAsync(nodeA);
        var keptBeforeTwo = (A: await LoadProfile.KeptPagesAsync(clientA), B: await LoadProfile.KeptPagesAsync(clientB));
        var two = await MeasureAsync(duration,
        [
            .. Readers(clientA, cookies, Connections / 2, "reads"),
            .. Readers(clientB, cookies, Connections / 2, "reads"),
            .. Enumerable.Range(0, Writers).Select(w => Writer(w % 2 == 0 ? clientA : clientB, writes, w)),
        ]);
        Print("two nodes: the mix, 25 connections each", Connections, two["reads"], ceiling);
        Print("two nodes: 4 writers (evidence drafts, API)", Writers, two["writes"], ceiling);
        PrintKept("two nodes, node A", keptBeforeTwo.A, await LoadProfile.KeptPagesAsync(clientA));
        PrintKept("two nodes, node B", keptBeforeTwo.B, await LoadProfile.KeptPagesAsync(clientB));
        Console.WriteLine($"load average {LoadAverage()}");

        await LoadProfile.PrintAsync(clientA, Mix.Select(m => (cookies[m.Email], m.Path)).ToList());
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(database.DataDirectory, recursive: true);
    }

    /// <summary>The nodes as deployed, but the sign-in limit lifted: every client is one address.</summary>
    private static readonly Dictionary<string, string?> NodeSettings = new()
    {
        ["SignIn:PerAddressPerMinute"] = "10000",
        ["Jobs:PollIntervalSeconds"] = null,
    };

    private static HttpClient Client(Uri node) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = Connections + Writers, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = node,
            Timeout = TimeSpan.FromSeconds(10),
        };

    private static IEnumerable<LoadWorker> Readers(HttpClient client, IReadOnlyDictionary<string, string> cookies, int count, string label) =>
        Enumerable.Range(0, count).Select(worker => Worker(label, client, n =>
        {
            var (email, path) = Mix[(worker + n) % Mix.Length];
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", cookies[email]);
            return request;
        }));

    /// <summary>Saves evidence drafts in turn over the items found to take one.</summary>
    private static LoadWorker Writer(HttpClient client, WriterTargets targets, int writer) => Worker("writes", client, n =>
    {
        var (ubigeo, code) = targets.Items[(writer + (n * Writers)) % targets.Items.Count];
        return Draft(targets.Token, ubigeo, code);
    });

    /// <summary>A draft with one PDF for an item of a Cusco municipality, as the administrator (a draft replaces the item's draft).</summary>
    private static HttpRequestMessage Draft(string token, string ubigeo, string code)
    {
        var file = new ByteArrayContent(Evidence) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/municipalities/{ubigeo}/requirements/{code}/submissions?year=2026")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent("Borrador de la prueba de carga."), "note" },
                { new StringContent("true"), "draft" },
                { file, "files", "evidencia.pdf" },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static readonly byte[] Evidence = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private sealed record WriterTargets(string Token, IReadOnlyList<(string Ubigeo, string Code)> Items);

    /// <summary>Items of Cusco's municipalities that take a draft now (none pending review, none approved), found by trying.</summary>
    private static async Task<WriterTargets> WriterTargetsAsync(AppProcess node)
    {
        using var admin = await node.ApiAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var codes = (await admin.GetFromJsonAsync<JsonElement>("programs/2026/commitments?limit=500")).GetProperty("items").EnumerateArray()
            .SelectMany(c => c.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)).ToList();
        var ubigeos = (await admin.GetFromJsonAsync<JsonElement>("regions/08/municipalities?limit=500")).GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("ubigeo").GetString()!).ToList();
        var items = new List<(string, string)>();
        using var probe = Client(node.BaseAddress!);
        var candidates = ubigeos.SelectMany(u => codes.Select(c => (u, c))).ToList();
        for (var i = 0; i < candidates.Count && items.Count < 60; i += 7)
        {
            using var request = Draft(token, candidates[i].u, candidates[i].c);
            using var response = await probe.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                items.Add(candidates[i]);
            }
        }

        Console.WriteLine($"Writers: {items.Count} items of Cusco that take a draft, found among {candidates.Count}");
        return new WriterTargets(token, items);
    }

    /// <summary>Signs each demo user of the mix in through the sign-in form; the session cookie works on every node.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> SignInAsync(Uri node)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var email in Mix.Select(m => m.Email).Distinct(StringComparer.Ordinal))
        {
            var jar = new CookieContainer();
            using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = node };
            var form = await client.GetStringAsync("/Cuenta/Ingresar");
            var token = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups["token"].Value);
            using var response = await client.PostAsync("/Cuenta/Ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = DemoData.Password,
                ["__RequestVerificationToken"] = token,
            }));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"{email} did not sign in: {(int)response.StatusCode}");
            }

            cookies[email] = jar.GetCookieHeader(node);
        }

        return cookies;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>One closed-loop connection: builds its n-th request, sends it and waits for the whole answer.</summary>
    private sealed record LoadWorker(string Label, HttpClient Client, Func<int, HttpRequestMessage> Next);

    private static LoadWorker Worker(string label, HttpClient client, Func<int, HttpRequestMessage> next) => new(label, client, next);

    private sealed record Figures(double Rate, double P50, double P95, double P99, int Errors, int Count);

    /// <summary>Runs the workers for a warm-up, then (after <paramref name="measuring"/>, if given) for the duration measured.</summary>
    private static async Task<Dictionary<string, Figures>> MeasureAsync(TimeSpan duration, IEnumerable<LoadWorker> workers, Action? measuring = null)
    {
        var all = workers.ToList();
        await RunAsync(all, WarmUp);
        measuring?.Invoke();
        var started = Stopwatch.GetTimestamp();
        var results = await RunAsync(all, duration);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return results.GroupBy(r => r.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var latencies = g.SelectMany(r => r.Milliseconds).Order().ToList();
            return new Figures(latencies.Count / elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), g.Sum(r => r.Errors), latencies.Count);
        }, StringComparer.Ordinal);
    }

    private static async Task<(string Label, List<double> Milliseconds, int Errors)[]> RunAsync(List<LoadWorker> workers, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        return await Task.WhenAll(workers.Select(worker => Task.Run(async () =>
        {
            var own = new List<double>();
            var errors = 0;
            for (var n = 0; Stopwatch.GetElapsedTime(started) < duration; n++)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var request = worker.Next(n);
                    using var response = await worker.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    errors += (int)response.StatusCode is >= 200 and < 300 ? 0 : 1;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors++; // a timeout (10 s) or a refused connection
                }

                own.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            return (worker.Label, own, errors);
        })));
    }

    private static void Print(string scenario, int connections, Figures f, double ceiling) =>
        Console.WriteLine($"{scenario,-44} {connections,5} {f.Rate,8:0} {f.P50,8:0.0} {f.P95,8:0.0} {f.P99,8:0.0} {f.Errors,7} {f.Rate / ceiling,8:0.0%}");

    private static void PrintKept(string scenario, (double Kept, double Rendered) before, (double Kept, double Rendered) after)
    {
        var (kept, rendered) = (after.Kept - before.Kept, after.Rendered - before.Rendered);
        Console.WriteLine($"Kept pages ({scenario}): {kept:0} answered from a kept copy, {rendered:0} rendered ({(kept + rendered == 0 ? 0 : kept / (kept + rendered)):0.0%} kept)");
    }

    private static double PerRequest(TimeSpan cpu, Figures figures) => figures.Count == 0 ? 0 : cpu.TotalMilliseconds / figures.Count;

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The process id of the benchmark's PostgreSQL server (the first line of its postmaster.pid).</summary>
    private static async Task<int> PostmasterAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
        var directory = (string)(await command.ExecuteScalarAsync())!;
        return int.Parse(File.ReadLines(Path.Combine(directory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
    }
}
