using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Reports;

[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetComplianceReport(Guid ReportId) : IRequest<ReportStatus>, IReportScoped;

internal sealed class GetComplianceReportHandler(AppDbContext db) : IRequestHandler<GetComplianceReport, ReportStatus>
{
    public async Task<ReportStatus> Handle(GetComplianceReport request, CancellationToken cancellationToken) =>
        ReportStatus.Of(await db.FindReportAsync(request.ReportId, cancellationToken));
}
