using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>The region's reports, newest first.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListComplianceReports(string RegionCode) : IRequest<IReadOnlyList<ReportStatus>>, IRegionScoped;

internal sealed class ListComplianceReportsHandler(AppDbContext db) : IRequestHandler<ListComplianceReports, IReadOnlyList<ReportStatus>>
{
    public async Task<IReadOnlyList<ReportStatus>> Handle(ListComplianceReports request, CancellationToken cancellationToken) =>
        (await db.ComplianceReports.AsNoTracking().Where(r => r.RegionCode == request.RegionCode)
            .OrderByDescending(r => r.RequestedAt).Take(100).ToListAsync(cancellationToken))
        .Select(ReportStatus.Of).ToList();
}
