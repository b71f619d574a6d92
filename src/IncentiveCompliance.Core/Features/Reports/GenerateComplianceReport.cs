using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>
/// Reads the region's figures, prints the PDF and archives it with its SHA-256. Without a working Chromium the report
/// fails with what to install; <see cref="RetryComplianceReport"/> queues it again. A finished report is never redone,
/// so a run repeated after a crash changes nothing once the first one has finished.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record GenerateComplianceReport(Guid ReportId) : IBackgroundRequest;

internal sealed class GenerateComplianceReportHandler(AppDbContext db, IMediator mediator, IReportPrinter printer, IFileStore files, TimeProvider clock)
    : IRequestHandler<GenerateComplianceReport, Unit>
{
    public async Task<Unit> Handle(GenerateComplianceReport request, CancellationToken cancellationToken)
    {
        var report = await db.ComplianceReports.SingleOrDefaultAsync(r => r.Id == request.ReportId, cancellationToken)
            ?? throw new NotFoundException("el reporte", request.ReportId);
        if (report.IsFinished)
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        report.Start(now, Domain.Calendar.LimaTime.Today(clock));
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var model = await mediator.Send(new GetRegionalReport(report.RegionCode, report.Year), cancellationToken);
            var printed = await printer.PrintRegionalAsync(model, new ReportStamp(report.Id, now), cancellationToken);
            using var content = new MemoryStream(printed.Content);
            var stored = await files.SaveAsync(content, long.MaxValue, cancellationToken);
            report.Succeed(stored.Key, printed.Pages, stored.Sha256, stored.Size, clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is PdfUnavailableException or NotFoundException)
        {
            report.Fail(e.Message, clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
