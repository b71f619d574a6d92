using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Territory;
using MediatR;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>A region's municipalities per status at the end of each month recorded in a program year, oldest first.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)] // counts only, as the region dashboard
public sealed record GetRegionStatusHistory(string RegionCode, int Year) : IRequest<IReadOnlyList<MonthStatusCounts>>, IRegionScoped;

public sealed record StatusCounts(int Met, int OnTrack, int AtRisk, int NotMet)
{
    public int Of(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => Met,
        ComplianceStatus.OnTrack => OnTrack,
        ComplianceStatus.AtRisk => AtRisk,
        _ => NotMet,
    };
}

/// <summary>Municipalities per status as recorded at the end of <paramref name="Month"/> (1–12).</summary>
public sealed record MonthStatusCounts(int Month, StatusCounts Statuses);

public sealed class GetRegionStatusHistoryValidator : AbstractValidator<GetRegionStatusHistory>
{
    public GetRegionStatusHistoryValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetRegionStatusHistoryHandler(ComplianceFigures figures) : IRequestHandler<GetRegionStatusHistory, IReadOnlyList<MonthStatusCounts>>
{
    public Task<IReadOnlyList<MonthStatusCounts>> Handle(GetRegionStatusHistory request, CancellationToken cancellationToken) =>
        figures.HistoryAsync(request.RegionCode, request.Year, cancellationToken);
}
