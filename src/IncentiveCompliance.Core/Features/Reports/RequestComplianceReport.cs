using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>Asks for the region's compliance report of a year; it is generated in the background (<see cref="GenerateComplianceReport"/>).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RequestComplianceReport(string RegionCode, int Year) : IRequest<Guid>, IRegionScoped;

public sealed class RequestComplianceReportValidator : AbstractValidator<RequestComplianceReport>
{
    public RequestComplianceReportValidator() => RuleFor(x => x.Year).ValidYear();
}

/// <summary>
/// The region's schedule firing: the report of Lima's current year, requested by "programado". A schedule fires at most
/// once a day, so the Lima day names the firing: run twice (a retry, a crash, two nodes), it still makes one report.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RunScheduledReport(string RegionCode) : IBackgroundRequest;

internal sealed class RequestComplianceReportHandlers(AppDbContext db, ICurrentUser user, IBackgroundJobs jobs, RegionWorkQuota quota, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestComplianceReport, Guid>, IRequestHandler<RunScheduledReport, Unit>
{
    public const string Scheduled = "programado";

    public async Task<Guid> Handle(RequestComplianceReport request, CancellationToken cancellationToken)
    {
        await EnsureRegionAsync(request.RegionCode, cancellationToken);
        await quota.EnsureRoomForReportAsync(request.RegionCode, cancellationToken);
        var report = new ComplianceReport { RegionCode = request.RegionCode, Year = request.Year, RequestedBy = user.Email!, RequestedAt = clock.GetUtcNow().UtcDateTime };
        await QueueAsync(report, cancellationToken);
        return report.Id;
    }

    public async Task<Unit> Handle(RunScheduledReport request, CancellationToken cancellationToken)
    {
        await EnsureRegionAsync(request.RegionCode, cancellationToken);
        var today = Domain.Calendar.LimaTime.Today(clock);
        var existing = await FiringAsync(request.RegionCode, today, cancellationToken);
        if (existing is null)
        {
            var report = new ComplianceReport
            {
                RegionCode = request.RegionCode, Year = today.Year, RequestedBy = Scheduled, RequestedAt = clock.GetUtcNow().UtcDateTime, ScheduledFor = today,
            };
            try
            {
                await QueueAsync(report, cancellationToken);
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

    private async Task EnsureRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            throw new Common.Errors.NotFoundException("la región", regionCode);
        }
    }

    private Task<ComplianceReport?> FiringAsync(string regionCode, DateOnly day, CancellationToken cancellationToken) =>
        db.ComplianceReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionCode == regionCode && r.ScheduledFor == day, cancellationToken);

    private async Task QueueAsync(ComplianceReport report, CancellationToken cancellationToken)
    {
        db.ComplianceReports.Add(report);
        audit.Record("report.requested", "ComplianceReport", report.Id.ToString(), null, null, new { report.RegionCode, report.Year, report.RequestedBy }, report.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new GenerateComplianceReport(report.Id), cancellationToken);
    }
}
