using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Reports;
using MediatR;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>Asks for the region's compliance report of a year; it is generated in the background (<see cref="GenerateComplianceReport"/>).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RequestComplianceReport(string RegionCode, int Year) : IRequest<Guid>, IRegionScoped;

public sealed class RequestComplianceReportValidator : AbstractValidator<RequestComplianceReport>
{
    public RequestComplianceReportValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class RequestComplianceReportHandler(ReportQueue reports, ICurrentUser user, RegionWorkQuota quota, TimeProvider clock)
    : IRequestHandler<RequestComplianceReport, Guid>
{
    public async Task<Guid> Handle(RequestComplianceReport request, CancellationToken cancellationToken)
    {
        await reports.EnsureRegionAsync(request.RegionCode, cancellationToken);
        await quota.EnsureRoomForReportAsync(request.RegionCode, cancellationToken);
        var report = new ComplianceReport { RegionCode = request.RegionCode, Year = request.Year, RequestedBy = user.Email!, RequestedAt = clock.GetUtcNow().UtcDateTime };
        await reports.QueueAsync(report, cancellationToken);
        return report.Id;
    }
}
