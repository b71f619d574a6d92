using System.Diagnostics;
using System.Text.Json;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// The MEF budget file reader on a generated national file (made once under .build/bench and reused), filtering Cusco's
/// municipalities for 2026, against <c>cat</c> reading the same page-cached file: how close the import is to the speed
/// of just reading the bytes, and whether it found exactly what the generator wrote.
/// </summary>
internal static class ReaderBenchmark
{
    private const double Megabyte = 1024 * 1024;

    public static void Run(int megabytes)
    {
        var (path, expected) = GeneratedFile(megabytes);
        var size = new FileInfo(path).Length;
        Cat(path); // warm-up: both reads below find the file in the page cache
        var catSeconds = Cat(path);

        var reader = new ServiceCollection().AddFileStorage().BuildServiceProvider().GetRequiredService<IBudgetFileReader>();
        var filter = new BudgetFileFilter(MefFileGenerator.Year, expected.CuscoUbigeos.ToHashSet());
        var totals = default(BudgetAmounts);
        var started = Stopwatch.GetTimestamp();
        BudgetFileTally tally;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan))
        {
            tally = reader.Read(file, filter, row => totals += row.Amounts, null, CancellationToken.None);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"MEF budget file reader, {Environment.ProcessorCount} cores; 1 MB = 1,048,576 bytes");
        Console.WriteLine($"file                 {path}");
        Console.WriteLine($"size                 {size / Megabyte:0.0} MB");
        Console.WriteLine($"rows read            {tally.RowsRead:N0}");
        Console.WriteLine($"rows kept            {tally.RowsKept:N0}");
        Console.WriteLine($"rows skipped         {tally.RowsSkipped:N0} (other program {tally.OtherProgram:N0}, other level {tally.OtherGovernmentLevel:N0}, unregistered ubigeo {tally.UnregisteredUbigeo:N0})");
        Console.WriteLine($"import               {seconds:0.00} s, {tally.RowsRead / seconds:N0} rows/s, {size / Megabyte / seconds:0.0} MB/s");
        Console.WriteLine($"cat > /dev/null      {catSeconds:0.00} s, {size / Megabyte / catSeconds:0.0} MB/s");
        Console.WriteLine($"cat time / import    {catSeconds / seconds:0.00}");
        Console.WriteLine($"peak working set     {process.PeakWorkingSet64 / Megabyte:0.0} MB; managed heap after {GC.GetTotalMemory(false) / Megabyte:0.0} MB");
        Console.WriteLine($"tally as generated   {(tally == expected.Tally ? "yes" : $"NO, expected {expected.Tally}")}");
        Console.WriteLine($"totals as generated  {(totals == expected.KeptTotals ? "yes" : $"NO, expected {expected.KeptTotals}, read {totals}")}");
    }

    /// <summary>The file of that size under .build/bench, generated unless a complete one (with its expectation) is there.</summary>
    internal static (string Path, MefFileExpectation Expected) GeneratedFile(int megabytes)
    {
        var directory = Path.Combine(SharedData.RepositoryRoot, ".build", "bench");
        var path = Path.Combine(directory, $"mef-gasto-{megabytes}mb.csv");
        var expectationPath = path + ".expected.json";
        if (File.Exists(path) && File.Exists(expectationPath))
        {
            Console.WriteLine($"Reusing {path}");
            return (path, JsonSerializer.Deserialize<MefFileExpectation>(File.ReadAllText(expectationPath))!);
        }

        Directory.CreateDirectory(directory);
        Console.WriteLine($"Generating {megabytes} MB in {path}…");
        var started = Stopwatch.GetTimestamp();
        MefFileExpectation expected;
        using (var output = new FileStream(path + ".part", FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 4 * 1024 * 1024))
        {
            expected = MefFileGenerator.Write(output, megabytes * 1024L * 1024L);
        }

        File.Move(path + ".part", path, overwrite: true);
        File.WriteAllText(expectationPath, JsonSerializer.Serialize(expected));
        Console.WriteLine($"Generated in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        return (path, expected);
    }

    internal static double Cat(string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var cat = Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", "cat \"$1\" > /dev/null", "sh", path } })!;
        cat.WaitForExit();
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
