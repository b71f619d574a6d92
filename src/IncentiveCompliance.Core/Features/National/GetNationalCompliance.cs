using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.National;

/// <summary>The country by region for the ministries: compliance, submissions waiting for review, PP 0030 execution, people trained.</summary>
[AllowedRoles(Roles.Administrator, Roles.NationalViewer)]
public sealed record GetNationalCompliance(int Year) : IRequest<NationalCompliance>;

public sealed record NationalCompliance(int Year, IReadOnlyList<NationalRow> Regions, NationalRow Totals);

/// <summary>
/// A region (or, for the totals, the country): municipalities by compliance status, their average score, items
/// waiting for review, PP 0030 PIM and devengado of the year with the ejecución (devengado / PIM, percent), people trained.
/// </summary>
public sealed record NationalRow(
    string Code, string Name, int Municipalities, int Met, int OnTrack, int AtRisk, int NotMet, double AverageScore, int PendingReview,
    decimal Pim, decimal Devengado, decimal? Execution, int PeopleTrained);

public sealed class GetNationalComplianceValidator : AbstractValidator<GetNationalCompliance>
{
    public GetNationalComplianceValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class GetNationalComplianceHandler(NationalFigures figures) : IRequestHandler<GetNationalCompliance, NationalCompliance>
{
    public Task<NationalCompliance> Handle(GetNationalCompliance request, CancellationToken cancellationToken) =>
        figures.CountryAsync(request.Year, cancellationToken);
}
