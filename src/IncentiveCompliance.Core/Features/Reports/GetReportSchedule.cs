using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>When the region's report is generated on its own (off until set; then monthly or weekly at an hour, Lima time).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetReportSchedule(string RegionCode) : IRequest<ScheduleView>, IRegionScoped;

internal sealed class GetReportScheduleHandler(AppDbContext db) : IRequestHandler<GetReportSchedule, ScheduleView>
{
    public async Task<ScheduleView> Handle(GetReportSchedule request, CancellationToken cancellationToken) =>
        ScheduleView.Of(await db.ReportSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.RegionCode == request.RegionCode, cancellationToken)
            ?? new ReportSchedule { RegionCode = request.RegionCode });
}
