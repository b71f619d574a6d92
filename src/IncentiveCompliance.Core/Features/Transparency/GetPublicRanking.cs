using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using MediatR;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>A published region's ranking for a year, for anyone (no sign-in); an unpublished region is not found, like an unknown one.</summary>
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
    public Task<PublicRanking> Handle(GetPublicRanking request, CancellationToken cancellationToken) =>
        rankings.RankingAsync(request.RegionCode, request.Year, cancellationToken);
}
