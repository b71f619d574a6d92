using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>A compliance report as the report requests answer it.</summary>
public sealed record ReportStatus(Guid Id, string Region, int Year, JobStatus Status, string RequestedBy, DateTime RequestedAt, DateTime? FinishedAt,
    DateOnly? CutOff, int? Pages, string? Sha256, long? SizeBytes, string? Error)
{
    public static ReportStatus Of(ComplianceReport r) => new(r.Id, r.RegionCode, r.Year, r.Status, r.RequestedBy, r.RequestedAt, r.FinishedAt,
        r.CutOff, r.Pages, r.Sha256, r.SizeBytes, r.Error);
}

internal static class ComplianceReportLookup
{
    public static async Task<ComplianceReport> FindReportAsync(this AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ComplianceReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("el reporte", id);
}
