using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using MediatR;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>
/// Per municipality of a region in a year: how many people attended its trainings, which positions they cover, and
/// whether it is covered: someone attended a training linked to each training requirement that the year's trainings
/// in the region satisfy (with no such link: someone attended at all).
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record GetTrainingCoverage(string RegionCode, int Year) : IRequest<IReadOnlyList<CoverageRow>>, IRegionScoped;

public sealed class GetTrainingCoverageValidator : AbstractValidator<GetTrainingCoverage>
{
    public GetTrainingCoverageValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record CoverageRow(string Ubigeo, string Name, int PeopleTrained, IReadOnlyList<Position> PositionsCovered, bool Covered);

internal sealed class GetTrainingCoverageHandler(TrainingFigures figures) : IRequestHandler<GetTrainingCoverage, IReadOnlyList<CoverageRow>>
{
    public Task<IReadOnlyList<CoverageRow>> Handle(GetTrainingCoverage request, CancellationToken cancellationToken) =>
        figures.CoverageAsync(request.RegionCode, request.Year, cancellationToken);
}
