using System.Diagnostics;
using System.Globalization;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// Where a signed-in page's time goes: each page of the mix read alone, one request at a time, kept and rendered, with the
/// database work a rendering caused read from the node's own metrics (<c>/metrics</c>: EF Core queries, Npgsql commands and connections).
/// </summary>
internal static class LoadProfile
{
    private const int Requests = 40;

    public static async Task PrintAsync(HttpClient node, IReadOnlyList<(string Cookie, string Path)> pages)
    {
        Console.WriteLine($"Each page alone, {Requests} requests one at a time: median ms kept (the same address) and rendered (with a query");
        Console.WriteLine("parameter the page does not read, so never kept), and per rendered request what the node's metrics counted");
        foreach (var (cookie, path) in pages)
        {
            for (var i = 0; i < 3; i++)
            {
                await GetAsync(node, cookie, path);
            }

            var kept = await MedianAsync(n => GetAsync(node, cookie, path));
            var before = await ScrapeAsync(node);
            var rendered = await MedianAsync(n => GetAsync(node, cookie, $"{path}?perfil={n}"));
            var after = await ScrapeAsync(node);
            var counted = after.Where(a => a.Value > before.GetValueOrDefault(a.Key))
                .Select(a => $"{a.Key} {(a.Value - before.GetValueOrDefault(a.Key)) / Requests:0.##}");
            Console.WriteLine($"  {path,-38} {kept,6:0.0} ms {rendered,6:0.0} ms  {string.Join("; ", counted)}");
        }
    }

    private static async Task<double> MedianAsync(Func<int, Task> request)
    {
        var milliseconds = new List<double>();
        for (var n = 0; n < Requests; n++)
        {
            var sent = Stopwatch.GetTimestamp();
            await request(n);
            milliseconds.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        return milliseconds.Order().ElementAt(Requests / 2);
    }

    private static async Task GetAsync(HttpClient node, string cookie, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await node.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Requests for the pages a node keeps (decision 18) so far: answered from a kept copy, and rendered.</summary>
    public static async Task<(double Kept, double Rendered)> KeptPagesAsync(HttpClient node)
    {
        await Task.Delay(TimeSpan.FromSeconds(1)); // the exporter answers a scrape from a copy kept a moment
        var lines = (await node.GetStringAsync("/metrics")).Split('\n').Where(l => l.StartsWith("ic_page_cache_requests_total{", StringComparison.Ordinal)).ToList();
        double Count(string outcome) => lines.Where(l => l.Contains($"outcome=\"{outcome}\"", StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(' ')[^1], CultureInfo.InvariantCulture));
        return (Count("hit"), Count("miss"));
    }

    /// <summary>The database counters of a Prometheus scrape, each summed over its labels.</summary>
    private static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient node)
    {
        await Task.Delay(TimeSpan.FromSeconds(1)); // the exporter answers a scrape from a copy kept a moment
        var text = await node.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => (line.StartsWith("db_client", StringComparison.Ordinal) || line.StartsWith("microsoft_entityframeworkcore", StringComparison.Ordinal))
                && line.Split('{', ' ')[0] is var name && (name.EndsWith("_total", StringComparison.Ordinal) || name.EndsWith("_count", StringComparison.Ordinal)))
            .GroupBy(line => line.Split('{', ' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(line => double.Parse(line.Split(' ')[^1], CultureInfo.InvariantCulture)), StringComparer.Ordinal);
    }
}

/// <summary>CPU time spent by the node, the PostgreSQL server (the postmaster and its backends) and this process between two readings.</summary>
internal sealed class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int node;
    private readonly int postmaster;
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly (double Node, double Postgres, double Clients) first;

    private CpuMeter(int node, int postmaster)
    {
        this.node = node;
        this.postmaster = postmaster;
        first = Read();
    }

    public static CpuMeter Start(int node, int postmaster) => new(node, postmaster);

    public (TimeSpan Wall, TimeSpan Node, TimeSpan Postgres, TimeSpan Clients) Stop()
    {
        var last = Read();
        return (Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(last.Node - first.Node), TimeSpan.FromSeconds(last.Postgres - first.Postgres),
            TimeSpan.FromSeconds(last.Clients - first.Clients));
    }

    private (double Node, double Postgres, double Clients) Read()
    {
        var processes = Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d))
            .Where(d => d.All(char.IsAsciiDigit)).Select(Stat).Where(s => s is not null).Select(s => s!.Value).ToList();
        var postgres = processes.Where(p => p.Pid == postmaster).Sum(p => p.Own + p.Children) + processes.Where(p => p.Parent == postmaster).Sum(p => p.Own);
        return (processes.Where(p => p.Pid == node).Sum(p => p.Own) / TicksPerSecond, postgres / TicksPerSecond,
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }

    /// <summary>A process's parent and CPU ticks, its own and its reaped children's, from /proc/PID/stat.</summary>
    private static (int Pid, int Parent, long Own, long Children)? Stat(string pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return (int.Parse(pid, CultureInfo.InvariantCulture), (int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }
    }
}
