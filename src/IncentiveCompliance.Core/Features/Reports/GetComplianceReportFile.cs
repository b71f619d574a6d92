using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>The archived PDF of a report that succeeded.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetComplianceReportFile(Guid ReportId) : IRequest<ReportFile>, IReportScoped;

public sealed record ReportFile(string FileName, Stream Content);

internal sealed class GetComplianceReportFileHandler(AppDbContext db, IFileStore files) : IRequestHandler<GetComplianceReportFile, ReportFile>
{
    public async Task<ReportFile> Handle(GetComplianceReportFile request, CancellationToken cancellationToken)
    {
        var report = await db.FindReportAsync(request.ReportId, cancellationToken);
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
}
