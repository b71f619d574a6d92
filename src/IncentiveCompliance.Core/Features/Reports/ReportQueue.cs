using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>How a compliance report is asked for, by a person or by a schedule: the region must exist; the report is saved with its audit entry, then queued.</summary>
internal sealed class ReportQueue(AppDbContext db, IBackgroundJobs jobs, AuditTrail audit)
{
    public async Task EnsureRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            throw new NotFoundException("la región", regionCode);
        }
    }

    public async Task QueueAsync(ComplianceReport report, CancellationToken cancellationToken)
    {
        db.ComplianceReports.Add(report);
        audit.Record(AuditAction.ReportRequested, "ComplianceReport", report.Id.ToString(), null, null, new { report.RegionCode, report.Year, report.RequestedBy }, report.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new GenerateComplianceReport(report.Id), cancellationToken);
    }
}
