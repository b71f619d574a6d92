using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>Queues a failed report again (for instance once Chromium is installed).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RetryComplianceReport(Guid ReportId) : IRequest<ReportStatus>, IReportScoped;

internal sealed class RetryComplianceReportHandler(AppDbContext db, IBackgroundJobs jobs) : IRequestHandler<RetryComplianceReport, ReportStatus>
{
    public async Task<ReportStatus> Handle(RetryComplianceReport request, CancellationToken cancellationToken)
    {
        var report = await db.ComplianceReports.SingleAsync(r => r.Id == request.ReportId, cancellationToken);
        if (report.Status != JobStatus.Failed)
        {
            throw new ConflictException("Solo se reintenta un reporte fallido.");
        }

        report.Retry();
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new GenerateComplianceReport(report.Id), cancellationToken);
        return ReportStatus.Of(report);
    }
}
