using System.Globalization;
using IncentiveCompliance.Benchmarks;

// ./build.sh benchmark [dashboard [runs] | budget [sizeMB] | report [runs] | jobs [runs] | national [runs] | reader [sizeMB] | ranking [seconds [clients]] | load [seconds]]: prints figures; never fails on a speed target.
switch (args.FirstOrDefault() ?? "dashboard")
{
    case "dashboard":
        await DashboardBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var runs) ? runs : 50);
        return 0;
    case "budget":
        await BudgetImportBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var size) ? size : 1100);
        return 0;
    case "report":
        await ReportBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var reportRuns) ? reportRuns : 3);
        return 0;
    case "jobs":
        await JobLatencyBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var jobRuns) ? jobRuns : 5);
        return 0;
    case "national":
        await NationalBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var nationalRuns) ? nationalRuns : 30);
        return 0;
    case "reader":
        ReaderBenchmark.Run(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var megabytes) ? megabytes : 1100);
        return 0;
    case "ranking":
        await RankingBenchmark.RunAsync(
            args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var seconds) ? seconds : 10,
            args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var clients) ? clients : 32);
        return 0;
    case "load":
        await LoadBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var loadSeconds) ? loadSeconds : 20);
        return 0;
    default:
        Console.Error.WriteLine("Uso: benchmark [dashboard [repeticiones] | budget [tamaño en MB] | report [repeticiones] | jobs [repeticiones] | national [repeticiones] | reader [tamaño en MB] | ranking [segundos [clientes]] | load [segundos]]");
        return 2;
}
