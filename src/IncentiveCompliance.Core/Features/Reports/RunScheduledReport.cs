using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>
/// The region's schedule firing: the report of Lima's current year, requested by "programado". A schedule fires at most
/// once a day, so the Lima day names the firing: run twice (a retry, a crash, two nodes), it still makes one report.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RunScheduledReport(string RegionCode) : IBackgroundRequest;

internal sealed class RunScheduledReportHandler(AppDbContext db, ReportQueue reports, IBackgroundJobs jobs, TimeProvider clock)
    : IRequestHandler<RunScheduledReport, Unit>
{
    public const string Scheduled = "programado";

    public async Task<Unit> Handle(RunScheduledReport request, CancellationToken cancellationToken)
    {
        await reports.EnsureRegionAsync(request.RegionCode, cancellationToken);
        var today = LimaTime.Today(clock);
        var existing = await FiringAsync(request.RegionCode, today, cancellationToken);
        if (existing is null)
        {
            var report = new ComplianceReport
            {
                RegionCode = request.RegionCode, Year = today.Year, RequestedBy = Scheduled, RequestedAt = clock.GetUtcNow().UtcDateTime, ScheduledFor = today,
            };
            try
            {
                await reports.QueueAsync(report, cancellationToken);
                return Unit.Value;
            }
            catch (DbUpdateException)
            {
                // Another node saved this firing's report a moment earlier (the unique index refused ours), or something else went wrong.
                existing = await FiringAsync(request.RegionCode, today, cancellationToken);
                if (existing is null)
                {
                    throw;
                }
            }
        }

        if (!existing!.IsFinished)
        {
            // The run that saved it may have died before queuing it; generating twice is harmless, never generating is not.
            await jobs.EnqueueAsync(new GenerateComplianceReport(existing.Id), cancellationToken);
        }

        return Unit.Value;
    }

    private Task<ComplianceReport?> FiringAsync(string regionCode, DateOnly day, CancellationToken cancellationToken) =>
        db.ComplianceReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionCode == regionCode && r.ScheduledFor == day, cancellationToken);
}
