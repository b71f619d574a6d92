using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetComplianceReport(Guid ReportId) : IRequest<ReportStatus>, IReportScoped;

/// <summary>The region's reports, newest first.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListComplianceReports(string RegionCode) : IRequest<IReadOnlyList<ReportStatus>>, IRegionScoped;

/// <summary>The archived PDF of a report that succeeded.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetComplianceReportFile(Guid ReportId) : IRequest<ReportFile>, IReportScoped;

/// <summary>Queues a failed report again (for instance once Chromium is installed).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RetryComplianceReport(Guid ReportId) : IRequest<ReportStatus>, IReportScoped;

public sealed record ReportStatus(Guid Id, string Region, int Year, string Status, string RequestedBy, DateTime RequestedAt, DateTime? FinishedAt,
    DateOnly? CutOff, int? Pages, string? Sha256, long? SizeBytes, string? Error)
{
    public static ReportStatus Of(ComplianceReport r) => new(r.Id, r.RegionCode, r.Year, ApiNames.Of(r.Status), r.RequestedBy, r.RequestedAt, r.FinishedAt,
        r.CutOff, r.Pages, r.Sha256, r.SizeBytes, r.Error);
}

public sealed record ReportFile(string FileName, Stream Content);

internal sealed class ReportQueryHandlers(AppDbContext db, IFileStore files, IBackgroundJobs jobs)
    : IRequestHandler<GetComplianceReport, ReportStatus>,
        IRequestHandler<ListComplianceReports, IReadOnlyList<ReportStatus>>,
        IRequestHandler<GetComplianceReportFile, ReportFile>,
        IRequestHandler<RetryComplianceReport, ReportStatus>
{
    public async Task<ReportStatus> Handle(GetComplianceReport request, CancellationToken cancellationToken) =>
        ReportStatus.Of(await FindAsync(request.ReportId, cancellationToken));

    public async Task<IReadOnlyList<ReportStatus>> Handle(ListComplianceReports request, CancellationToken cancellationToken) =>
        (await db.ComplianceReports.AsNoTracking().Where(r => r.RegionCode == request.RegionCode)
            .OrderByDescending(r => r.RequestedAt).Take(100).ToListAsync(cancellationToken))
        .Select(ReportStatus.Of).ToList();

    public async Task<ReportFile> Handle(GetComplianceReportFile request, CancellationToken cancellationToken)
    {
        var report = await FindAsync(request.ReportId, cancellationToken);
        if (report.Status != JobStatus.Succeeded)
        {
            throw new ConflictException("El reporte aún no tiene archivo: está " + report.Status switch
            {
                JobStatus.Failed => "fallido; vuelva a intentarlo.",
                _ => "en preparación.",
            });
        }

        return new ReportFile(report.FileName, await files.OpenAsync(report.FileKey!, cancellationToken));
    }

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

    private async Task<ComplianceReport> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ComplianceReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("el reporte", id);
}
