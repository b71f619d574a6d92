using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>
/// The region's secretariat publishes its compliance ranking at /transparencia, or withdraws it; either takes effect at
/// once on this node (its cached rankings are forgotten). Publishing again keeps the first publication date.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record PublishRanking(string RegionCode, bool? Published) : IRequest<RankingPublication>, IRegionScoped;

public sealed class PublishRankingValidator : AbstractValidator<PublishRanking>
{
    public PublishRankingValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Published).NotNull().WithMessage("Indique si el ranking queda publicado: true para publicarlo, false para retirarlo.");
    }
}

internal sealed class PublishRankingHandler(AppDbContext db, AuditTrail audit, PublicRankingCache cache, TimeProvider clock)
    : IRequestHandler<PublishRanking, RankingPublication>
{
    public async Task<RankingPublication> Handle(PublishRanking request, CancellationToken cancellationToken)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Code == request.RegionCode, cancellationToken)
            ?? throw new NotFoundException("la región", request.RegionCode);
        var before = region.RankingPublishedAt;
        var published = request.Published!.Value;
        if (published != before.HasValue)
        {
            region.RankingPublishedAt = published ? clock.GetUtcNow().UtcDateTime : null;
            audit.Record(published ? AuditAction.RankingPublished : AuditAction.RankingWithdrawn, "Region", region.Code, null,
                new { PublishedAt = before }, new { PublishedAt = region.RankingPublishedAt }, region.Code);
            await db.SaveChangesAsync(cancellationToken);
            cache.Forget();
        }

        return RankingPublication.Of(region.Code, region.RankingPublishedAt);
    }
}
