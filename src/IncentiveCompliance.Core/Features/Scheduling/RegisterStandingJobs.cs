using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Scheduling;

/// <summary>
/// At start-up: the daily deadline check, the daily clean-up of failed uploads, the daily record of each municipality's
/// status for the month (<see cref="RecordMonthlyStatuses"/>) and every region's report schedule, registered with the scheduler as the
/// database says (replacing what it held), so a schedule saved on any node, or a fresh job store, ends up right.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RegisterStandingJobs : IRequest<int>;

internal sealed class RegisterStandingJobsHandler(AppDbContext db, IBackgroundJobs jobs) : IRequestHandler<RegisterStandingJobs, int>
{
    public async Task<int> Handle(RegisterStandingJobs request, CancellationToken cancellationToken)
    {
        await jobs.ScheduleAsync(DeadlineAlerts.JobName, new SendDeadlineAlerts(), DeadlineAlerts.Cron, cancellationToken);
        await jobs.ScheduleAsync(BudgetUploads.JobName, new DiscardFailedUploads(), BudgetUploads.Cron, cancellationToken);
        await jobs.ScheduleAsync(MonthEnd.JobName, new RecordMonthlyStatuses(), MonthEnd.Cron, cancellationToken);
        var schedules = await db.ReportSchedules.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var schedule in schedules)
        {
            await jobs.ApplyAsync(schedule, cancellationToken);
        }

        return schedules.Count(s => s.Enabled) + 3;
    }
}
