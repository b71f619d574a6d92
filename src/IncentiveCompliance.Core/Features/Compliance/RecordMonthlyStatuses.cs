using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>
/// Records every municipality's status and score for Lima's current month of the current program year (nothing when the
/// year has no catalogue). One row per municipality and month: a later run in the same month overwrites it, so the last
/// run of the month is the month-end figure, and running twice or on several nodes leaves one row.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RecordMonthlyStatuses : IBackgroundRequest;

/// <summary>The recurring run of <see cref="RecordMonthlyStatuses"/>.</summary>
public static class MonthEnd
{
    public const string JobName = "monthly-statuses";

    /// <summary>
    /// Every day at 23:30 Lima time: the month's last run is then its month-end figure whatever the month's length, taken
    /// after the day's reviews. A day the job misses (a node down) is covered by the next day's run, which overwrites,
    /// except the month's last day: the next run falls in the new month, so the month keeps the day before's figure.
    /// </summary>
    public const string Cron = "30 23 * * *";
}

internal sealed class RecordMonthlyStatusesHandler(AppDbContext db, ReferenceData reference, TimeProvider clock) : IRequestHandler<RecordMonthlyStatuses, Unit>
{
    public async Task<Unit> Handle(RecordMonthlyStatuses request, CancellationToken cancellationToken)
    {
        var today = LimaTime.Today(clock);
        if (!await db.ProgramYears.AnyAsync(p => p.Year == today.Year, cancellationToken))
        {
            return Unit.Value;
        }

        var (_, _, evaluations) = await ComplianceCalculator.EvaluateAsync(db, reference, today.Year, db.Municipalities, today, cancellationToken);
        try
        {
            await SaveAsync(evaluations, today, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node inserted some of this month's rows a moment earlier: overwrite them as they now stand.
            db.ChangeTracker.Clear();
            await SaveAsync(evaluations, today, cancellationToken);
        }

        return Unit.Value;
    }

    private async Task SaveAsync(IReadOnlyList<MunicipalityEvaluation> evaluations, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.MonthlyStatuses.Where(m => m.Year == today.Year && m.Month == today.Month).ToDictionaryAsync(m => m.Ubigeo, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in evaluations)
        {
            if (rows.TryGetValue(e.Ubigeo, out var row))
            {
                row.Status = e.Result.Status;
                row.Score = e.Result.Score;
                row.RecordedAt = now;
            }
            else
            {
                db.MonthlyStatuses.Add(new MonthlyStatus
                {
                    Ubigeo = e.Ubigeo, Year = today.Year, Month = today.Month, Status = e.Result.Status, Score = e.Result.Score, RecordedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
