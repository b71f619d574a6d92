using System.Diagnostics;
using System.Globalization;
using System.Text;
using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// The regional compliance report generated as the scheduler does it (read the figures, print, archive) for Cusco
/// (116 municipalities) and for a synthetic region the size of Peru (1,891 municipalities in 99 provinces), every item
/// of the 2026 catalogue filled; against Chromium printing the same HTML alone, the floor.
/// </summary>
internal static class ReportBenchmark
{
    public static async Task RunAsync(int runs)
    {
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        await using var app = await AppServices.CreateAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        await DashboardBenchmark.FillEveryItem(app, "08");
        await app.SendAsAdmin(new ImportMunicipalities(new MemoryStream(SyntheticCountry())));
        await DashboardBenchmark.FillEveryItem(app, "99");
        Console.WriteLine($"Regional compliance report, 2026 catalogue, PostgreSQL, median of {runs} runs after a warm-up; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"region",-28} {"pages",6} {"generate s",11} {"pages/s",8} {"Chromium alone s",17}");
        foreach (var (code, name) in new[] { ("08", "Cusco (116)"), ("99", "national size (1,891)") })
        {
            var generate = new List<double>();
            int pages = 0;
            for (var i = 0; i <= runs; i++)
            {
                var id = await app.SendAs(TestUsers.Admin, new RequestComplianceReport(code, 2026));
                var started = Stopwatch.GetTimestamp();
                await app.RunQueuedJobsAsync();
                generate.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                var status = await app.SendAsAdmin(new GetComplianceReport(id));
                pages = status.Pages ?? throw new InvalidOperationException(status.Error);
            }

            var html = await app.Root.GetRequiredService<IReportPrinter>().RegionalHtmlAsync(
                await app.SendAsAdmin(new GetRegionalReport(code, 2026)), new ReportStamp(Guid.NewGuid(), DateTime.UtcNow));
            var renderer = app.Root.GetRequiredService<IPdfRenderer>();
            var floor = new List<double>();
            for (var i = 0; i <= runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await renderer.RenderAsync(html, landscape: false, CancellationToken.None);
                floor.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            var (median, floorMedian) = (Median(generate.Skip(1)), Median(floor.Skip(1)));
            Console.WriteLine($"{name,-28} {pages,6} {median,11:0.00} {pages / median,8:0.0} {floorMedian,17:0.00}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Region 99: 1,891 municipalities in 99 provinces, in the INEI directory's format.</summary>
    private static byte[] SyntheticCountry()
    {
        var csv = new StringBuilder("departamento;provincia;distrito;ubigeo\n");
        var made = 0;
        for (var province = 1; province <= 99; province++)
        {
            for (var district = 1; district <= (province <= 10 ? 20 : 19) && made < 1891; district++, made++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"PERÚ SINTÉTICO;PROVINCIA {province:00};DISTRITO {province:00}{district:00};99{province:00}{district:00}\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
