using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Territory;
using MediatR;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>Every municipality of a region with its score and status, plus the region's totals.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record GetRegionCompliance(string RegionCode, int Year) : IRequest<RegionCompliance>, IRegionScoped;

public sealed record RegionCompliance(string Code, string Name, int Year, IReadOnlyList<MunicipalityComplianceRow> Municipalities, RegionTotals Totals);

public sealed record MunicipalityComplianceRow(
    string Ubigeo, string Name, string Province, string? PiType, int Score, int MaxScore, ComplianceStatus Status, int Approved, int Observed, int Missing);

public sealed record RegionTotals(int Municipalities, int Met, int OnTrack, int AtRisk, int NotMet, int PendingReview, int PendingObservations, int OverdueItems, double AverageScore);

public sealed class GetRegionComplianceValidator : AbstractValidator<GetRegionCompliance>
{
    public GetRegionComplianceValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetRegionComplianceHandler(ComplianceFigures figures) : IRequestHandler<GetRegionCompliance, RegionCompliance>
{
    public Task<RegionCompliance> Handle(GetRegionCompliance request, CancellationToken cancellationToken) =>
        figures.RegionAsync(request.RegionCode, request.Year, cancellationToken);
}
