using System.Diagnostics;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// The whole import as the scheduler runs it (read, add up, replace the year's figures in one transaction) of the
/// generated national file into a database holding Cusco's 116 municipalities, on each provider; against <c>cat</c>.
/// </summary>
internal static class BudgetImportBenchmark
{
    private const double Megabyte = 1024 * 1024;

    public static async Task RunAsync(int megabytes)
    {
        var (path, expected) = ReaderBenchmark.GeneratedFile(megabytes);
        var size = new FileInfo(path).Length;
        ReaderBenchmark.Cat(path);
        var catSeconds = ReaderBenchmark.Cat(path);
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        Console.WriteLine($"PP 0030 import of {size / Megabyte:0.0} MB ({path}), {Environment.ProcessorCount} cores; cat > /dev/null {catSeconds:0.00} s");
        foreach (var provider in new[] { DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite })
        {
            await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
            var id = await app.SendAsAdmin(new ImportBudgetFile(MefFileGenerator.Year, path));
            using var process = Process.GetCurrentProcess();
            var workingSetBefore = process.WorkingSet64;
            var started = Stopwatch.GetTimestamp();
            await app.SendAsAdmin(new RunBudgetImport(id));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            process.Refresh();
            var import = await app.SendAsAdmin(new GetBudgetImport(id));
            var region = await app.SendAsAdmin(new GetRegionBudget("08", MefFileGenerator.Year));
            var t = expected.KeptTotals;
            var correct = import.RowsKept == expected.Tally.RowsKept && region.Totals.Pim == t.Pim && region.Totals.Devengado == t.Devengado
                && region.Totals.Girado == t.Girado && region.Totals.Certificado == t.Certificado;
            Console.WriteLine($"{provider,-11} {import.Status,-9} {seconds:0.00} s  {import.RowsRead / seconds,12:N0} rows/s  {size / Megabyte / seconds,7:0.0} MB/s  " +
                $"cat/import {catSeconds / seconds:0.00}  peak working set {process.PeakWorkingSet64 / Megabyte:0} MB (before {workingSetBefore / Megabyte:0} MB)  " +
                $"rows {import.RowsRead:N0} read, {import.RowsKept:N0} kept  totals {(correct ? "as generated" : "DIFFERENT from the generator's")}");
        }
    }
}
