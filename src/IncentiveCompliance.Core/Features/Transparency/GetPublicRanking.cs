using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using MediatR;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>
/// A published region's ranking for a year, for anyone (no sign-in). An unknown region and an unpublished one get the
/// same not-found answer, so nobody learns which regions exist but keep their ranking private.
/// </summary>
[Anonymous]
public sealed record GetPublicRanking(string RegionCode, int Year) : IRequest<PublicRanking>;

public sealed class GetPublicRankingValidator : AbstractValidator<GetPublicRanking>
{
    public GetPublicRankingValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetPublicRankingHandler(PublicRankings rankings) : IRequestHandler<GetPublicRanking, PublicRanking>
{
    public async Task<PublicRanking> Handle(GetPublicRanking request, CancellationToken cancellationToken) =>
        await rankings.RankingAsync(request.RegionCode, request.Year, cancellationToken)
        ?? throw new NotFoundException("un ranking publicado de la región", request.RegionCode);
}
