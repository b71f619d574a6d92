using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>Whether the region's ranking is published: the dashboard's publication switch.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetRankingPublication(string RegionCode) : IRequest<RankingPublication>, IRegionScoped;

public sealed class GetRankingPublicationValidator : AbstractValidator<GetRankingPublication>
{
    public GetRankingPublicationValidator() =>
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
}

internal sealed class GetRankingPublicationHandler(AppDbContext db) : IRequestHandler<GetRankingPublication, RankingPublication>
{
    public async Task<RankingPublication> Handle(GetRankingPublication request, CancellationToken cancellationToken)
    {
        var found = await db.Regions.Where(r => r.Code == request.RegionCode).Select(r => new { r.RankingPublishedAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la región", request.RegionCode);
        return RankingPublication.Of(request.RegionCode, found.RankingPublishedAt);
    }
}
