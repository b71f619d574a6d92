using System.Diagnostics;
using System.Globalization;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// The showcase (<c>Demo:Showcase</c>, on under <c>./build.sh run</c>): Cusco as it stands today in the program year,
/// loaded after the base demo into the database that has just received it, through the requests people send. Every
/// municipality's items in a realistic mix (<see cref="ShowcasePlan"/>) with generated PDF evidence, two regional
/// trainings, the PP 0030 figures of a generated MEF file imported by the real import and Wanchaq's monthly reviews, a
/// regional report requested (printed by the job server, or its failure recorded where Chromium is missing), the
/// deadline alerts that follow, and the months' history. The same every time for the same day.
/// </summary>
public static partial class Showcase
{
    public const string RegionCode = "08";

    public static async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var clock = services.GetRequiredService<TimeProvider>() as ShowcaseClock
            ?? throw new InvalidOperationException("Demo:Showcase needs the showcase's clock, registered with the setting.");
        var db = services.GetRequiredService<AppDbContext>();
        var year = await db.ProgramYears.MaxAsync(p => p.Year, cancellationToken);
        var towns = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(RegionCode)).OrderBy(m => m.Ubigeo)
            .Select(m => new ShowcaseTown(m.Ubigeo, m.Name)).ToListAsync(cancellationToken);
        var requirements = await db.Requirements.AsNoTracking().Where(r => r.Year == year).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var actors = await ShowcaseActors.LoadAsync(services.GetRequiredService<IServiceScopeFactory>(), db, cancellationToken);

        await new ShowcaseTrainings(actors, clock, year).LoadAsync(RegionCode, towns, cancellationToken);
        await new ShowcaseSubmissions(actors, clock, year, requirements).LoadAsync(towns, cancellationToken);
        await new ShowcaseBudget(actors, clock, year).LoadAsync(towns, cancellationToken);
        await actors.SendAs(ShowcaseActors.Secretariat, new RequestComplianceReport(RegionCode, year), cancellationToken);
        await actors.SendAs(ShowcaseActors.Secretariat, new SaveReportSchedule(RegionCode, "monthly", 1, null, 7), cancellationToken); // the 1st, 07:00
        await actors.SendAs(ShowcaseActors.Secretariat, new PublishRanking(RegionCode, true), cancellationToken); // /transparencia/08
        await actors.SendAsSystem(new SendDeadlineAlerts(), cancellationToken);
        await ShowcaseHistory.LoadAsync(actors, clock, RegionCode, year, cancellationToken);

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogLoaded(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Showcase)), seconds.ToString("0.0", CultureInfo.InvariantCulture));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demostración cargada en {Seconds} s")]
    private static partial void LogLoaded(ILogger logger, string seconds);
}
