using System.Diagnostics;
using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Features.Jobs;
using IncentiveCompliance.Core.Persistence;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>
/// Reads the region's figures, prints the PDF and archives it with its SHA-256. Without a working Chromium the report
/// fails with what to install; <see cref="RetryComplianceReport"/> queues it again. A finished report is never redone,
/// so a run repeated after a crash changes nothing once the first one has finished.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record GenerateComplianceReport(Guid ReportId) : ITrackedJob
{
    Guid ITrackedJob.WorkId => ReportId;

    Type ITrackedJob.WorkType => typeof(ComplianceReport);
}

internal sealed class GenerateComplianceReportHandler(AppDbContext db, RegionalReportBuilder builder, IReportPrinter printer, IFileStore files, TimeProvider clock)
    : TrackedJobHandler<GenerateComplianceReport, ComplianceReport>(db, clock)
{
    protected override string WorkName => "el reporte";

    protected override async Task RunAsync(ComplianceReport report, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var model = await builder.BuildAsync(report.RegionCode, report.Year, cancellationToken);
        var printed = await printer.PrintRegionalAsync(model, new ReportStamp(report.Id, report.StartedAt!.Value), cancellationToken);
        using var content = new MemoryStream(printed.Content);
        var stored = await files.SaveAsync(content, long.MaxValue, cancellationToken);
        report.Succeed(stored.Key, printed.Pages, stored.Sha256, stored.Size, Now);
        await Db.SaveChangesAsync(cancellationToken);
        AppMetrics.ReportPrinted(Stopwatch.GetElapsedTime(started));
    }

    protected override string? LastingFailure(Exception e) => e is PdfUnavailableException or NotFoundException ? e.Message : null;
}
