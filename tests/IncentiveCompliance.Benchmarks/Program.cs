using IncentiveCompliance.Benchmarks;

// ./build.sh benchmark [dashboard] [runs]: prints figures; never fails on a speed target.
var runs = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 50;
switch (args.FirstOrDefault() ?? "dashboard")
{
    case "dashboard":
        await DashboardBenchmark.RunAsync(runs);
        return 0;
    default:
        Console.Error.WriteLine("Uso: benchmark [dashboard] [repeticiones]");
        return 2;
}
