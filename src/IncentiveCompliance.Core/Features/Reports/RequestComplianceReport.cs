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

/// <summary>The region's schedule firing: the report of Lima's current year, requested by "programado".</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RunScheduledReport(string RegionCode) : IBackgroundRequest;

internal sealed class RequestComplianceReportHandlers(AppDbContext db, ICurrentUser user, IBackgroundJobs jobs, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestComplianceReport, Guid>, IRequestHandler<RunScheduledReport, Unit>
{
    public const string Scheduled = "programado";

    public async Task<Guid> Handle(RequestComplianceReport request, CancellationToken cancellationToken) =>
        await QueueAsync(request.RegionCode, request.Year, user.Email!, cancellationToken);

    public async Task<Unit> Handle(RunScheduledReport request, CancellationToken cancellationToken)
    {
        await QueueAsync(request.RegionCode, Domain.Calendar.LimaTime.Today(clock).Year, Scheduled, cancellationToken);
        return Unit.Value;
    }

    private async Task<Guid> QueueAsync(string regionCode, int year, string requestedBy, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            throw new Common.Errors.NotFoundException("la región", regionCode);
        }

        var report = new ComplianceReport { RegionCode = regionCode, Year = year, RequestedBy = requestedBy, RequestedAt = clock.GetUtcNow().UtcDateTime };
        db.ComplianceReports.Add(report);
        audit.Record("report.requested", "ComplianceReport", report.Id.ToString(), null, null, new { report.RegionCode, report.Year, report.RequestedBy }, regionCode);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new GenerateComplianceReport(report.Id), cancellationToken);
        return report.Id;
    }
}
